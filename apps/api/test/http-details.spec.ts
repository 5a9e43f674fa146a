import { ArticleResponse } from '@conduit/contracts';
import {
  articlesCountBy,
  createArticle,
  favorite,
  registerUser,
  type SignedIn,
  uniqueName,
} from './support/factories.js';
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

describe('the charset of a JSON body', () => {
  const article = () =>
    JSON.stringify({ article: { title: uniqueName('Café'), description: 'd', body: 'b' } });

  // The charset declared decides, whatever the bytes: a client that says Latin-1 means it.
  it.each(['iso-8859-1', 'utf-16', '"UTF-16LE"'])(
    'refuses charset=%s with 415 in the error shape, storing nothing',
    async (charset) => {
      const writer = await registerUser(t);

      const response = await t.api
        .post('/api/articles')
        .set(writer.auth)
        .set('Content-Type', `application/json; charset=${charset}`)
        .send(article())
        .expect(415);

      expect(response.body).toEqual({ errors: { body: ['must be encoded in UTF-8'] } });
      expect(await articlesCountBy(t, writer)).toBe(0);
    },
  );

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'application/json;charset=UTF-8',
  ])('reads a body sent as %s', async (contentType) => {
    const response = await t.api
      .post('/api/articles')
      .set(reader.auth)
      .set('Content-Type', contentType)
      .send(article())
      .expect(201);

    expect(response.body.article.title).toMatch(/^Café/);
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
