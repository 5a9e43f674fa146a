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
  it('prepares the hot read queries on first use and counts them in X-Query-Count', async () => {
    const author = await registerUser(t);
    const { slug } = await createArticle(t, author, { tagList: [uniqueName('prepared')] });

    const tags = await t.api.get('/api/tags').expect(200);
    const article = await t.api.get(`/api/articles/${slug}`).set(author.auth).expect(200);
    const list = await t.api.get('/api/articles?limit=1').expect(200);

    expect(await preparedStatementNames()).toEqual(
      expect.arrayContaining([
        'article_by_slug',
        'article_count',
        'article_page',
        'tags_in_use',
        'user_exists',
      ]),
    );
    expect([queryCount(tags), queryCount(article), queryCount(list)]).toEqual([1, 2, 2]);
  });
});
