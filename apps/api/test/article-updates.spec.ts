import { ArticleResponse } from '@conduit/contracts';
import { createArticle, registerUser, type SignedIn, uniqueName } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let author: SignedIn;
let stranger: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  author = await registerUser(t);
  stranger = await registerUser(t);
});
afterAll(() => t.close());

describe('editing: PUT /api/articles/:slug', () => {
  it('changes only the body and keeps the slug', async () => {
    const created = await createArticle(t, author);

    const response = await t.api
      .put(`/api/articles/${created.slug}`)
      .set(author.auth)
      .send({ article: { body: 'A new body' } })
      .expect(200);

    const { article } = ArticleResponse.parse(response.body);
    expect(article).toMatchObject({ slug: created.slug, title: created.title, body: 'A new body' });
  });

  it('gives a new title a new slug, under which the article is found', async () => {
    const created = await createArticle(t, author);
    const title = uniqueName('Retitled');

    const response = await t.api
      .put(`/api/articles/${created.slug}`)
      .set(author.auth)
      .send({ article: { title } })
      .expect(200);

    expect(response.body.article.slug).toBe(title.toLowerCase().replace('_', '-'));
    const reread = await t.api.get(`/api/articles/${response.body.article.slug}`).expect(200);
    expect(reread.body.article.title).toBe(title);
  });

  it('gives an article retitled after another one a slug of its own', async () => {
    const existing = await createArticle(t, author);
    const created = await createArticle(t, author);

    const response = await t.api
      .put(`/api/articles/${created.slug}`)
      .set(author.auth)
      .send({ article: { title: existing.title } })
      .expect(200);

    expect(response.body.article.title).toBe(existing.title);
    expect(response.body.article.slug).not.toBe(existing.slug);
    const untouched = await t.api.get(`/api/articles/${existing.slug}`).expect(200);
    expect(untouched.body.article.body).toBe(existing.body);
  });

  it('keeps the tags when no tagList is sent', async () => {
    const created = await createArticle(t, author, { tagList: [uniqueName('tag')] });

    const response = await t.api
      .put(`/api/articles/${created.slug}`)
      .set(author.auth)
      .send({ article: { description: 'New description' } })
      .expect(200);

    expect(response.body.article.tagList).toEqual(created.tagList);
  });

  it('replaces the tags with a new tagList, sorted', async () => {
    const created = await createArticle(t, author, { tagList: [uniqueName('old')] });
    const tag = uniqueName('tag');

    const response = await t.api
      .put(`/api/articles/${created.slug}`)
      .set(author.auth)
      .send({ article: { tagList: [`b${tag}`, `a${tag}`] } })
      .expect(200);

    expect(response.body.article.tagList).toEqual([`a${tag}`, `b${tag}`]);
  });

  it('clears the tags with an empty tagList', async () => {
    const created = await createArticle(t, author, { tagList: [uniqueName('tag')] });

    const response = await t.api
      .put(`/api/articles/${created.slug}`)
      .set(author.auth)
      .send({ article: { tagList: [] } })
      .expect(200);

    expect(response.body.article.tagList).toEqual([]);
  });

  it('refuses a tagList of null with 422 and keeps the tags', async () => {
    const created = await createArticle(t, author, { tagList: [uniqueName('tag')] });

    const response = await t.api
      .put(`/api/articles/${created.slug}`)
      .set(author.auth)
      .send({ article: { tagList: null } })
      .expect(422);

    expect(Object.keys(response.body.errors)).toEqual(['tagList']);
    const reread = await t.api.get(`/api/articles/${created.slug}`);
    expect(reread.body.article.tagList).toEqual(created.tagList);
  });

  it("refuses an empty title with 422 can't be blank", async () => {
    const created = await createArticle(t, author);

    const response = await t.api
      .put(`/api/articles/${created.slug}`)
      .set(author.auth)
      .send({ article: { title: '' } })
      .expect(422);

    expect(response.body.errors.title[0]).toBe("can't be blank");
  });

  it('moves updatedAt forward on every update and never changes createdAt', async () => {
    const created = await createArticle(t, author);

    const first = await t.api
      .put(`/api/articles/${created.slug}`)
      .set(author.auth)
      .send({ article: { body: 'Once' } });
    const second = await t.api
      .put(`/api/articles/${created.slug}`)
      .set(author.auth)
      .send({ article: { body: 'Twice' } });

    expect(first.body.article.createdAt).toBe(created.createdAt);
    expect(second.body.article.createdAt).toBe(created.createdAt);
    expect(Date.parse(first.body.article.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
    expect(Date.parse(second.body.article.updatedAt)).toBeGreaterThan(
      Date.parse(first.body.article.updatedAt),
    );
  });

  it("refuses to edit someone else's article with 403 article forbidden", async () => {
    const created = await createArticle(t, author);

    const response = await t.api
      .put(`/api/articles/${created.slug}`)
      .set(stranger.auth)
      .send({ article: { body: 'Mine now' } })
      .expect(403);

    expect(response.body).toEqual({ errors: { article: ['forbidden'] } });
    const reread = await t.api.get(`/api/articles/${created.slug}`);
    expect(reread.body.article.body).toBe(created.body);
  });

  it("checks ownership before the body: someone else's article with an invalid body is a 403", async () => {
    const created = await createArticle(t, author);

    const response = await t.api
      .put(`/api/articles/${created.slug}`)
      .set(stranger.auth)
      .send({ article: { title: '', tagList: null } })
      .expect(403);

    expect(response.body).toEqual({ errors: { article: ['forbidden'] } });
  });

  it('answers an unknown slug with a valid token with 404, even with an invalid body', async () => {
    const response = await t.api
      .put('/api/articles/no-such-article')
      .set(stranger.auth)
      .send({ article: { title: '' } })
      .expect(404);

    expect(response.body).toEqual({ errors: { article: ['not found'] } });
  });
});
