import { tooLong } from '@conduit/contracts';
import { loadConfig } from '../src/config/app-config.js';
import { PASSWORD, type SignedIn, startWithAnArticle, uniqueName } from './support/factories.js';
import type { TestApp } from './support/test-app.js';

// A check whose time grows faster than its input lets one request hold the event loop, and every
// other request with it: the email pattern of old took 2 s on 80 KB and minutes on a megabyte. So
// each value below is as long as a body may carry, shaped to make a backtracking pattern retry,
// and must be refused within a bound that is generous for the work (reading a megabyte), while a
// request that arrives meanwhile is answered as promptly.
const PROMPTLY_MS = 2_000;

/** As long as a value can be and still fit in a body under the default `BODY_LIMIT`. */
const HUGE = loadConfig({}).bodyLimitBytes - 1024;

let t: TestApp;
let writer: SignedIn;
let slug: string;
beforeAll(async () => ({ t, author: writer, slug } = await startWithAnArticle()));
afterAll(() => t.close());

async function timed<T>(request: PromiseLike<T>): Promise<{ answer: T; ms: number }> {
  const start = performance.now();
  const answer = await request;
  return { answer, ms: performance.now() - start };
}

const newUser = (fields: object) => ({
  user: {
    username: uniqueName(),
    email: `${uniqueName()}@example.com`,
    password: PASSWORD,
    ...fields,
  },
});
const newArticle = (fields: object) => ({
  article: { title: uniqueName('Title'), description: 'd', body: 'b', ...fields },
});

/** The writer's account and articles, which none of the refused requests may change. */
const writerState = async () => ({
  user: (await t.api.get('/api/user').set(writer.auth)).body.user,
  articles: (await t.api.get('/api/articles').query({ author: writer.user.username })).body,
  tags: (await t.api.get(`/api/articles/${slug}`)).body.article.tagList,
});

describe('a megabyte-long value shaped to make a pattern backtrack', () => {
  it.each([
    [
      'email at registration',
      'post',
      '/api/users',
      newUser({ email: `a@${'.'.repeat(HUGE)} ` }),
      'email',
      254,
    ],
    [
      'email in the settings',
      'put',
      '/api/user',
      { user: { email: `a@${'.'.repeat(HUGE)} ` } },
      'email',
      254,
    ],
    [
      'email at sign-in',
      'post',
      '/api/users/login',
      { user: { email: `${'Ａ'.repeat(HUGE / 3)}`, password: PASSWORD } },
      'email',
      254,
    ],
    [
      'username',
      'post',
      '/api/users',
      newUser({ username: `${'-'.repeat(HUGE)}!` }),
      'username',
      64,
    ],
    [
      'image URL',
      'put',
      '/api/user',
      { user: { image: `http://${'a.'.repeat(HUGE / 2)}` } },
      'image',
      2048,
    ],
    [
      'tag',
      'put',
      '/api/articles/:slug',
      { article: { tagList: [`${' '.repeat(HUGE)}x`] } },
      'tagList',
      64,
    ],
    [
      'title, the slug to be',
      'post',
      '/api/articles',
      newArticle({ title: `${'-'.repeat(HUGE)}!` }),
      'title',
      255,
    ],
  ] as const)(
    'is refused promptly as too long: %s',
    async (_kind, method, path, body, field, max) => {
      const before = await writerState();

      const [refused, health] = await Promise.all([
        timed(t.api[method](path.replace(':slug', slug)).set(writer.auth).send(body)),
        timed(t.api.get('/api/health')),
      ]);

      expect(refused.answer.status).toBe(422);
      expect(refused.answer.body).toEqual({ errors: { [field]: [tooLong(max)] } });
      expect(refused.ms).toBeLessThan(PROMPTLY_MS);
      expect(health.answer.status).toBe(200);
      expect(health.ms).toBeLessThan(PROMPTLY_MS);
      expect(await writerState()).toEqual(before);
    },
  );
});
