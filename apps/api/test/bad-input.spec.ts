import { randomUUID } from 'node:crypto';
import { LoggedRequestResponse } from '@conduit/contracts';
import {
  articlesCountBy,
  createArticle,
  PASSWORD,
  registerUser,
  type SignedIn,
  startWithAnArticle,
  uniqueName,
} from './support/factories.js';
import type { TestApp } from './support/test-app.js';

let t: TestApp;
let author: SignedIn;
let slug: string;
beforeAll(async () => ({ t, author, slug } = await startWithAnArticle()));
afterAll(() => t.close());

const validArticle = () => ({ title: uniqueName('Title'), description: 'd', body: 'b' });

/** Every route that reads a body: each refuses a bad one before it changes anything. */
const WRITE_ROUTES = [
  ['post', '/api/users'],
  ['post', '/api/users/login'],
  ['put', '/api/user'],
  ['post', '/api/articles'],
  ['put', '/api/articles/:slug'],
  ['post', '/api/articles/:slug/comments'],
] as const;

/**
 * Sends `body` as JSON text to a write route as the author, then checks that it changed nothing:
 * every statement it ran (as the dev panel kept them) is a read, and the author's user, article,
 * comments and list read the same as before.
 */
async function sendChangingNothing(
  method: (typeof WRITE_ROUTES)[number][0],
  path: string,
  body: string,
) {
  const before = await authorsData();
  const id = randomUUID();

  const response = await t.api[method](path.replace(':slug', slug))
    .set(author.auth)
    .set('X-Request-Id', id)
    .set('Content-Type', 'application/json')
    .send(body);

  const logged = await t.api.get(`/api/_dev/requests/${id}`).expect(200);
  const { statements } = LoggedRequestResponse.parse(logged.body).request;
  expect(statements.filter((statement) => !statement.sql.startsWith('SELECT'))).toEqual([]);
  expect(await authorsData()).toEqual(before);
  return response;
}

/** Everything of the author's that a refused write could have changed, read through the API. */
async function authorsData() {
  const reads = await Promise.all([
    t.api.get('/api/user').set(author.auth),
    t.api.get(`/api/articles/${slug}`).set(author.auth),
    t.api.get(`/api/articles/${slug}/comments`),
    t.api.get('/api/articles').query({ author: author.user.username }),
  ]);
  return reads.map((read) => read.body);
}

// Bodies that are not a JSON object. Malformed JSON is a 400. Valid JSON of another kind is refused
// like `{"user": 5}`, with a 422 naming what is wrong; `null` is blank, as it is for any field, and
// so is an empty body.
const BAD_BODIES = [
  {
    shown: 'malformed JSON',
    text: '{"article": {"title": "unfin',
    status: 400,
    message: 'is not valid JSON',
  },
  { shown: 'an empty body', text: '', status: 422, message: "can't be blank" },
  { shown: 'null', text: 'null', status: 422, message: "can't be blank" },
  { shown: 'false', text: 'false', status: 422, message: 'must be an object' },
  { shown: '0', text: '0', status: 422, message: 'must be an object' },
  { shown: '42', text: '42', status: 422, message: 'must be an object' },
  { shown: 'an empty string', text: '""', status: 422, message: 'must be an object' },
  { shown: 'a string', text: '"text"', status: 422, message: 'must be an object' },
  { shown: 'true', text: 'true', status: 422, message: 'must be an object' },
  { shown: 'an empty array', text: '[]', status: 422, message: 'must be an object' },
  {
    shown: 'an array of objects',
    text: '[{"title": "T"}]',
    status: 422,
    message: 'must be an object',
  },
];

describe('a body that is not a JSON object', () => {
  it.each(
    WRITE_ROUTES.flatMap(([method, path]) => BAD_BODIES.map((body) => ({ method, path, ...body }))),
  )(
    '$method $path answers $shown with $status body: [$message], changing nothing',
    async ({ method, path, text, status, message }) => {
      const response = await sendChangingNothing(method, path, text);

      expect(response.status).toBe(status);
      expect(response.body).toEqual({ errors: { body: [message] } });
    },
  );
});

describe('bodies of the wrong shape', () => {
  it.each([
    ['an empty object', {}, { user: ["can't be blank"] }],
    ['an array for the envelope', { user: [] }, { user: ['must be an object'] }],
    ['a string for the envelope', { user: 'jane' }, { user: ['must be an object'] }],
    ['the wrong envelope', { article: { username: 'jane' } }, { user: ["can't be blank"] }],
  ])('answers %s with 422 naming what is wrong', async (_, body, errors) => {
    const response = await t.api
      .post('/api/users')
      .send(body as object)
      .expect(422);

    expect(response.body).toEqual({ errors });
  });

  it('answers a body that is not JSON at all with 422, as if it were missing', async () => {
    const response = await t.api
      .post('/api/articles')
      .set(author.auth)
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({ article: validArticle() }))
      .expect(422);

    expect(response.body).toEqual({ errors: { body: ["can't be blank"] } });
  });
});

describe('fields of the wrong type', () => {
  it.each([42, true, { first: 'jane' }, ['jane']])(
    'refuses a username of %p with 422 must be a string, storing no user',
    async (username) => {
      const email = `${uniqueName()}@example.com`;

      const response = await t.api
        .post('/api/users')
        .send({ user: { username, email, password: PASSWORD } })
        .expect(422);

      expect(response.body).toEqual({ errors: { username: ['must be a string'] } });
      await t.api
        .post('/api/users/login')
        .send({ user: { email, password: PASSWORD } })
        .expect(401);
    },
  );

  it.each([
    ['title', 42],
    ['description', false],
    ['body', { markdown: 'b' }],
    ['tagList', 'one,two'],
    ['tagList', [1, 2]],
    ['tagList', { 0: 'a' }],
  ])(
    'refuses an article whose %s is %p with 422 naming it, storing nothing',
    async (field, value) => {
      const writer = await registerUser(t);

      const response = await t.api
        .post('/api/articles')
        .set(writer.auth)
        .send({ article: { ...validArticle(), [field]: value } })
        .expect(422);

      expect(Object.keys(response.body.errors)).toEqual([field]);
      expect(await articlesCountBy(t, writer)).toBe(0);
    },
  );

  it.each([
    ['bio', 42],
    ['image', ['/a.png']],
    ['email', true],
  ])('refuses a user update whose %s is %p with 422 naming it', async (field, value) => {
    const response = await t.api
      .put('/api/user')
      .set(author.auth)
      .send({ user: { [field]: value } })
      .expect(422);

    expect(Object.keys(response.body.errors)).toEqual([field]);
  });

  it('refuses a comment whose body is a number with 422, storing nothing', async () => {
    const { slug: fresh } = await createArticle(t, author);

    const response = await t.api
      .post(`/api/articles/${fresh}/comments`)
      .set(author.auth)
      .send({ comment: { body: 42 } })
      .expect(422);

    expect(response.body).toEqual({ errors: { body: ['must be a string'] } });
    const comments = await t.api.get(`/api/articles/${fresh}/comments`);
    expect(comments.body.comments).toEqual([]);
  });

  it('refuses a filter given twice with 422', async () => {
    const response = await t.api.get('/api/articles?tag=a&tag=b').expect(422);

    expect(response.body).toEqual({ errors: { tag: ['must be given once'] } });
  });
});

describe('values at and over the limits', () => {
  it('accepts a username of 64 characters and refuses one of 65', async () => {
    const name = (length: number) => uniqueName('u').padEnd(length, 'x');

    await registerUser(t, { username: name(64), email: `${uniqueName()}@example.com` });
    const response = await t.api
      .post('/api/users')
      .send({
        user: { username: name(65), email: `${uniqueName()}@example.com`, password: PASSWORD },
      })
      .expect(422);

    expect(response.body).toEqual({
      errors: { username: ['is too long (maximum is 64 characters)'] },
    });
  });

  it('refuses an email over 254 characters', async () => {
    const email = `${'x'.repeat(250)}@example.com`;

    const response = await t.api
      .post('/api/users')
      .send({ user: { username: uniqueName(), email, password: PASSWORD } })
      .expect(422);

    expect(response.body.errors.email).toContain('is too long (maximum is 254 characters)');
  });

  it.each([
    ['title', { title: 'T'.repeat(256) }, 'is too long (maximum is 255 characters)'],
    ['tagList', { tagList: ['t'.repeat(65)] }, 'is too long (maximum is 64 characters)'],
  ])(
    'refuses an article whose %s is over its limit, storing nothing',
    async (field, overLimit, message) => {
      const writer = await registerUser(t);

      const response = await t.api
        .post('/api/articles')
        .set(writer.auth)
        .send({ article: { ...validArticle(), ...overLimit } })
        .expect(422);

      expect(response.body).toEqual({ errors: { [field]: [message] } });
      expect(await articlesCountBy(t, writer)).toBe(0);
    },
  );

  it('accepts a title of 255 characters and a tag of 64', async () => {
    const article = {
      ...validArticle(),
      title: uniqueName('T').padEnd(255, 't'),
      tagList: [uniqueName('t').padEnd(64, 'x')],
    };

    const response = await t.api
      .post('/api/articles')
      .set(author.auth)
      .send({ article })
      .expect(201);

    expect(response.body.article).toMatchObject(article);
  });

  it('answers a slug of 10,000 characters with 404 article not found', async () => {
    const response = await t.api.get(`/api/articles/${'a'.repeat(10_000)}`).expect(404);

    expect(response.body).toEqual({ errors: { article: ['not found'] } });
  });

  it('answers a body over 1 MB with 413, storing nothing', async () => {
    const writer = await registerUser(t);
    const article = { ...validArticle(), body: 'x'.repeat(1024 * 1024 + 1) };

    const response = await t.api
      .post('/api/articles')
      .set(writer.auth)
      .send({ article })
      .expect(413);

    expect(response.body).toEqual({ errors: { body: ['is too large'] } });
    expect(await articlesCountBy(t, writer)).toBe(0);
  });
});
