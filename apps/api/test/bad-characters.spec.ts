import { ErrorResponse } from '@conduit/contracts';
import {
  createArticle,
  PASSWORD,
  registerUser,
  type SignedIn,
  uniqueName,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Input that is valid JSON and valid UTF-8 but that PostgreSQL cannot store or compare: the NUL
// character (U+0000) is refused in every text value. It must be refused as bad input, not reach
// the database and come back as a 500.

let t: TestApp;
let author: SignedIn;
let slug: string;
beforeAll(async () => {
  t = await createTestApp();
  author = await registerUser(t);
  slug = (await createArticle(t, author)).slug;
});
afterAll(() => t.close());

const NUL = '\u0000';

describe('a NUL character', () => {
  it('in the email at registration is a 422 naming the field', async () => {
    const response = await t.api.post('/api/users').send({
      user: { username: uniqueName(), email: `a${NUL}b@example.com`, password: PASSWORD },
    });

    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors)).toEqual(['email']);
  });

  it("in an article's title is a 422 naming the field", async () => {
    const response = await t.api
      .post('/api/articles')
      .set(author.auth)
      .send({ article: { title: `a${NUL}b`, description: 'd', body: 'b' } });

    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors)).toEqual(['title']);
  });

  it("in a comment's body is a 422 naming the field", async () => {
    const response = await t.api
      .post(`/api/articles/${slug}/comments`)
      .set(author.auth)
      .send({ comment: { body: `a${NUL}b` } });

    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors)).toEqual(['body']);
  });

  it('in a bio is a 422 naming the field', async () => {
    const response = await t.api
      .put('/api/user')
      .set(author.auth)
      .send({ user: { bio: `a${NUL}b` } });

    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors)).toEqual(['bio']);
  });

  it.each([
    ['/api/articles/a%00b', 'article'],
    ['/api/profiles/a%00b', 'profile'],
  ])('in the path %s is a 404: no %s has such a name', async (path, resource) => {
    const response = await t.api.get(path);

    expect(response.status).toBe(404);
    expect(response.body).toEqual({ errors: { [resource]: ['not found'] } });
  });

  it('in a filter is a 422 naming the filter', async () => {
    const response = await t.api.get('/api/articles?tag=a%00b');

    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors)).toEqual(['tag']);
  });
});

describe('a malformed percent-encoding in the path', () => {
  it('is a 400 in the error shape that does not blame the body', async () => {
    const response = await t.api.get('/api/articles/100%');

    expect(response.status).toBe(400);
    expect(ErrorResponse.parse(response.body).errors).not.toHaveProperty('body');
  });
});
