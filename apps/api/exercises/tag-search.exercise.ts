import {
  createArticle,
  queryCount,
  registerUser,
  type SignedIn,
  uniqueName,
} from '../test/support/factories.js';
import { createTestApp, type TestApp } from '../test/support/test-app.js';
import { userIdOf } from '../test/support/tokens.js';
import { planOf, rowsRead, sql, statementsOf } from './support/query-plans.js';
import { entityOf, indexesOf, indexNamesOf } from './support/schema.js';

// Exercise 4, docs/exercises/04-tag-search.md: `GET /api/tags?search=<prefix>` answers the tags in
// use whose name starts with the prefix, ignoring case, the most used first (ties by name), at most
// 20, in a fixed number of statements, through an index that a migration adds and the entity
// names: on 20,000 tags it reads the few that match, not the whole table.

/** The indexes `tags` has on main: neither can serve a search that ignores case. */
const INDEXES_ON_MAIN = ['tags_pkey', 'tags_name_key'];

let t: TestApp;
let author: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  author = await registerUser(t);
});
afterAll(() => t.close());

const search = (prefix: string) => t.api.get('/api/tags').query({ search: prefix });

const tagsFound = async (prefix: string): Promise<string[]> =>
  (await search(prefix).expect(200)).body.tags;

/** Publishes one article per list of tags. */
const tagArticles = async (...tagLists: string[][]) => {
  for (const tagList of tagLists) await createArticle(t, author, { tagList });
};

describe('searching tags: GET /api/tags?search=<prefix>', () => {
  it('finds the tags in use that start with the search, ignoring the case of both', async () => {
    const base = uniqueName('case');
    const [react, reading, rest] = [`${base}-React`, `${base}-reading`, `${base}-REST`];
    await tagArticles([react, reading, rest, `${base}-ruby`, `x${base}-rest`]);

    const lower = await tagsFound(`${base}-re`);
    const upper = await tagsFound(`${base.toUpperCase()}-RE`);

    expect([...lower].sort()).toEqual([react, reading, rest].sort());
    expect([...upper].sort()).toEqual([react, reading, rest].sort());
  });

  it('puts the most used tags first, and tags used as often in name order', async () => {
    const base = uniqueName('popular');
    const [once, thrice, twice, alsoOnce] = [`${base}-a`, `${base}-b`, `${base}-c`, `${base}-d`];
    await tagArticles([once, thrice, twice, alsoOnce], [thrice, twice], [thrice]);

    expect(await tagsFound(base)).toEqual([thrice, twice, once, alsoOnce]);
  });

  it('answers at most 20 tags, keeping the most used', async () => {
    const base = uniqueName('many');
    const names = Array.from({ length: 25 }, (_, i) => `${base}-${String(i).padStart(2, '0')}`);
    const mostUsed = `${base}-24`;
    await tagArticles(names, [mostUsed]);

    const found = await tagsFound(base);

    expect(found).toHaveLength(20);
    expect(found[0]).toBe(mostUsed);
  });

  it('leaves out a tag that no article uses any more', async () => {
    const tag = uniqueName('dropped');
    const { slug } = await createArticle(t, author, { tagList: [tag] });
    await t.api
      .put(`/api/articles/${slug}`)
      .set(author.auth)
      .send({ article: { tagList: [] } })
      .expect(200);

    expect(await tagsFound(tag)).toEqual([]);
  });

  it.each(['%', '_', '\\'])(
    'matches %s in the search as itself, not as a pattern',
    async (char) => {
      const base = uniqueName('literal');
      const [literal, lookalike] = [`${base}-1${char}0`, `${base}-1x0`];
      await tagArticles([literal, lookalike]);

      expect(await tagsFound(`${base}-1${char}`)).toEqual([literal]);
    },
  );

  it('costs as many statements for twenty tags found as for one', async () => {
    const base = uniqueName('counted');
    await tagArticles(Array.from({ length: 20 }, (_, i) => `${base}-${i}`));

    const one = await search(`${base}-7`).expect(200);
    const twenty = await search(base).expect(200);

    expect([one.body.tags.length, twenty.body.tags.length]).toEqual([1, 20]);
    expect(queryCount(twenty)).toBe(queryCount(one));
  });

  it('answers an empty list when no tag starts with the search', async () => {
    const response = await search(uniqueName('nothing')).expect(200);

    expect(response.body).toEqual({ tags: [] });
  });

  it('treats an empty search, as forms send it, as no search: every tag in use', async () => {
    await tagArticles([uniqueName('any')]);

    const empty = await t.api.get('/api/tags?search=').expect(200);
    const all = await t.api.get('/api/tags').expect(200);

    expect(empty.body).toEqual(all.body);
  });
});

describe('bad searches', () => {
  it.each([
    ['longer than a tag can be (64 characters)', `search=${'x'.repeat(65)}`],
    ['given twice', 'search=a&search=b'],
    ['holding the NUL character', 'search=a%00'],
  ])('answers a search %s with 422 and errors.search', async (_, query) => {
    const response = await t.api.get(`/api/tags?${query}`).expect(422);

    expect(Object.keys(response.body.errors)).toEqual(['search']);
  });
});

describe('the index behind the search', () => {
  it('is added to tags by a migration and named on the entity, which TypeORM compares', async () => {
    const added = (await indexesOf(t, 'tags'))
      .map(({ name }) => name)
      .filter((name) => !INDEXES_ON_MAIN.includes(name));

    expect(added).not.toEqual([]);
    expect(indexNamesOf(entityOf(t, 'tags'))).toEqual(expect.arrayContaining(added));
  });

  const TAG_COUNT = 20_000;
  // No `_` in these names: it is a wildcard in LIKE, which would widen a prefix that kept it.
  const base = uniqueName('seeded').replace('_', '');

  beforeAll(async () => {
    // 400 articles with 50 tags each, written in SQL: the API would take minutes to do it.
    const authorId = userIdOf(author.token);
    await sql(
      t,
      `INSERT INTO articles (slug, title, description, body, author_id)
       SELECT $1::text || '-' || i, 'Seeded', 'Seeded', 'Seeded', $2 FROM generate_series(0, 399) i`,
      [base, authorId],
    );
    await sql(
      t,
      `INSERT INTO tags (name) SELECT $1::text || '-' || i FROM generate_series(1, $2) i`,
      [base, TAG_COUNT],
    );
    await sql(
      t,
      `INSERT INTO article_tags (article_id, tag_id)
       SELECT a.id, tag.id FROM generate_series(1, $2) i
       JOIN tags tag ON tag.name = $1::text || '-' || i
       JOIN articles a ON a.slug = $1::text || '-' || i % 400`,
      [base, TAG_COUNT],
    );
    await sql(t, 'ANALYZE tags, article_tags');
  });

  it(`reads only the tags that match, of ${TAG_COUNT.toLocaleString('en')}, through that index`, async () => {
    const tagIndexes = (await indexesOf(t, 'tags')).map(({ name }) => name);
    let found: string[] = [];
    const statements = await statementsOf(t, async () => {
      found = await tagsFound(`${base}-1234`);
    });

    expect(statements.length).toBeGreaterThan(0);
    const reads: { sql: string; tags: number; articleTags: number; tagIndexes: string[] }[] = [];
    for (const statement of statements) {
      const plan = await planOf(t, statement);
      reads.push({
        sql: statement.sql,
        tags: rowsRead(plan, 'tags'),
        articleTags: rowsRead(plan, 'article_tags'),
        tagIndexes: plan
          .map((node) => node['Index Name'] ?? '')
          .filter((name) => tagIndexes.includes(name)),
      });
    }
    // 11 tags match, each on one article: a plan that uses an index reads about that many rows.
    expect(reads.filter(({ tags, articleTags }) => tags > 100 || articleTags > 100)).toEqual([]);
    const scanned = reads.flatMap((read) => read.tagIndexes);
    expect({
      scanned,
      anAddedOne: scanned.some((name) => !INDEXES_ON_MAIN.includes(name)),
    }).toEqual({ scanned, anAddedOne: true });
    expect([...found].sort()).toEqual(
      ['', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((end) => `${base}-1234${end}`),
    );
  });
});
