import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from '../src/database/data-source.js';
import { type RunningDatabase, startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { migrate } from '../src/database/migrate.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// A database of its own, so that stopping it mid-run disturbs no other test file.
describe('when the database goes away', () => {
  let dataDir: string;
  let database: RunningDatabase;
  let port: number;
  let t: TestApp;

  const start = (fixedPort?: number) =>
    startEmbeddedPostgres({ dataDir, port: fixedPort, log: () => {} });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'conduit-faults-'));
    database = await start();
    port = Number(new URL(database.url).port);
    const dataSource = await createDataSource({ url: database.url, poolSize: 1 }).initialize();
    await migrate(dataSource);
    await dataSource.destroy();
    t = await createTestApp({ DATABASE_URL: database.url });
    await t.api.get('/api/tags').expect(200);
    await database.stop();
  }, 120_000); // creates and starts a cluster of its own: over 30 s on a busy two-core machine

  afterAll(async () => {
    await t.close();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('says so in the readiness probe, in the error shape, naming the part that failed', async () => {
    const response = await t.api.get('/api/health');
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ errors: { database: ['unavailable: try again shortly'] } });
  });

  it('stays alive for the liveness probe: restarting the API would not bring the database back', async () => {
    const response = await t.api.get('/api/health/live').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers requests with 503 in the error shape, not a 500 or a hang', async () => {
    const response = await t.api.get('/api/articles');
    expect(response.status).toBe(503);
    expect(Object.keys(response.body.errors)).toEqual(['database']);
  });

  it('recovers by itself when the database is back', async () => {
    database = await start(port);
    // The pool drops its dead connections as it meets them: allow a few attempts.
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt += 1) {
      status = (await t.api.get('/api/articles')).status;
    }
    expect(status).toBe(200);
    await t.api.get('/api/health').expect(200);
  }, 60_000); // restarts PostgreSQL
});
