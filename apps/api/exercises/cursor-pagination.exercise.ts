import type { ArticlePreview } from '@conduit/contracts';
import {
  createArticle,
  createArticles,
  favorite,
  follow,
  queryCount,
  registerUser,
  type SignedIn,
  slugsOf,
  uniqueName,
} from '../test/support/factories.js';
import { createTestApp, type TestApp } from '../test/support/test-app.js';
import { userIdOf } from '../test/support/tokens.js';
import { type PlanNode, planOf, rowsRead, sql, statementsOf } from './support/query-plans.js';

// Exercise 6, docs/exercises/06-cursor-pagination.md: every list answers `nextCursor`, an opaque
// position after its last article (null after the last one), and `?cursor=` continues from there.
// Pages neither repeat nor skip an article when others are published or deleted meanwhile, the
// filters and the feed work with cursors, a malformed or tampered cursor is a 422 (never a 500), and
// a page deep in the list costs what the first one costs: a keyset query on (created_at, id) that
// an existing index answers, without OFFSET, in as many statements as an offset page.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Query = Record<string, string | number>;

interface Page {
  articles: ArticlePreview[];
  articlesCount: number;
  nextCursor?: string | null;
}

/** Which list: `/api/articles` unless told, anonymous unless a viewer is given. */
interface List {
  path?: string;
  viewer?: SignedIn;
}

const get = (path: string, query: Query, viewer?: SignedIn) => {
  const request = t.api.get(path).query(query);
  return viewer ? request.set(viewer.auth) : request;
};

/** One page; it must say where the next one starts, if anywhere. */
async function pageOf(path: string, query: Query, viewer?: SignedIn): Promise<Page> {
  const response = await get(path, query, viewer).expect(200);
  expect(response.body).toHaveProperty('nextCursor');
  return response.body as Page;
}

/** Follows `nextCursor` from the first page to the last (at most 50 pages): the slugs of each. */
async function walk(query: Query, { path = '/api/articles', viewer }: List = {}) {
  const pages: Page[] = [await pageOf(path, query, viewer)];
  for (let last = pages[0]; last?.nextCursor && pages.length < 50; last = pages.at(-1)) {
    pages.push(await pageOf(path, { ...query, cursor: last.nextCursor }, viewer));
  }
  return pages;
}

const slugsOfPages = (pages: Page[]) => pages.map((page) => slugsOf({ body: page }));

/** The whole list in one page, as offset pagination has always answered it: the expected order. */
const everything = async (query: Query, { path = '/api/articles', viewer }: List = {}) =>
  slugsOf(await get(path, { ...query, limit: 100 }, viewer).expect(200));

describe('walking a list with nextCursor', () => {
  it('starts from a page without a cursor, and follows nextCursor to the end, each article once, in order', async () => {
    const writer = await registerUser(t);
    const [a1, a2, a3, a4, a5] = await createArticles(t, writer, 5);

    const pages = await walk({ author: writer.user.username, limit: 2 });

    expect(slugsOfPages(pages)).toEqual([[a5?.slug, a4?.slug], [a3?.slug, a2?.slug], [a1?.slug]]);
    expect(pages.map((page) => page.articlesCount)).toEqual([5, 5, 5]);
    expect(pages.at(-1)?.nextCursor).toBeNull();
  });

  it('answers nextCursor null when a page ends on the last article, and for an empty list', async () => {
    const writer = await registerUser(t);
    await createArticles(t, writer, 4);

    const byTwo = await walk({ author: writer.user.username, limit: 2 });
    const allAtOnce = await pageOf('/api/articles', { author: writer.user.username, limit: 4 });
    const none = await pageOf('/api/articles', { author: uniqueName('nobody') });

    expect(byTwo.map((page) => page.articles.length)).toEqual([2, 2]);
    expect(allAtOnce.nextCursor).toBeNull();
    expect(none).toEqual({ articles: [], articlesCount: 0, nextCursor: null });
  });

  it('neither repeats nor skips an article when new ones are published between pages', async () => {
    const writer = await registerUser(t);
    const [a1, a2, a3, a4, a5] = await createArticles(t, writer, 5);
    const query = { author: writer.user.username, limit: 2 };
    const first = await pageOf('/api/articles', query);

    await createArticles(t, writer, 2);
    const second = await pageOf('/api/articles', { ...query, cursor: first.nextCursor ?? '' });
    const third = await pageOf('/api/articles', { ...query, cursor: second.nextCursor ?? '' });

    expect(slugsOfPages([first, second, third])).toEqual([
      [a5?.slug, a4?.slug],
      [a3?.slug, a2?.slug],
      [a1?.slug],
    ]);
    expect(third.nextCursor).toBeNull();
  });

  it('goes on after the article its cursor came from, even once that article is deleted', async () => {
    const writer = await registerUser(t);
    const [a1, a2, a3, a4] = await createArticles(t, writer, 4);
    const query = { author: writer.user.username, limit: 2 };
    const first = await pageOf('/api/articles', query);

    await t.api.delete(`/api/articles/${a3?.slug}`).set(writer.auth).expect(204);
    const second = await pageOf('/api/articles', { ...query, cursor: first.nextCursor ?? '' });

    expect(slugsOf({ body: first })).toEqual([a4?.slug, a3?.slug]);
    expect(slugsOf({ body: second })).toEqual([a2?.slug, a1?.slug]);
  });

  it('keeps every article of the same millisecond, down to the microseconds PostgreSQL stores', async () => {
    // JavaScript dates hold milliseconds; timestamptz holds microseconds. Six articles, written in
    // SQL, fall in one millisecond: some microseconds apart, some at the very same instant.
    const writer = await registerUser(t);
    await sql(
      t,
      `INSERT INTO articles (slug, title, description, body, author_id, created_at)
       SELECT $1::text || '-' || i, 'Same instant', 'd', 'b', $2,
              timestamptz '2020-01-01 00:00:00.123Z' + (i * 7 % 4) * interval '1 microsecond'
       FROM generate_series(1, 6) i`,
      [uniqueName('instant'), userIdOf(writer.token)],
    );
    const query = { author: writer.user.username };

    // One a page, so that a page ends between two articles of the same instant.
    const pages = await walk({ ...query, limit: 1 });

    expect(slugsOfPages(pages).flat()).toEqual(await everything(query));
  });

  it('costs the statements of an empty list, on any page, with or without a cursor', async () => {
    // Whether another page follows, and where it starts, come with the page: no extra statement.
    const writer = await registerUser(t);
    await createArticles(t, writer, 3);
    const query = { author: writer.user.username };
    const { nextCursor } = await pageOf('/api/articles', { ...query, limit: 1 });
    const cursor = nextCursor ?? '';
    const pages: Query[] = [
      { limit: 1 },
      { limit: 1, offset: 1 },
      ...[1, 2, 20].map((limit) => ({ limit, cursor })),
    ];

    const empty = await get('/api/articles', { author: uniqueName('nobody') }).expect(200);
    const costs: number[] = [];
    for (const page of pages)
      costs.push(queryCount(await get('/api/articles', { ...query, ...page }).expect(200)));

    expect(costs).toEqual(pages.map(() => queryCount(empty)));
  });
});

describe('cursors with the filters and the feed', () => {
  let writer: SignedIn;
  let fan: SignedIn;
  let tag: string;
  beforeAll(async () => {
    writer = await registerUser(t);
    fan = await registerUser(t);
    const other = await registerUser(t);
    tag = uniqueName('paged');
    for (let i = 0; i < 5; i++) {
      const { slug } = await createArticle(t, i % 2 ? other : writer, {
        tagList: i < 4 ? [tag] : [],
      });
      if (i !== 2) await favorite(t, fan, slug);
    }
    await follow(t, fan, writer.user.username);
  });

  it.each([
    ['tag', () => ({ tag })],
    ['favorited', () => ({ favorited: fan.user.username })],
    ['tag and author together', () => ({ tag, author: writer.user.username })],
  ])('walks the list filtered by %s, one article a page', async (_, filters) => {
    const pages = await walk({ ...filters(), limit: 1 });

    expect(slugsOfPages(pages).flat()).toEqual(await everything(filters()));
    expect(pages.every((page) => page.articles.length === 1)).toBe(true);
  });

  it('walks the feed', async () => {
    const feed = { path: '/api/articles/feed', viewer: fan };

    const pages = await walk({ limit: 2 }, feed);

    expect(slugsOfPages(pages).flat()).toEqual(await everything({}, feed));
    expect(pages.length).toBe(2);
  });
});

describe('bad cursors: 422', () => {
  let realCursor: string;
  beforeAll(async () => {
    const writer = await registerUser(t);
    await createArticles(t, writer, 3);
    const page = await pageOf('/api/articles', { author: writer.user.username, limit: 1 });
    realCursor = page.nextCursor ?? '';
  });

  it.each([
    ['a word', () => 'not-a-cursor'],
    ['half of a real cursor', () => realCursor.slice(0, Math.floor(realCursor.length / 2))],
    ['an empty JSON object, base64url-encoded', () => 'e30'],
  ])('refuses %s with errors.cursor', async (_, cursor) => {
    const response = await get('/api/articles', { cursor: cursor() }).expect(422);

    expect(Object.keys(response.body.errors)).toEqual(['cursor']);
  });

  it('answers every one-character change of a real cursor with a page or a 422, never a 500', async () => {
    // Whatever the cursor holds, a client can change it: every position, two other characters.
    const tampered = [...realCursor].flatMap((character, at) =>
      ['A', '_']
        .filter((other) => other !== character)
        .map((other) => realCursor.slice(0, at) + other + realCursor.slice(at + 1)),
    );

    const answers: string[] = [];
    for (const cursor of tampered) {
      const { status, body } = await get('/api/articles', { cursor });
      answers.push(status === 200 ? 'a page' : `${status} on ${Object.keys(body.errors ?? {})}`);
    }

    expect(answers.filter((answer) => !['a page', '422 on cursor'].includes(answer))).toEqual([]);
    expect(answers).toContain('422 on cursor');
  });

  it('refuses a cursor together with an offset', async () => {
    const response = await get('/api/articles', { cursor: realCursor, offset: 1 }).expect(422);

    expect(Object.keys(response.body.errors)).toEqual(['cursor']);
  });
});

/** The indexes a plan's scans of `table` went through (undefined for a sequential scan). */
const indexesScanned = (plan: PlanNode[], table: string) =>
  plan.filter((node) => node['Relation Name'] === table).map((node) => node['Index Name']);

describe('the keyset query and its index', () => {
  const SEEDED = 1_500;
  const DEPTH = 1_000;
  const LIMIT = 20;
  // The list's index finds the page; the primary key may fetch those rows again, once the ids are
  // known (a late row lookup, docs/database.md). Either way a page reads about twice its size,
  // one row more each to tell whether another page follows, and a few to spare.
  const LIST_INDEX = 'articles_created_at_id_idx';
  const INDEXES = [LIST_INDEX, 'articles_pkey'];
  const MOST_READ = 2 * LIMIT + 5;

  it(`reads a page ${DEPTH.toLocaleString('en')} articles deep as cheaply as the first, on the existing index, without OFFSET`, async () => {
    // Written in SQL, older than every other article, so they fill the end of the global list.
    // Their bodies are about a kilobyte, as articles' are: a table of tiny rows is cheaper to read
    // whole than to look 21 rows up in, and the plan would show that instead of the query's.
    const writer = await registerUser(t);
    await sql(
      t,
      `INSERT INTO articles (slug, title, description, body, author_id, created_at)
       SELECT $1::text || '-' || i, 'Seeded', 'd', repeat(md5(i::text), 30), $2,
              timestamptz '2019-01-01Z' - i * interval '1 minute'
       FROM generate_series(1, $3) i`,
      [uniqueName('deep'), userIdOf(writer.token), SEEDED],
    );
    await sql(t, 'ANALYZE articles');
    let seen = 0;
    let cursor: string | null | undefined;
    while (seen < DEPTH) {
      const page = await pageOf('/api/articles', { limit: 100, ...(cursor && { cursor }) });
      seen += page.articles.length;
      cursor = page.nextCursor;
    }

    const statements = await statementsOf(t, () =>
      pageOf('/api/articles', { limit: LIMIT, cursor: cursor ?? '' }),
    );

    // A position replaces the offset: nothing is skipped, so no statement says how much to skip.
    expect(statements.filter(({ sql: text }) => /\bOFFSET\b/i.test(text))).toEqual([]);
    // The page's statement has a LIMIT; the count that goes with it reads every article by design.
    const pages = statements.filter(({ sql: text }) => /\bLIMIT\b/i.test(text));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const plan = await planOf(t, page);
      const scans = indexesScanned(plan, 'articles');
      const articlesRead = rowsRead(plan, 'articles');
      expect({ sql: page.sql, scans, articlesRead }).toEqual({
        sql: page.sql,
        scans:
          scans.includes(LIST_INDEX) && scans.every((index) => INDEXES.includes(index ?? ''))
            ? scans
            : `${LIST_INDEX}, then at most ${INDEXES[1]}`,
        articlesRead: articlesRead <= MOST_READ ? articlesRead : `at most ${MOST_READ}`,
      });
    }
  });
});
