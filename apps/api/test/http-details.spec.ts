import { ArticleResponse } from '@conduit/contracts';
import { createArticle, favorite, registerUser, type SignedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * What RealWorld clients rely on at the HTTP level, which Express did by default and Fastify is
 * told to do in `create-app.ts` and `body-parsers.ts` (docs/decisions/009-fastify.md).
 */
let t: TestApp;
let reader: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  reader = await registerUser(t);
});
afterAll(() => t.close());

describe('an empty body sent as JSON', () => {
  it('is no body on a DELETE, as the RealWorld Postman collection sends it', async () => {
    const author = await registerUser(t);
    const { slug } = await createArticle(t, author);
    await favorite(t, reader, slug);

    const response = await t.api
      .delete(`/api/articles/${slug}/favorite`)
      .set(reader.auth)
      .set('Content-Type', 'application/json')
      .expect(200);

    expect(ArticleResponse.parse(response.body).article).toMatchObject({
      favorited: false,
      favoritesCount: 0,
    });
  });

  it('is a missing body where one is needed: 422, not 400', async () => {
    const response = await t.api
      .post('/api/users')
      .set('Content-Type', 'application/json')
      .send('')
      .expect(422);

    expect(response.body).toEqual({ errors: { body: ["can't be blank"] } });
  });
});

it('refuses a JSON body with a __proto__ key with 400, as malformed JSON', async () => {
  const response = await t.api
    .post('/api/users/login')
    .set('Content-Type', 'application/json')
    .send('{"user": {"__proto__": {"isAdmin": true}, "email": "a@b.c", "password": "x"}}')
    .expect(400);

  expect(response.body).toEqual({ errors: { body: ['is not valid JSON'] } });
});

it('ignores a trailing slash: /api/tags/ is /api/tags', async () => {
  const response = await t.api.get('/api/tags/').expect(200);
  expect(response.body).toHaveProperty('tags');
});
