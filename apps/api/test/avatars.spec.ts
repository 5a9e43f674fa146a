import { DataSource } from 'typeorm';
import { demoUsers } from '../src/database/seed/demo-content.js';
import { addComment, createArticle, registerUser } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The demo users' avatars are the API's own files, and every answer names them by an absolute URL
 * on `PUBLIC_URL` that a page of any origin may load (`Cross-Origin-Resource-Policy: cross-origin`).
 */
const PUBLIC_URL = 'https://conduit.example.org';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL });
});
afterAll(() => t.close());

const seededImages = demoUsers.flatMap(({ image }) => (image ? [image] : []));

describe("the API's own images", () => {
  it.each(seededImages)('serves %s as an SVG that other origins may load', async (path) => {
    const response = await t.api.get(path).expect(200);
    expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('leaves every other answer to its own origin', async () => {
    const response = await t.api.get('/api/health').expect(200);
    expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('answers an unknown image with a 404', async () => {
    await t.api.get('/api/avatars/nobody.svg').expect(404);
  });
});

describe('an image stored as a path on the API', () => {
  it('is an absolute URL on PUBLIC_URL in every answer that shows it', async () => {
    const author = await registerUser(t);
    const path = '/api/avatars/pg_priya.svg';
    await t.app
      .get(DataSource)
      .query('UPDATE users SET image = $1 WHERE username = $2', [path, author.user.username]);
    const { slug } = await createArticle(t, author);
    await addComment(t, author, slug);
    const absolute = `${PUBLIC_URL}${path}`;

    const user = await t.api.get('/api/user').set(author.auth).expect(200);
    expect(user.body.user.image).toBe(absolute);
    const profile = await t.api.get(`/api/profiles/${author.user.username}`).expect(200);
    expect(profile.body.profile.image).toBe(absolute);
    const article = await t.api.get(`/api/articles/${slug}`).expect(200);
    expect(article.body.article.author.image).toBe(absolute);
    const list = await t.api.get('/api/articles').query({ author: author.user.username });
    expect(list.body.articles[0].author.image).toBe(absolute);
    const comments = await t.api.get(`/api/articles/${slug}/comments`).expect(200);
    expect(comments.body.comments[0].author.image).toBe(absolute);
  });
});
