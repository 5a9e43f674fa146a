import { ArticlesResponse } from '@conduit/contracts';
import {
  createArticle,
  createArticles,
  follow,
  registerUser,
  slugsOf,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the feed: GET /api/articles/feed', () => {
  it('is empty for a new user', async () => {
    const newcomer = await registerUser(t);

    const response = await t.api.get('/api/articles/feed').set(newcomer.auth).expect(200);

    expect(ArticlesResponse.parse(response.body)).toEqual({ articles: [], articlesCount: 0 });
  });

  it('holds only articles by followed authors, newest first, with following true', async () => {
    const reader = await registerUser(t);
    const followed = await registerUser(t);
    const other = await registerUser(t);
    const [older, newer] = await createArticles(t, followed, 2);
    await createArticle(t, other);
    await follow(t, reader, followed.user.username);

    const response = await t.api.get('/api/articles/feed').set(reader.auth).expect(200);

    const { articles, articlesCount } = ArticlesResponse.parse(response.body);
    expect(slugsOf(response)).toEqual([newer?.slug, older?.slug]);
    expect(articlesCount).toBe(2);
    expect(articles.every((article) => article.author.following)).toBe(true);
  });

  it("never holds the reader's own articles", async () => {
    const reader = await registerUser(t);
    const followed = await registerUser(t);
    await createArticle(t, reader);
    const theirs = await createArticle(t, followed);
    await follow(t, reader, followed.user.username);

    const response = await t.api.get('/api/articles/feed').set(reader.auth).expect(200);

    expect(slugsOf(response)).toEqual([theirs.slug]);
  });

  it('drops an author once unfollowed', async () => {
    const reader = await registerUser(t);
    const followed = await registerUser(t);
    await createArticle(t, followed);
    await follow(t, reader, followed.user.username);

    await t.api
      .delete(`/api/profiles/${followed.user.username}/follow`)
      .set(reader.auth)
      .expect(200);

    const response = await t.api.get('/api/articles/feed').set(reader.auth).expect(200);
    expect(response.body).toEqual({ articles: [], articlesCount: 0 });
  });

  it('pages with limit and offset, counting every match', async () => {
    const reader = await registerUser(t);
    const followed = await registerUser(t);
    const [oldest] = await createArticles(t, followed, 3);
    await follow(t, reader, followed.user.username);

    const response = await t.api
      .get('/api/articles/feed?limit=2&offset=2')
      .set(reader.auth)
      .expect(200);

    expect(slugsOf(response)).toEqual([oldest?.slug]);
    expect(response.body.articlesCount).toBe(3);
  });

  it('leaves the body out of feed items', async () => {
    const reader = await registerUser(t);
    const followed = await registerUser(t);
    await createArticle(t, followed);
    await follow(t, reader, followed.user.username);

    const response = await t.api.get('/api/articles/feed').set(reader.auth).expect(200);

    expect(response.body.articles[0]).not.toHaveProperty('body');
  });

  it.each(['limit=0', 'limit=101', 'offset=-1'])('answers %s with 422', async (query) => {
    const reader = await registerUser(t);

    const response = await t.api.get(`/api/articles/feed?${query}`).set(reader.auth).expect(422);

    expect(Object.keys(response.body.errors)).toEqual([query.split('=')[0]]);
  });
});
