import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from './support/test-app.js';

const INDEX =
  '<!doctype html><title>Conduit</title><script type="module" src="/assets/app.js"></script>';

/** The API serving a built SPA (`pnpm build`), as in production: one port for both. */
describe('the built SPA, served by the API', () => {
  let t: TestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = await mkdtemp(join(tmpdir(), 'conduit-web-dist-'));
    await mkdir(join(webDist, 'assets'));
    await writeFile(join(webDist, 'index.html'), INDEX);
    await writeFile(join(webDist, 'assets', 'app.js'), 'console.log("conduit");');
    t = await createTestApp({}, { webDist });
  });
  afterAll(async () => {
    await t.close();
    await rm(webDist, { recursive: true });
  });

  it('answers the home page with index.html and the security headers', async () => {
    const response = await t.api.get('/').set('Accept', 'text/html').expect(200);
    expect(response.text).toBe(INDEX);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it("answers a client route with index.html, so that a reload keeps the user's page", async () => {
    const response = await t.api.get('/article/some-slug').set('Accept', 'text/html').expect(200);
    expect(response.text).toBe(INDEX);
  });

  it('serves the built files', async () => {
    const response = await t.api.get('/assets/app.js').expect(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.text).toBe('console.log("conduit");');
  });

  it('answers a missing file that is not a page with 404', async () => {
    await t.api.get('/assets/missing.png').set('Accept', 'image/png').expect(404);
  });

  it('leaves API paths to the API: an unknown one is a 404 in the error shape, not the page', async () => {
    const response = await t.api.get('/api/no-such-thing').set('Accept', 'text/html').expect(404);
    expect(response.body).toEqual({ errors: { route: ['not found'] } });
  });

  it('still answers the API', async () => {
    const response = await t.api.get('/api/tags').expect(200);
    expect(response.body).toHaveProperty('tags');
  });
});
