import { ArticleResponse } from '@conduit/contracts';
import { createArticle, registerUser, type SignedIn, uniqueName } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let author: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  author = await registerUser(t);
});
afterAll(() => t.close());

const newArticle = (overrides: object = {}) => ({
  article: { title: uniqueName('Title'), description: 'About it', body: 'The body', ...overrides },
});

describe('publishing: POST /api/articles', () => {
  it('answers 201 with the article: tags sorted, not favorited, by the author', async () => {
    const tag = uniqueName('tag');
    const request = newArticle({ tagList: [`z${tag}`, `a${tag}`, `m${tag}`] });

    const response = await t.api.post('/api/articles').set(author.auth).send(request).expect(201);

    const { article } = ArticleResponse.parse(response.body);
    expect(article).toMatchObject({
      title: request.article.title,
      description: 'About it',
      body: 'The body',
      tagList: [`a${tag}`, `m${tag}`, `z${tag}`],
      favorited: false,
      favoritesCount: 0,
      author: { username: author.user.username, bio: null, image: null, following: false },
    });
    expect(article.updatedAt).toBe(article.createdAt);
  });

  it('derives a URL-safe slug from the title', async () => {
    const response = await t.api
      .post('/api/articles')
      .set(author.auth)
      .send(newArticle({ title: `How to Train Your Dragon? ${uniqueName('part')} / 2` }))
      .expect(201);

    expect(response.body.article.slug).toMatch(/^how-to-train-your-dragon-part-[a-z0-9-]+$/);
    expect(encodeURIComponent(response.body.article.slug)).toBe(response.body.article.slug);
  });

  it('never gives an article the slug "feed", which GET /api/articles/feed answers with the feed', async () => {
    const created = await createArticle(t, author, { title: 'Feed' });

    const response = await t.api.get(`/api/articles/${created.slug}`).expect(200);

    expect(created.slug).not.toBe('feed');
    expect(response.body.article.title).toBe('Feed');
  });

  it('gives two articles with the same title different slugs', async () => {
    const title = uniqueName('Same title');

    const first = await createArticle(t, author, { title });
    const second = await createArticle(t, author, { title });

    expect(second.slug).not.toBe(first.slug);
    expect(second.title).toBe(first.title);
  });

  it('stores text exactly as sent: apostrophes, HTML and inner whitespace; tags as sent', async () => {
    const text = {
      title: `A's <b>bold</b>  title ${uniqueName()}`,
      description: "It's   <i>spaced</i>\n\tout",
      body: "# Heading\n\n<script>alert('x')</script>\n\n    code",
      tagList: ['d_42', 'Mixed-Case'],
    };

    const created = await createArticle(t, author, text);
    const reread = await t.api.get(`/api/articles/${created.slug}`).expect(200);

    expect(reread.body.article).toMatchObject({ ...text, tagList: ['Mixed-Case', 'd_42'] });
  });

  it('publishes without a tagList, and keeps a repeated tag once', async () => {
    const tag = uniqueName('tag');

    const untagged = await createArticle(t, author);
    const repeated = await createArticle(t, author, { tagList: [tag, tag] });

    expect(untagged.tagList).toEqual([]);
    expect(repeated.tagList).toEqual([tag]);
  });

  it.each(['title', 'description', 'body'])(
    "answers a missing %s with 422 can't be blank",
    async (field) => {
      const request = newArticle();
      delete (request.article as Record<string, unknown>)[field];

      const response = await t.api.post('/api/articles').set(author.auth).send(request).expect(422);

      expect(response.body).toEqual({ errors: { [field]: ["can't be blank"] } });
    },
  );

  it.each(['title', 'description', 'body'])(
    "answers an empty %s with 422 can't be blank",
    async (field) => {
      const response = await t.api
        .post('/api/articles')
        .set(author.auth)
        .send(newArticle({ [field]: '' }))
        .expect(422);

      expect(response.body.errors[field][0]).toBe("can't be blank");
    },
  );

  it('answers a tagList of null with 422', async () => {
    const response = await t.api
      .post('/api/articles')
      .set(author.auth)
      .send(newArticle({ tagList: null }))
      .expect(422);

    expect(Object.keys(response.body.errors)).toEqual(['tagList']);
  });

  it("answers an empty tag with 422 can't be blank", async () => {
    const response = await t.api
      .post('/api/articles')
      .set(author.auth)
      .send(newArticle({ tagList: ['fine', ''] }))
      .expect(422);

    expect(response.body).toEqual({ errors: { tagList: ["can't be blank"] } });
  });
});

describe('reading: GET /api/articles/:slug', () => {
  it('shows anyone the whole article, body included', async () => {
    const created = await createArticle(t, author, { body: 'All of it' });

    const response = await t.api.get(`/api/articles/${created.slug}`).expect(200);

    const { article } = ArticleResponse.parse(response.body);
    expect(article).toEqual(created);
    expect(article.body).toBe('All of it');
  });

  it('tells a follower of the author following true', async () => {
    const created = await createArticle(t, author);
    const reader = await registerUser(t);
    await t.api.post(`/api/profiles/${author.user.username}/follow`).set(reader.auth).expect(200);

    const response = await t.api.get(`/api/articles/${created.slug}`).set(reader.auth).expect(200);

    expect(response.body.article.author.following).toBe(true);
  });

  it('gives createdAt as the same ISO string with milliseconds in every response', async () => {
    const created = await createArticle(t, author);

    const single = await t.api.get(`/api/articles/${created.slug}`);
    const list = await t.api.get('/api/articles').query({ author: author.user.username, limit: 1 });

    expect(created.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(single.body.article.createdAt).toBe(created.createdAt);
    expect(list.body.articles[0].createdAt).toBe(created.createdAt);
  });

  it('answers an unknown slug with 404 article not found, signed in or not', async () => {
    const anonymous = await t.api.get('/api/articles/no-such-article').expect(404);
    const signedIn = await t.api.get('/api/articles/no-such-article').set(author.auth).expect(404);

    expect(anonymous.body).toEqual({ errors: { article: ['not found'] } });
    expect(signedIn.body).toEqual({ errors: { article: ['not found'] } });
  });
});
