import pg from 'pg';
import { createDataSource, migrations } from '../src/database/data-source.js';
import type { RunningDatabase } from '../src/database/embedded-postgres.js';
import { migrate } from '../src/database/migrate.js';
import { startTestDatabase } from './support/test-database.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// An API started on a database that nobody migrated, as production is when `db:migrate` was
// forgotten or has not finished: every route would fail, so the instance must not look ready.
describe('readiness on a database behind the code', () => {
  let database: RunningDatabase;
  let t: TestApp;

  beforeAll(async () => {
    database = await startTestDatabase(process.env.TEST_DATABASE_URL);
    t = await createTestApp({ DATABASE_URL: database.url });
  });

  afterAll(async () => {
    await t.close();
    await database.stop();
  });

  const hasMigrationsTable = async () => {
    const client = new pg.Client(database.url);
    await client.connect();
    try {
      const { rows } = await client.query<{ table: string | null }>(
        "SELECT to_regclass('migrations') AS table",
      );
      return rows[0]?.table !== null;
    } finally {
      await client.end();
    }
  };

  it('answers the readiness probe 503 in the error shape, naming each pending migration', async () => {
    const response = await t.api.get('/api/health');
    expect(response.status).toBe(503);
    expect(response.body).toEqual({
      errors: { migrations: migrations.map((migration) => `${migration.name} is pending`) },
    });
  });

  it('only reads: the probe creates no migrations table', async () => {
    await t.api.get('/api/health').expect(503);
    expect(await hasMigrationsTable()).toBe(false);
  });

  it('answers the liveness probe 200 all the same: a restart would not migrate', async () => {
    const response = await t.api.get('/api/health/live').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('is ready as soon as the migrations have run, without a restart', async () => {
    const dataSource = await createDataSource({ url: database.url, poolSize: 1 }).initialize();
    await migrate(dataSource);
    await dataSource.destroy();

    const response = await t.api.get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', db: 'ok' });
  });

  it('then reads the migrations table no more: each probe costs one statement', async () => {
    await t.api.get('/api/health').expect(200);
    const response = await t.api.get('/api/health').expect(200);
    expect(response.headers['x-query-count']).toBe('1');
  });
});
