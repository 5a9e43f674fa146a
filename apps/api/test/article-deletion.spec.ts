import {
  addComment,
  createArticle,
  favorite,
  registerUser,
  type SignedIn,
  uniqueName,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let author: SignedIn;
let reader: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  author = await registerUser(t);
  reader = await registerUser(t);
});
afterAll(() => t.close());

describe('deleting: DELETE /api/articles/:slug', () => {
  it('answers 204 with an empty body, after which the article is a 404', async () => {
    const { slug } = await createArticle(t, author);

    const response = await t.api.delete(`/api/articles/${slug}`).set(author.auth).expect(204);

    expect(response.text).toBe('');
    await t.api.get(`/api/articles/${slug}`).expect(404);
  });

  it('takes its comments with it: their list is a 404', async () => {
    const { slug } = await createArticle(t, author);
    await addComment(t, reader, slug);

    await t.api.delete(`/api/articles/${slug}`).set(author.auth).expect(204);

    const response = await t.api.get(`/api/articles/${slug}/comments`).expect(404);
    expect(response.body).toEqual({ errors: { article: ['not found'] } });
  });

  it("takes its favorites with it: it leaves the reader's favorites", async () => {
    const { slug } = await createArticle(t, author);
    await favorite(t, reader, slug);

    await t.api.delete(`/api/articles/${slug}`).set(author.auth).expect(204);

    const response = await t.api.get('/api/articles').query({ favorited: reader.user.username });
    expect(response.body).toEqual({ articles: [], articlesCount: 0 });
  });

  it('takes its tag links with it, and a tag no other article uses leaves GET /api/tags', async () => {
    const lonely = uniqueName('lonely');
    const shared = uniqueName('shared');
    const { slug } = await createArticle(t, author, { tagList: [lonely, shared] });
    await createArticle(t, author, { tagList: [shared] });

    await t.api.delete(`/api/articles/${slug}`).set(author.auth).expect(204);

    const tags = await t.api.get('/api/tags').expect(200);
    expect(tags.body.tags).not.toContain(lonely);
    expect(tags.body.tags).toContain(shared);
    const tagged = await t.api.get('/api/articles').query({ tag: lonely });
    expect(tagged.body).toEqual({ articles: [], articlesCount: 0 });
  });

  it("refuses to delete someone else's article with 403, and it stays", async () => {
    const { slug } = await createArticle(t, author);

    const response = await t.api.delete(`/api/articles/${slug}`).set(reader.auth).expect(403);

    expect(response.body).toEqual({ errors: { article: ['forbidden'] } });
    await t.api.get(`/api/articles/${slug}`).expect(200);
  });

  it('answers an unknown slug with 404 article not found', async () => {
    const response = await t.api
      .delete('/api/articles/no-such-article')
      .set(author.auth)
      .expect(404);

    expect(response.body).toEqual({ errors: { article: ['not found'] } });
  });

  it('answers a second delete of the same article with 404', async () => {
    const { slug } = await createArticle(t, author);
    await t.api.delete(`/api/articles/${slug}`).set(author.auth).expect(204);

    const response = await t.api.delete(`/api/articles/${slug}`).set(author.auth).expect(404);

    expect(response.body).toEqual({ errors: { article: ['not found'] } });
  });
});
