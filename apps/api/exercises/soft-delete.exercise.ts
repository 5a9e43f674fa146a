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
import { planOf, sql, statementsOf } from './support/query-plans.js';

// Exercise 5, docs/exercises/05-soft-delete.md: deleting an article sets `articles.deleted_at`
// and keeps the row. A deleted article is gone from every read (the article, lists, feed, counts,
// tags, comments) until its author restores it with `POST /api/articles/:slug/restore`; lists
// read live articles through a partial index.

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

  it('restores an article whose title a new article has taken since, and both can be read', async () => {
    const title = uniqueName('Same title');
    const first = await createArticle(t, author, { title, body: 'The first' });
    await remove(first.slug);
    const second = await createArticle(t, author, { title, body: 'The second' });

    const restored = (await restore(first.slug).expect(200)).body.article as Article;

    expect(restored.body).toBe('The first');
    expect((await read(restored.slug, reader)).body).toBe('The first');
    expect((await read(second.slug, reader)).body).toBe('The second');
  });
});

describe('the partial index behind the lists', () => {
  const ARTICLES = 2_000;

  it(`reads a page of ${ARTICLES.toLocaleString('en')} articles, half of them deleted, through an index of live articles only`, async () => {
    const columns = await sql<{ column_name: string }>(
      t,
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles'",
    );
    expect(columns.map((column) => column.column_name)).toContain('deleted_at');
    // Written in SQL, older than every other article of this file; every second one deleted.
    const writer = await registerUser(t);
    await sql(
      t,
      `INSERT INTO articles (slug, title, description, body, author_id, created_at, deleted_at)
       SELECT $1::text || '-' || i, 'Seeded', 'Seeded', 'Seeded', $2,
              now() - i * interval '1 minute', CASE WHEN i % 2 = 0 THEN now() END
       FROM generate_series(1, $3) i`,
      [uniqueName('seeded'), userIdOf(writer.token), ARTICLES],
    );
    await sql(t, 'ANALYZE articles');
    const indexes = await sql<{ indexname: string; indexdef: string }>(
      t,
      "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'articles'",
    );
    const isPartial = (name: string) =>
      /WHERE \(deleted_at IS NULL\)/.test(
        indexes.find(({ indexname }) => indexname === name)?.indexdef ?? '',
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
            indexes.some(({ indexname }) => indexname === node['Index Name']),
        )
        .map((node) => ({
          scan: node['Node Type'],
          index: node['Index Name'] ?? null,
          isPartial: isPartial(node['Index Name'] ?? ''),
        }));
      expect(scans.length).toBeGreaterThan(0);
      expect({ sql: page.sql, scans }).toEqual({
        sql: page.sql,
        scans: scans.map((scan) => ({ ...scan, isPartial: true })),
      });
    }
  });
});
