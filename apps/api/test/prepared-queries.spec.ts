import { DataSource } from 'typeorm';
import { createArticle, queryCount, registerUser, uniqueName } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The hot read queries run as named prepared statements (common/database/prepared-query.ts), and
// such a statement counts in `X-Query-Count` like any other. One pooled connection, so that the
// statement the request prepared is still to be seen on the connection asked afterwards.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ DB_POOL_SIZE: '1' });
});
afterAll(() => t.close());

/** The statements prepared on the pool's one connection. */
async function preparedStatementNames(): Promise<string[]> {
  const rows = await t.app
    .get(DataSource)
    .query<{ name: string }[]>('SELECT name FROM pg_prepared_statements ORDER BY name');
  return rows.map((row) => row.name);
}

describe('prepared statements', () => {
  it('prepares a hot read query on its first request and counts it in X-Query-Count', async () => {
    const author = await registerUser(t);
    await createArticle(t, author, { tagList: [uniqueName('prepared')] });

    const tags = await t.api.get('/api/tags').expect(200);

    expect(await preparedStatementNames()).toContain('tags_in_use');
    expect(queryCount(tags)).toBe(1);
  });
});
