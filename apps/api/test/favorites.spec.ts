import { ArticleResponse } from '@conduit/contracts';
import { createArticle, favorite, registerUser, type SignedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let author: SignedIn;
let fan: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  author = await registerUser(t);
  fan = await registerUser(t);
});
afterAll(() => t.close());

describe('favoriting: POST /api/articles/:slug/favorite', () => {
  it('answers 200 (not 201) with the whole article, body included, favorited and counted', async () => {
    const created = await createArticle(t, author, { body: 'Worth it' });

    const response = await t.api.post(`/api/articles/${created.slug}/favorite`).set(fan.auth);

    expect(response.status).toBe(200);
    const { article } = ArticleResponse.parse(response.body);
    expect(article).toMatchObject({
      slug: created.slug,
      body: 'Worth it',
      favorited: true,
      favoritesCount: 1,
    });
  });

  it('is idempotent: favoriting twice counts once', async () => {
    const { slug } = await createArticle(t, author);
    await favorite(t, fan, slug);

    const again = await t.api.post(`/api/articles/${slug}/favorite`).set(fan.auth).expect(200);

    expect(again.body.article).toMatchObject({ favorited: true, favoritesCount: 1 });
  });

  it('leaves updatedAt alone, on favorite and unfavorite: neither edits the article', async () => {
    const created = await createArticle(t, author);
    await favorite(t, fan, created.slug);

    const after = await t.api
      .delete(`/api/articles/${created.slug}/favorite`)
      .set(fan.auth)
      .expect(200);

    expect(after.body.article.updatedAt).toBe(created.updatedAt);
  });

  it('counts each user who favorites, and shows favorited only to them', async () => {
    const { slug } = await createArticle(t, author);
    const other = await registerUser(t);
    await favorite(t, fan, slug);
    await favorite(t, other, slug);

    const seenByAuthor = await t.api.get(`/api/articles/${slug}`).set(author.auth);
    const seenByFan = await t.api.get(`/api/articles/${slug}`).set(fan.auth);

    expect(seenByAuthor.body.article).toMatchObject({ favorited: false, favoritesCount: 2 });
    expect(seenByFan.body.article).toMatchObject({ favorited: true, favoritesCount: 2 });
  });

  it('lets authors favorite their own article', async () => {
    const { slug } = await createArticle(t, author);

    const response = await t.api
      .post(`/api/articles/${slug}/favorite`)
      .set(author.auth)
      .expect(200);

    expect(response.body.article).toMatchObject({ favorited: true, favoritesCount: 1 });
  });

  it('answers an unknown slug with 404 article not found', async () => {
    const response = await t.api
      .post('/api/articles/no-such-article/favorite')
      .set(fan.auth)
      .expect(404);

    expect(response.body).toEqual({ errors: { article: ['not found'] } });
  });
});

describe('unfavoriting: DELETE /api/articles/:slug/favorite', () => {
  it('answers 200 with the whole article, no longer favorited, counted down', async () => {
    const { slug } = await createArticle(t, author, { body: 'Was worth it' });
    await favorite(t, fan, slug);

    const response = await t.api.delete(`/api/articles/${slug}/favorite`).set(fan.auth).expect(200);

    const { article } = ArticleResponse.parse(response.body);
    expect(article).toMatchObject({ body: 'Was worth it', favorited: false, favoritesCount: 0 });
  });

  it('unfavorites an article never favorited without complaint, leaving the count alone', async () => {
    const { slug } = await createArticle(t, author);
    const other = await registerUser(t);
    await favorite(t, other, slug);

    const response = await t.api.delete(`/api/articles/${slug}/favorite`).set(fan.auth).expect(200);

    expect(response.body.article).toMatchObject({ favorited: false, favoritesCount: 1 });
  });

  it('answers an unknown slug with 404 article not found', async () => {
    const response = await t.api
      .delete('/api/articles/no-such-article/favorite')
      .set(fan.auth)
      .expect(404);

    expect(response.body).toEqual({ errors: { article: ['not found'] } });
  });
});
