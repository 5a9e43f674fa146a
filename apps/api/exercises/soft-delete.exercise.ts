import type { Article } from '@conduit/contracts';
import {
  addComment,
  createArticle,
  createArticles,
  favorite,
  follow,
  registerUser,
  type SignedIn,
  slugsOf,
  uniqueName,
} from '../test/support/factories.js';
import { createTestApp, type TestApp } from '../test/support/test-app.js';
import { userIdOf } from '../test/support/tokens.js';
import { planOf, sql, type Statement, statementsOf } from './support/query-plans.js';
import { entityOf, indexesOf, indexNamesOf } from './support/schema.js';

// Exercise 5, docs/exercises/05-soft-delete.md: deleting an article is one UPDATE that sets
// `articles.deleted_at`, a column the entity maps, and keeps the row. A deleted article is gone
// from every read (the article, lists, feed, counts, tags, comments) until its author restores it
// with `POST /api/articles/:slug/restore`, and its slug is free for a new article: slugs are
// unique among live articles only, through a partial unique index. Lists read live articles
// through a partial index.

let t: TestApp;
let author: SignedIn;
let reader: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  author = await registerUser(t);
  reader = await registerUser(t);
});
afterAll(() => t.close());

const NOT_FOUND = { errors: { article: ['not found'] } };

const remove = (slug: string) => t.api.delete(`/api/articles/${slug}`).set(author.auth).expect(204);

const restore = (slug: string, user: SignedIn = author) =>
  t.api.post(`/api/articles/${slug}/restore`).set(user.auth);

/** An article as `viewer` reads it now. */
const read = async (slug: string, viewer: SignedIn): Promise<Article> =>
  (await t.api.get(`/api/articles/${slug}`).set(viewer.auth).expect(200)).body.article;

const list = (query: Record<string, string | number>, viewer?: SignedIn) => {
  const request = t.api.get('/api/articles').query(query);
  return viewer ? request.set(viewer.auth) : request;
};

/** What each write statement does, as `UPDATE articles`: its verb and its table. */
const writesOf = (statements: Statement[]): string[] =>
  statements.flatMap(({ sql: text }) => {
    const write = /^\s*(INSERT INTO|UPDATE|DELETE FROM)\s+"?(\w+)"?/i.exec(text);
    return write ? [`${write[1]?.toUpperCase()} ${write[2]}`] : [];
  });

describe('deleting keeps the row: DELETE /api/articles/:slug', () => {
  it('answers 204 and sets deleted_at on the row, which stays', async () => {
    const { slug } = await createArticle(t, author);

    await remove(slug);

    const rows = await sql<{ deleted_at: Date | null }>(
      t,
      'SELECT * FROM articles WHERE slug = $1',
      [slug],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.deleted_at).toBeInstanceOf(Date);
  });

  it('is one UPDATE of the article, and no other write: its comments and favorites stay', async () => {
    const { slug } = await createArticle(t, author, { tagList: [uniqueName('kept')] });
    await favorite(t, reader, slug);
    await addComment(t, reader, slug);

    const statements = await statementsOf(t, () => remove(slug));

    expect(writesOf(statements)).toEqual(['UPDATE articles']);
  });

  it('makes the article a 404 for everyone, its author too: to read, edit, favorite or delete', async () => {
    const { slug } = await createArticle(t, author);

    await remove(slug);

    expect((await t.api.get(`/api/articles/${slug}`).expect(404)).body).toEqual(NOT_FOUND);
    await t.api.get(`/api/articles/${slug}`).set(author.auth).expect(404);
    await t.api
      .put(`/api/articles/${slug}`)
      .set(author.auth)
      .send({ article: { body: 'Edited' } })
      .expect(404);
    await t.api.post(`/api/articles/${slug}/favorite`).set(reader.auth).expect(404);
    await t.api.delete(`/api/articles/${slug}`).set(author.auth).expect(404);
  });

  it('takes it out of every list and every count: global, tag, author, favorited and feed', async () => {
    const writer = await registerUser(t);
    const fan = await registerUser(t);
    const tag = uniqueName('listed');
    const gone = await createArticle(t, writer, { tagList: [tag] });
    const kept = await createArticle(t, writer, { tagList: [tag] });
    await favorite(t, fan, gone.slug);
    await favorite(t, fan, kept.slug);
    await follow(t, fan, writer.user.username);

    await t.api.delete(`/api/articles/${gone.slug}`).set(writer.auth).expect(204);

    const onlyKept = { slugs: [kept.slug], articlesCount: 1 };
    const seen = async (request: ReturnType<typeof list>) => {
      const response = await request.expect(200);
      return { slugs: slugsOf(response), articlesCount: response.body.articlesCount };
    };
    expect(slugsOf(await list({ limit: 100 }))).not.toContain(gone.slug);
    expect(await seen(list({ tag }))).toEqual(onlyKept);
    expect(await seen(list({ author: writer.user.username }))).toEqual(onlyKept);
    expect(await seen(list({ favorited: fan.user.username }))).toEqual(onlyKept);
    expect(await seen(t.api.get('/api/articles/feed').set(fan.auth))).toEqual(onlyKept);
  });

  it('fills a page with live articles only: a deleted one takes no place in it', async () => {
    const writer = await registerUser(t);
    const fan = await registerUser(t);
    await follow(t, fan, writer.user.username);
    const [oldest, middle, newest] = await createArticles(t, writer, 3);
    await t.api.delete(`/api/articles/${newest?.slug}`).set(writer.auth).expect(204);

    const byAuthor = await list({ author: writer.user.username, limit: 2 }).expect(200);
    const feed = await t.api.get('/api/articles/feed?limit=2').set(fan.auth).expect(200);

    for (const page of [byAuthor, feed]) {
      expect(slugsOf(page)).toEqual([middle?.slug, oldest?.slug]);
      expect(page.body.articlesCount).toBe(2);
    }
  });

  it('hides its comments: listing, adding or deleting one is a 404', async () => {
    const { slug } = await createArticle(t, author);
    const comment = await addComment(t, reader, slug);

    await remove(slug);

    expect((await t.api.get(`/api/articles/${slug}/comments`).expect(404)).body).toEqual(NOT_FOUND);
    await t.api
      .post(`/api/articles/${slug}/comments`)
      .set(reader.auth)
      .send({ comment: { body: 'Anyone there?' } })
      .expect(404);
    await t.api.delete(`/api/articles/${slug}/comments/${comment.id}`).set(reader.auth).expect(404);
  });

  it('drops from GET /api/tags a tag that only deleted articles use', async () => {
    const lonely = uniqueName('lonely');
    const shared = uniqueName('shared');
    const { slug } = await createArticle(t, author, { tagList: [lonely, shared] });
    await createArticle(t, author, { tagList: [shared] });

    await remove(slug);

    const { tags } = (await t.api.get('/api/tags').expect(200)).body;
    expect(tags).not.toContain(lonely);
    expect(tags).toContain(shared);
  });
});

describe('restoring: POST /api/articles/:slug/restore', () => {
  it('brings the article back as it was, with its tags, favorites and comments', async () => {
    const tag = uniqueName('back');
    const { slug } = await createArticle(t, author, { tagList: [tag] });
    await favorite(t, reader, slug);
    await addComment(t, reader, slug, 'Still here?');
    const before = { byAuthor: await read(slug, author), byReader: await read(slug, reader) };
    const comments = (await t.api.get(`/api/articles/${slug}/comments`).expect(200)).body;
    await remove(slug);

    const response = await restore(slug).expect(200);

    // Restoring may or may not count as an update: updatedAt is left out of the comparison.
    const asBefore = (article: Article) => ({ ...article, updatedAt: expect.any(String) });
    expect(response.body.article).toEqual(asBefore(before.byAuthor));
    expect(await read(slug, reader)).toEqual(asBefore(before.byReader));
    expect((await t.api.get(`/api/articles/${slug}/comments`).expect(200)).body).toEqual(comments);
    expect((await t.api.get('/api/tags').expect(200)).body.tags).toContain(tag);
    expect(slugsOf(await list({ favorited: reader.user.username }))).toContain(slug);
  });

  it('puts it back in the lists where it was, by its createdAt', async () => {
    const writer = await registerUser(t);
    const [oldest, middle, newest] = await createArticles(t, writer, 3);
    await t.api.delete(`/api/articles/${middle?.slug}`).set(writer.auth).expect(204);

    await t.api.post(`/api/articles/${middle?.slug}/restore`).set(writer.auth).expect(200);

    const response = await list({ author: writer.user.username }).expect(200);
    expect(slugsOf(response)).toEqual([newest?.slug, middle?.slug, oldest?.slug]);
    expect(response.body.articlesCount).toBe(3);
  });

  it('answers 200 and changes nothing for an article that is not deleted', async () => {
    const { slug } = await createArticle(t, author);
    const before = await read(slug, author);

    const response = await restore(slug).expect(200);

    expect(response.body.article).toEqual(before);
  });

  it('answers 401 without a token', async () => {
    const { slug } = await createArticle(t, author);
    await remove(slug);

    const response = await t.api.post(`/api/articles/${slug}/restore`).expect(401);

    expect(response.body).toEqual({ errors: { token: ['is missing'] } });
  });

  it('answers 404 for a slug that no article has', async () => {
    const response = await restore(uniqueName('no-such-article')).expect(404);

    expect(response.body).toEqual(NOT_FOUND);
  });

  it('answers 403 to anyone but the author, and the article stays deleted', async () => {
    const { slug } = await createArticle(t, author);
    await remove(slug);

    const response = await restore(slug, reader).expect(403);

    expect(response.body).toEqual({ errors: { article: ['forbidden'] } });
    await t.api.get(`/api/articles/${slug}`).expect(404);
  });
});

describe('the slug of a deleted article', () => {
  it('is free: a new article with the same title gets it, and the slug reads the new article', async () => {
    const title = uniqueName('Reused title');
    const first = await createArticle(t, author, { title, body: 'The first' });
    await addComment(t, reader, first.slug, 'On the first');
    await remove(first.slug);

    const second = await createArticle(t, author, { title, body: 'The second' });

    expect(second.slug).toBe(first.slug);
    expect((await read(second.slug, reader)).body).toBe('The second');
    expect((await t.api.get(`/api/articles/${second.slug}/comments`).expect(200)).body).toEqual({
      comments: [],
    });
  });

  it('is taken again by a new article: restoring the deleted one gives it a new slug, and both read', async () => {
    const title = uniqueName('Taken title');
    const first = await createArticle(t, author, { title, body: 'The first' });
    await remove(first.slug);
    const second = await createArticle(t, author, { title, body: 'The second' });

    const restored = (await restore(first.slug).expect(200)).body.article as Article;

    expect(restored.body).toBe('The first');
    expect(restored.slug).not.toBe(second.slug);
    expect((await read(restored.slug, reader)).body).toBe('The first');
    expect((await read(second.slug, reader)).body).toBe('The second');
  });
});

describe('the schema', () => {
  it('has articles.deleted_at, a nullable timestamptz that the entity maps', async () => {
    const columns = await sql<{ data_type: string; is_nullable: string }>(
      t,
      `SELECT data_type, is_nullable FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'articles'
         AND column_name = 'deleted_at'`,
    );
    const mapped = entityOf(t, 'articles').columns.map((column) => column.databaseName);

    expect(columns).toEqual([{ data_type: 'timestamp with time zone', is_nullable: 'YES' }]);
    expect(mapped).toContain('deleted_at');
  });

  it('keeps slugs unique among live articles, by a partial unique index that the entity names', async () => {
    const onSlug = (await indexesOf(t, 'articles')).filter(({ definition }) =>
      /^CREATE UNIQUE INDEX \S+ ON \S+ USING btree \(slug\)/.test(definition),
    );

    expect(
      onSlug.map(({ definition }) => / WHERE \(deleted_at IS NULL\)$/.test(definition)),
    ).toEqual([true]);
    expect(indexNamesOf(entityOf(t, 'articles'))).toContain(onSlug[0]?.name);
  });
});

describe('the partial index behind the lists', () => {
  const ARTICLES = 2_000;
  const LIVE_ARTICLES_INDEX = 'an index of live articles';
  const ROWS_BY_ID = 'the primary key';

  it(`reads a page of ${ARTICLES.toLocaleString('en')} articles, half of them deleted, through an index of live articles only`, async () => {
    // Written in SQL, older than every other article of this file; every second one deleted.
    // Bodies of about 1 KB, as real ones: on one-word rows the whole table is a few pages, and
    // PostgreSQL rightly reads it all rather than look up the page's 20 rows by id.
    const writer = await registerUser(t);
    await sql(
      t,
      `INSERT INTO articles (slug, title, description, body, author_id, created_at, deleted_at)
       SELECT $1::text || '-' || i, 'Seeded', 'Seeded', repeat(md5(i::text), 30), $2,
              now() - i * interval '1 minute', CASE WHEN i % 2 = 0 THEN now() END
       FROM generate_series(1, $3) i`,
      [uniqueName('seeded'), userIdOf(writer.token), ARTICLES],
    );
    await sql(t, 'ANALYZE articles');
    const indexes = await indexesOf(t, 'articles');
    const isPartial = (name: string) =>
      /WHERE \(deleted_at IS NULL\)$/.test(
        indexes.find((index) => index.name === name)?.definition ?? '',
      );

    const statements = await statementsOf(t, () => list({ limit: 20 }).expect(200));

    // The page's statement has a LIMIT; the count that goes with it reads every live article.
    const pages = statements.filter(({ sql: text }) => /\bLIMIT\b/i.test(text));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const scans = (await planOf(t, page))
        .filter(
          (node) =>
            (node['Relation Name'] === 'articles' && node['Node Type'] === 'Seq Scan') ||
            indexes.some((index) => index.name === node['Index Name']),
        )
        .map((node) => {
          const index = node['Index Name'] ?? '';
          if (isPartial(index)) return LIVE_ARTICLES_INDEX;
          // Main's lists pick the page's ids first, then join their rows back by primary key.
          if (index === 'articles_pkey') return ROWS_BY_ID;
          return `${node['Node Type']} ${index}`.trim();
        });
      const otherThanById = [...new Set(scans.filter((scan) => scan !== ROWS_BY_ID))];
      expect({ sql: page.sql, scans: otherThanById }).toEqual({
        sql: page.sql,
        scans: [LIVE_ARTICLES_INDEX],
      });
    }
  });
});
