import { pathTo, routes } from '@conduit/contracts';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * A client served from another origin (a RealWorld front end on its own port, or our SPA built with
 * `VITE_API_URL`) can call every route: the browser asks first with a preflight (`OPTIONS`) for
 * each method other than GET, HEAD and POST, and caches the answer for `Access-Control-Max-Age`.
 */
const ALLOWED = 'http://localhost:4300';
const FOREIGN = 'https://evil.example';
const TEN_MINUTES = '600';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ CORS_ORIGINS: ALLOWED, BODY_LIMIT: '1kb' });
});
afterAll(() => t.close());

const preflight = (path: string, method: string, origin: string) =>
  t.api
    .options(path)
    .set('Origin', origin)
    .set('Access-Control-Request-Method', method)
    .set('Access-Control-Request-Headers', 'authorization,content-type');

const everyRoute = Object.entries(routes).map(([name, route]) => ({
  name,
  method: route.method,
  path: `/api${pathTo(route.path, { username: 'jane', slug: 'an-article', id: 1 })}`,
}));

describe.each(everyRoute)('a preflight for $name ($method $path)', ({ method, path }) => {
  it('is allowed from a listed origin, and cached for 10 minutes', async () => {
    const response = await preflight(path, method, ALLOWED).expect(204);
    expect(response.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(response.headers['access-control-allow-methods']?.split(', ')).toContain(method);
    expect(response.headers['access-control-allow-headers']).toBe(
      'Content-Type, Authorization, X-Request-Id',
    );
    expect(response.headers['access-control-max-age']).toBe(TEN_MINUTES);
  });

  it('gives any other origin no permission', async () => {
    const response = await preflight(path, method, FOREIGN);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('an OPTIONS request that is not a preflight', () => {
  it.each([
    { name: 'no Origin', send: () => t.api.options('/api/user') },
    { name: 'no method asked for', send: () => t.api.options('/api/user').set('Origin', FOREIGN) },
  ])('($name) gets an empty 204 that allows no origin', async ({ send }) => {
    const response = await send().expect(204);
    expect(response.text).toBe('');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('an error answer to a listed origin', () => {
  it.each([
    { status: 401, send: () => t.api.put('/api/user').send({ user: { bio: 'x' } }) },
    { status: 404, send: () => t.api.get('/api/articles/no-such-article') },
    { status: 422, send: () => t.api.post('/api/users').send({ user: {} }) },
    { status: 413, send: () => t.api.post('/api/users').send({ user: { bio: 'x'.repeat(2048) } }) },
  ])(
    '$status keeps the CORS headers, so the client can read the error',
    async ({ status, send }) => {
      const response = await send().set('Origin', ALLOWED).expect(status);
      expect(response.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(response.headers['access-control-expose-headers']).toBe(
        'X-Request-Id, X-Query-Count, Server-Timing',
      );
    },
  );
});
