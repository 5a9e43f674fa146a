import { ErrorResponse } from '@conduit/contracts';
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

// Input that is valid JSON and valid UTF-8 but still bad: the NUL character (U+0000), which
// PostgreSQL cannot store or compare, must be refused as bad input rather than reach the database
// and come back as a 500; and text that shows nothing is blank.

let t: TestApp;
let author: SignedIn;
let slug: string;
beforeAll(async () => ({ t, author, slug } = await startWithAnArticle()));
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

// Whitespace of every kind and the characters that show nothing (zero-width space, zero-width
// non-joiner and joiner, byte order mark): a reader sees an empty field.
const INVISIBLE = ' \t\n\u00A0\u3000\u200B\u200C\u200D\uFEFF';

describe('text of only whitespace and invisible characters', () => {
  it.each([
    ['title', { title: INVISIBLE }],
    ['description', { description: INVISIBLE }],
    ['body', { body: INVISIBLE }],
    ['tagList', { tagList: ['fine', INVISIBLE] }],
  ])("is a blank article %s: 422 can't be blank, storing nothing", async (field, blank) => {
    const writer = await registerUser(t);

    const response = await t.api
      .post('/api/articles')
      .set(writer.auth)
      .send({ article: { title: uniqueName('Title'), description: 'd', body: 'b', ...blank } })
      .expect(422);

    expect(response.body).toEqual({ errors: { [field]: ["can't be blank"] } });
    expect(await articlesCountBy(t, writer)).toBe(0);
  });

  it("is a blank title in an edit: 422 can't be blank, the article unchanged", async () => {
    const before = await createArticle(t, author);

    const response = await t.api
      .put(`/api/articles/${before.slug}`)
      .set(author.auth)
      .send({ article: { title: INVISIBLE } })
      .expect(422);

    expect(response.body).toEqual({ errors: { title: ["can't be blank"] } });
    const after = await t.api.get(`/api/articles/${before.slug}`).expect(200);
    expect(after.body.article).toEqual(before);
  });

  it("is a blank comment: 422 can't be blank, storing nothing", async () => {
    const { slug: fresh } = await createArticle(t, author);

    const response = await t.api
      .post(`/api/articles/${fresh}/comments`)
      .set(author.auth)
      .send({ comment: { body: INVISIBLE } })
      .expect(422);

    expect(response.body).toEqual({ errors: { body: ["can't be blank"] } });
    const comments = await t.api.get(`/api/articles/${fresh}/comments`).expect(200);
    expect(comments.body.comments).toEqual([]);
  });

  it("is a blank username at registration: 422 can't be blank, storing no user", async () => {
    const email = `${uniqueName()}@example.com`;

    const response = await t.api
      .post('/api/users')
      .send({ user: { username: INVISIBLE, email, password: PASSWORD } })
      .expect(422);

    expect(response.body).toEqual({ errors: { username: ["can't be blank"] } });
    await t.api
      .post('/api/users/login')
      .send({ user: { email, password: PASSWORD } })
      .expect(401);
  });

  it.each(['username', 'email'])(
    "is a blank %s in the settings: 422 can't be blank, the user unchanged",
    async (field) => {
      const { auth, user } = await registerUser(t);

      const response = await t.api
        .put('/api/user')
        .set(auth)
        .send({ user: { [field]: INVISIBLE } })
        .expect(422);

      expect(response.body).toEqual({ errors: { [field]: ["can't be blank"] } });
      const reread = await t.api.get('/api/user').set(auth).expect(200);
      expect(reread.body.user).toEqual(user);
    },
  );

  it('is not blank beside a visible character: the text is stored exactly as sent', async () => {
    const text = {
      title: ` ${uniqueName('Title')}\u200B `,
      description: '\u00A0indented',
      body: '\n\nbody\u200D\n',
    };

    const created = await createArticle(t, author, text);

    const reread = await t.api.get(`/api/articles/${created.slug}`).expect(200);
    expect(reread.body.article).toMatchObject(text);
  });
});
