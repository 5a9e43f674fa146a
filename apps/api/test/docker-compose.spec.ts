import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const readJson = (path: string) => JSON.parse(readFileSync(resolve(repo, path), 'utf8'));

// No Docker engine runs the tests, so `docker compose config` cannot check the file: the
// Compose Specification's own JSON Schema (vendored in tools/compose-spec) does.
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(resolve(repo, 'docker-compose.yml'), 'utf8'));
  // The schema names its meta-schema by an https address Ajv does not know by that name (it has
  // draft-07 under http), and the schema is the spec's own: use it without checking it.
  const validate = new Ajv({ allErrors: true, strict: false, validateSchema: false }).compile(
    readJson('tools/compose-spec/compose-spec.json'),
  );

  it('is valid against the Compose Specification schema', () => {
    const isValid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(isValid).toBe(true);
  });

  it('starts the API only once the database is healthy, and checks the API health endpoint', () => {
    expect(compose.services.db.healthcheck.test).toBeDefined();
    expect(compose.services.api.depends_on.db.condition).toBe('service_healthy');
    expect(compose.services.api.healthcheck.test.join(' ')).toContain('/api/health');
  });

  it('runs the API in production mode with secrets taken from the environment', () => {
    const env = compose.services.api.environment;
    expect(env.NODE_ENV).toBe('production');
    expect(env.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
    expect(env.DATABASE_URL).toContain('@db:5432/');
  });

  it('rejects a file that breaks the schema, so the check can fail', () => {
    expect(validate({ services: { api: { ports: 'not-a-list', depends_on: 42 } } })).toBe(false);
  });
});
