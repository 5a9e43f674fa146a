import {
  createArticle,
  PASSWORD,
  registerUser,
  type SignedIn,
  uniqueName,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Requests that race each other. The database's constraints decide (unique indexes, one favorite
// per user and article, a count kept in the same transaction), so every outcome here is exact.

// Each registration is an argon2id hash (7 MiB, about 20 ms of CPU); the tests that register 10 or 20 users at once
// give a busy machine more time than the default.
const MANY_HASHES_TIMEOUT = 90_000;

let t: TestApp;
let author: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  author = await registerUser(t);
});
afterAll(() => t.close());

const times = <T>(count: number, make: (index: number) => Promise<T>) =>
  Promise.all(Array.from({ length: count }, (_, index) => make(index)));

describe('concurrent requests', () => {
  it(
    'register the same user 10 times at once: exactly one 201, the rest 409',
    async () => {
      const username = uniqueName();
      const user = { username, email: `${username}@example.com`, password: PASSWORD };

      const responses = await times(10, () => t.api.post('/api/users').send({ user }));

      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([201, ...Array<number>(9).fill(409)]);
      // Refused by the check before the insert (both fields named) or by the unique index (one).
      for (const response of responses.filter((r) => r.status === 409)) {
        const { errors } = response.body;
        expect(errors.username ?? errors.email).toEqual(['has already been taken']);
      }
    },
    MANY_HASHES_TIMEOUT,
  );

  it(
    'favorite one article by 20 users at once: favoritesCount is exactly 20',
    async () => {
      const { slug } = await createArticle(t, author);
      const fans = await times(20, () => registerUser(t));

      const responses = await times(20, (i) =>
        t.api.post(`/api/articles/${slug}/favorite`).set(fans[i]!.auth),
      );

      expect(responses.map((response) => response.status)).toEqual(Array<number>(20).fill(200));
      const article = await t.api.get(`/api/articles/${slug}`).expect(200);
      expect(article.body.article.favoritesCount).toBe(20);
    },
    MANY_HASHES_TIMEOUT,
  );

  it('favorite one article 10 times at once by the same user: favoritesCount is 1', async () => {
    const { slug } = await createArticle(t, author);
    const fan = await registerUser(t);

    const responses = await times(10, () =>
      t.api.post(`/api/articles/${slug}/favorite`).set(fan.auth),
    );

    expect(responses.map((response) => response.status)).toEqual(Array<number>(10).fill(200));
    const article = await t.api.get(`/api/articles/${slug}`).set(fan.auth).expect(200);
    expect(article.body.article).toMatchObject({ favorited: true, favoritesCount: 1 });
  });

  it('unfavorite 10 times at once by the same user: favoritesCount goes back to 0, not below', async () => {
    const { slug } = await createArticle(t, author);
    const fan = await registerUser(t);
    await t.api.post(`/api/articles/${slug}/favorite`).set(fan.auth).expect(200);

    const responses = await times(10, () =>
      t.api.delete(`/api/articles/${slug}/favorite`).set(fan.auth),
    );

    expect(responses.map((response) => response.status)).toEqual(Array<number>(10).fill(200));
    const article = await t.api.get(`/api/articles/${slug}`).expect(200);
    expect(article.body.article.favoritesCount).toBe(0);
  });

  it('publish 5 articles with the same title at once: all 201, with 5 different slugs', async () => {
    const title = uniqueName('Popular title');

    const responses = await times(5, () =>
      t.api
        .post('/api/articles')
        .set(author.auth)
        .send({ article: { title, description: 'd', body: 'b' } }),
    );

    expect(responses.map((response) => response.status)).toEqual(Array<number>(5).fill(201));
    const slugs = new Set(responses.map((response) => response.body.article.slug));
    expect(slugs.size).toBe(5);
  });

  it('follow the same user 10 times at once: all 200, following once', async () => {
    const reader = await registerUser(t);
    const followed = await registerUser(t);
    const path = `/api/profiles/${followed.user.username}/follow`;

    const responses = await times(10, () => t.api.post(path).set(reader.auth));

    expect(responses.map((response) => response.status)).toEqual(Array<number>(10).fill(200));
    await t.api.delete(path).set(reader.auth).expect(200);
    const profile = await t.api.get(`/api/profiles/${followed.user.username}`).set(reader.auth);
    expect(profile.body.profile.following).toBe(false);
  });
});
