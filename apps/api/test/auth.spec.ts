import { createArticle, registerUser, type SignedIn, uniqueName } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import {
  expiredToken,
  signToken,
  unsignedToken,
  UNKNOWN_USER_ID,
  userIdOf,
} from './support/tokens.js';

let t: TestApp;
let alice: SignedIn;
let slug: string;
beforeAll(async () => {
  t = await createTestApp();
  alice = await registerUser(t);
  slug = (await createArticle(t, alice)).slug;
});
afterAll(() => t.close());

type Method = 'get' | 'post' | 'put' | 'delete';
/** Fills `:username` and `:slug` with this file's user and article. */
const withParams = (path: string) =>
  path.replace(':username', alice.user.username).replace(':slug', slug);
const MISSING = { errors: { token: ['is missing'] } };
const INVALID = { errors: { token: ['is invalid'] } };

describe('the Authorization header', () => {
  it.each(['Token', 'Bearer'])('accepts the %s scheme', async (scheme) => {
    const response = await t.api
      .get('/api/user')
      .set('Authorization', `${scheme} ${alice.token}`)
      .expect(200);

    expect(response.body.user.username).toBe(alice.user.username);
  });

  // The control for the refusals below: a token made the way they are, but with nothing wrong.
  it('accepts a token signed like its own: HS256, its secret, an existing user, unexpired', async () => {
    const token = signToken({ sub: userIdOf(alice.token) });

    const response = await t.api
      .get('/api/user')
      .set('Authorization', `Token ${token}`)
      .expect(200);

    expect(response.body.user.username).toBe(alice.user.username);
  });

  it.each([
    ['an unknown scheme', () => `Basic ${alice.token}`],
    ['a scheme without a token', () => 'Token'],
    ['a token that is not a JWT', () => 'Token not-a-jwt'],
    [
      'a token signed with another secret',
      () => `Token ${signToken({ sub: userIdOf(alice.token) }, 'x'.repeat(40))}`,
    ],
    [
      'an unsigned token (alg: none)',
      () => `Token ${unsignedToken({ sub: userIdOf(alice.token) })}`,
    ],
    ['an expired token', () => `Token ${expiredToken(userIdOf(alice.token))}`],
    [
      'a token from another issuer',
      () => `Token ${signToken({ sub: userIdOf(alice.token), iss: 'someone-else' })}`,
    ],
    [
      'a token for another audience',
      () => `Token ${signToken({ sub: userIdOf(alice.token), aud: 'another-app' })}`,
    ],
    ['a token without a user id', () => `Token ${signToken({})}`],
    ['a token whose user id is not a number', () => `Token ${signToken({ sub: 'alice' })}`],
    [
      'a token for a user that does not exist',
      () => `Token ${signToken({ sub: UNKNOWN_USER_ID })}`,
    ],
  ])('answers %s with 401 token is invalid', async (_, header) => {
    const response = await t.api.get('/api/user').set('Authorization', header()).expect(401);

    expect(response.body).toEqual(INVALID);
  });
});

describe('endpoints that require a token', () => {
  const required: Array<[Method, string]> = [
    ['get', '/api/user'],
    ['put', '/api/user'],
    ['post', '/api/profiles/:username/follow'],
    ['delete', '/api/profiles/:username/follow'],
    ['get', '/api/articles/feed'],
    ['post', '/api/articles'],
    ['put', '/api/articles/:slug'],
    ['delete', '/api/articles/:slug'],
    ['post', '/api/articles/:slug/favorite'],
    ['delete', '/api/articles/:slug/favorite'],
    ['post', '/api/articles/:slug/comments'],
    ['delete', '/api/articles/:slug/comments/1'],
  ];

  it.each(required)('%s %s answers 401 token is missing without a token', async (method, path) => {
    const response = await t.api[method](withParams(path)).expect(401);

    expect(response.body).toEqual(MISSING);
  });

  it.each(required)('%s %s answers 401 token is invalid with a bad token', async (method, path) => {
    const response = await t.api[method](withParams(path))
      .set('Authorization', 'Token not-a-jwt')
      .expect(401);

    expect(response.body).toEqual(INVALID);
  });

  it('checks the token before the article exists: an unknown slug without a token is a 401', async () => {
    const response = await t.api
      .put('/api/articles/no-such-article')
      .send({ article: {} })
      .expect(401);

    expect(response.body).toEqual(MISSING);
  });
});

describe('endpoints where a token is optional', () => {
  const optional = [
    '/api/profiles/:username',
    '/api/articles',
    '/api/articles/:slug',
    '/api/articles/:slug/comments',
  ];

  it.each(optional)('GET %s answers an anonymous caller with 200', async (path) => {
    await t.api.get(withParams(path)).expect(200);
  });

  it.each(optional)(
    'GET %s answers a present but invalid token with 401, not as anonymous',
    async (path) => {
      const response = await t.api
        .get(withParams(path))
        .set('Authorization', `Token ${expiredToken(userIdOf(alice.token))}`)
        .expect(401);

      expect(response.body).toEqual(INVALID);
    },
  );
});

describe('a validly signed token for a user that does not exist', () => {
  const ghost = () => ({ Authorization: `Token ${signToken({ sub: UNKNOWN_USER_ID })}` });

  it('is refused on the feed with 401, not answered with an empty feed', async () => {
    const response = await t.api.get('/api/articles/feed').set(ghost());

    expect(response.status).toBe(401);
    expect(response.body).toEqual(INVALID);
  });

  it('is refused where a token is optional with 401, not treated as anonymous', async () => {
    const response = await t.api.get(`/api/articles/${slug}`).set(ghost());

    expect(response.status).toBe(401);
    expect(response.body).toEqual(INVALID);
  });

  it('cannot publish an article, and nothing is stored', async () => {
    const title = uniqueName('ghost'); // "ghost_1a2b3c4d5e", whose slug is "ghost-1a2b3c4d5e"

    const response = await t.api
      .post('/api/articles')
      .set(ghost())
      .send({ article: { title, description: 'd', body: 'b', tagList: [] } })
      .expect(401);

    expect(response.body).toEqual(INVALID);
    await t.api.get(`/api/articles/${title.replace('_', '-')}`).expect(404);
  });

  it('cannot follow anyone', async () => {
    const response = await t.api
      .post(`/api/profiles/${alice.user.username}/follow`)
      .set(ghost())
      .expect(401);

    expect(response.body).toEqual(INVALID);
  });

  it('cannot favorite an article, and the count stays 0', async () => {
    const { slug: fresh } = await createArticle(t, alice);

    const response = await t.api.post(`/api/articles/${fresh}/favorite`).set(ghost()).expect(401);

    expect(response.body).toEqual(INVALID);
    const reread = await t.api.get(`/api/articles/${fresh}`).expect(200);
    expect(reread.body.article.favoritesCount).toBe(0);
  });

  it('cannot comment, and no comment is stored', async () => {
    const { slug: fresh } = await createArticle(t, alice);

    const response = await t.api
      .post(`/api/articles/${fresh}/comments`)
      .set(ghost())
      .send({ comment: { body: 'Boo' } })
      .expect(401);

    expect(response.body).toEqual(INVALID);
    const comments = await t.api.get(`/api/articles/${fresh}/comments`).expect(200);
    expect(comments.body.comments).toEqual([]);
  });
});
