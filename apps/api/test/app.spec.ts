import { createTestApp, type TestApp } from './support/test-app.js';

describe('the application shell', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports itself and its database healthy', async () => {
    const response = await t.api.get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', db: 'ok' });
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const response = await t.api.get('/api/nothing-here').expect(404);
    expect(response.body).toEqual({ errors: { route: ['not found'] } });
  });

  it('answers malformed JSON with 400 in the error shape', async () => {
    const response = await t.api
      .post('/api/users')
      .set('Content-Type', 'application/json')
      .send('{"user": {"username": ')
      .expect(400);
    expect(response.body).toEqual({ errors: { body: ['is not valid JSON'] } });
  });

  it('answers an over-large body with 413 in the error shape', async () => {
    const huge = JSON.stringify({ user: { username: 'x'.repeat(2 * 1024 * 1024) } });
    const response = await t.api
      .post('/api/users')
      .set('Content-Type', 'application/json')
      .send(huge)
      .expect(413);
    expect(Object.keys(response.body.errors)).toEqual(['body']);
  });

  it('gives every response a request id, and echoes a given one', async () => {
    const fresh = await t.api.get('/api/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t.api.get('/api/health').set('X-Request-Id', 'trace-42');
    expect(given.headers['x-request-id']).toBe('trace-42');
  });

  it('does not announce its framework', async () => {
    const response = await t.api.get('/api/health');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('answers CORS preflights with the headers a RealWorld client needs', async () => {
    const response = await t.api
      .options('/api/articles')
      .set('Origin', 'http://localhost:4100')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type,authorization');
    expect(response.status).toBeLessThan(300);
    expect(response.headers['access-control-allow-origin']).toBeDefined();
    expect(response.headers['access-control-allow-headers']).toMatch(/Authorization/i);
    expect(response.headers['access-control-allow-headers']).toMatch(/Content-Type/i);
  });

  it('tells how many SQL statements a request cost', async () => {
    const response = await t.api.get('/api/tags');
    expect(response.headers['x-query-count']).toBe('1');
  });
});
