import { createTestApp, type TestApp } from './support/test-app.js';

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ CORS_ORIGINS: 'https://allowed.example' });
  });
  afterAll(() => t.close());

  it('send a Content-Security-Policy that allows scripts from our own origin only', async () => {
    const response = await t.api.get('/api/health');
    const policy = response.headers['content-security-policy'];
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('let a page show every image a user may set: any http or https URL', async () => {
    const response = await t.api.get('/api/health');
    const imgSrc = /img-src ([^;]*)/.exec(response.headers['content-security-policy'] ?? '');
    expect(imgSrc?.[1]?.split(' ')).toEqual(expect.arrayContaining(['https:', 'http:']));
  });

  it("send helmet's other protections", async () => {
    const response = await t.api.get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
  });

  it('allow a listed origin across origins, with the headers a client sends', async () => {
    const response = await t.api
      .options('/api/articles')
      .set('Origin', 'https://allowed.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(response.headers['access-control-allow-origin']).toBe('https://allowed.example');
    expect(response.headers['access-control-allow-headers']).toMatch(/Authorization/);
  });

  it('give an unlisted origin no permission to read the answer', async () => {
    const response = await t.api.get('/api/tags').set('Origin', 'https://evil.example');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
