import { ArticlesResponse } from '@conduit/contracts';
import {
  createArticle,
  createArticles,
  favorite,
  follow,
  registerUser,
  type SignedIn,
  slugsOf,
  uniqueName,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let author: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  author = await registerUser(t);
});
afterAll(() => t.close());

const list = (query: Record<string, string | number>) => t.api.get('/api/articles').query(query);

describe('the article list: GET /api/articles', () => {
  it('lists newest first, articles created in quick succession in creation order', async () => {
    const writer = await registerUser(t);
    const created = await createArticles(t, writer, 5);

    const response = await list({ author: writer.user.username }).expect(200);

    expect(ArticlesResponse.parse(response.body).articles).toHaveLength(5);
    expect(slugsOf(response)).toEqual(created.map((article) => article.slug).reverse());
  });

  it('shows a new article in the unfiltered list at once', async () => {
    const created = await createArticle(t, author);

    const response = await list({ limit: 100 }).expect(200);

    expect(slugsOf(response)).toContain(created.slug);
    expect(response.body.articlesCount).toBeGreaterThanOrEqual(1);
  });

  it('leaves the body out of list items', async () => {
    await createArticle(t, author);

    const response = await list({ author: author.user.username, limit: 1 }).expect(200);

    expect(response.body.articles[0]).not.toHaveProperty('body');
    expect(response.body.articles[0]).toHaveProperty('description');
  });

  it('counts all matches in articlesCount, not the page length', async () => {
    const writer = await registerUser(t);
    await createArticles(t, writer, 3);

    const response = await list({ author: writer.user.username, limit: 2 }).expect(200);

    expect(response.body.articles).toHaveLength(2);
    expect(response.body.articlesCount).toBe(3);
  });

  it('pages with limit and offset', async () => {
    const writer = await registerUser(t);
    const [oldest, middle, newest] = await createArticles(t, writer, 3);
    const byWriter = { author: writer.user.username };

    const first = await list({ ...byWriter, limit: 2, offset: 0 });
    const second = await list({ ...byWriter, limit: 2, offset: 2 });
    const beyond = await list({ ...byWriter, limit: 2, offset: 3 });

    expect(slugsOf(first)).toEqual([newest?.slug, middle?.slug]);
    expect(slugsOf(second)).toEqual([oldest?.slug]);
    expect(beyond.body).toEqual({ articles: [], articlesCount: 3 });
  });

  it('gives 20 articles when no limit is set', async () => {
    const tag = uniqueName('many');
    await createArticles(t, author, 21, { tagList: [tag] });

    const response = await list({ tag }).expect(200);

    expect(response.body.articles).toHaveLength(20);
    expect(response.body.articlesCount).toBe(21);
  });
});

describe('filters', () => {
  it('filters by tag, matching it exactly', async () => {
    const tag = uniqueName('Tag');
    const tagged = await createArticle(t, author, { tagList: [tag] });
    await createArticle(t, author, { tagList: [tag.toLowerCase()] });

    const response = await list({ tag }).expect(200);

    expect(slugsOf(response)).toEqual([tagged.slug]);
    expect(response.body.articlesCount).toBe(1);
  });

  it("filters by author, with the author's username", async () => {
    const writer = await registerUser(t);
    const written = await createArticle(t, writer);

    const response = await list({ author: writer.user.username }).expect(200);

    expect(slugsOf(response)).toEqual([written.slug]);
    expect(response.body.articlesCount).toBe(1);
  });

  it('filters by favorited, with the username whose favorites to list', async () => {
    const fan = await registerUser(t);
    const liked = await createArticle(t, author);
    await createArticle(t, author);
    await favorite(t, fan, liked.slug);

    const response = await list({ favorited: fan.user.username }).expect(200);

    expect(slugsOf(response)).toEqual([liked.slug]);
    expect(response.body.articlesCount).toBe(1);
  });

  it('combines filters with AND', async () => {
    const writer = await registerUser(t);
    const fan = await registerUser(t);
    const tag = uniqueName('tag');
    const match = await createArticle(t, writer, { tagList: [tag] });
    const untagged = await createArticle(t, writer);
    const otherAuthor = await createArticle(t, author, { tagList: [tag] });
    for (const { slug } of [match, untagged, otherAuthor]) await favorite(t, fan, slug);

    const response = await list({
      tag,
      author: writer.user.username,
      favorited: fan.user.username,
    });

    expect(slugsOf(response)).toEqual([match.slug]);
    expect(response.body.articlesCount).toBe(1);
  });

  it.each(['tag', 'author', 'favorited'])(
    'answers an unknown %s with 200, no articles and 0',
    async (filter) => {
      const response = await list({ [filter]: uniqueName('unknown') }).expect(200);

      expect(response.body).toEqual({ articles: [], articlesCount: 0 });
    },
  );

  it('treats an empty filter value, as real clients send it, as no filter', async () => {
    const writer = await registerUser(t);
    await createArticles(t, writer, 2);

    const withEmpty = await t.api.get(
      `/api/articles?tag=&favorited=&author=${writer.user.username}`,
    );
    const without = await list({ author: writer.user.username });

    expect(withEmpty.status).toBe(200);
    expect(withEmpty.body).toEqual(without.body);
    expect(withEmpty.body.articlesCount).toBe(2);
  });
});

describe('viewer-specific fields in list items', () => {
  it('computes favorited and author.following for the caller, and false for anonymous', async () => {
    const writer = await registerUser(t);
    const viewer = await registerUser(t);
    const created = await createArticle(t, writer);
    await favorite(t, viewer, created.slug);
    await follow(t, viewer, writer.user.username);

    const seen = await list({ author: writer.user.username }).set(viewer.auth);
    const anonymous = await list({ author: writer.user.username });

    expect(seen.body.articles[0]).toMatchObject({
      favorited: true,
      favoritesCount: 1,
      author: { following: true },
    });
    expect(anonymous.body.articles[0]).toMatchObject({
      favorited: false,
      favoritesCount: 1,
      author: { following: false },
    });
  });
});

describe('paging parameters out of range', () => {
  it.each([
    ['limit', '-1'],
    ['limit', '0'],
    ['limit', 'abc'],
    ['limit', '1.5'],
    ['limit', '101'],
    ['limit', '100000'],
    ['offset', '-1'],
    ['offset', 'abc'],
  ])('answers %s=%s with 422 naming the parameter', async (parameter, value) => {
    const response = await t.api.get(`/api/articles?${parameter}=${value}`).expect(422);

    expect(Object.keys(response.body.errors)).toEqual([parameter]);
    expect(response.body.errors[parameter]).toEqual([expect.any(String)]);
  });

  it('accepts the largest limit, 100', async () => {
    await t.api.get('/api/articles?limit=100').expect(200);
  });
});
