import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { routes } from '@conduit/contracts';
import { readPage } from './support/markdown-pages.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('the API documentation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves an OpenAPI 3.1 document that validates against the specification', async () => {
    const { body } = await t.api.get('/api/docs/openapi.json').expect(200);
    const result = await new Validator().validate(body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(body.openapi).toBe('3.1.0');
  });

  it('documents every route of the contracts, each with its method', async () => {
    const { body } = await t.api.get('/api/docs/openapi.json').expect(200);
    for (const route of Object.values(routes)) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      expect(body.paths[path]?.[route.method.toLowerCase()]).toBeDefined();
    }
  });

  it.each([
    ['PUT', '/articles/{slug}'],
    ['DELETE', '/articles/{slug}'],
    ['DELETE', '/articles/{slug}/comments/{id}'],
  ])(
    'documents the 403 of %s %s, which answers it to another user than the author',
    async (method, path) => {
      const { body } = await t.api.get('/api/docs/openapi.json').expect(200);
      expect(Object.keys(body.paths[path][method.toLowerCase()].responses)).toContain('403');
    },
  );

  it('lists every route of the contracts in docs/api.md, the reference in our own words', () => {
    const reference = readPage(join('docs', 'api.md'));
    const missing = Object.values(routes)
      .map((route) => `${route.method} /api${route.path}`)
      .filter((route) => !reference.includes(`| \`${route}`));
    expect(missing).toEqual([]);
  });

  it('serves the interactive page with its scripts from the app itself', async () => {
    const page = await t.api.get('/api/docs').expect(200).expect('Content-Type', /html/);
    expect(page.text).toContain('/api/docs/assets/swagger-ui-bundle.js');
    await t.api.get('/api/docs/assets/swagger-ui-bundle.js').expect(200);
    await t.api
      .get('/api/docs/init.js')
      .expect(200)
      .expect('Content-Type', /javascript/);
  });
});
