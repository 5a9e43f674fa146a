import pg from 'pg';
import {
  findArticle,
  listArticles,
  listComments,
  listTags,
  userExists,
} from './baseline-queries.js';

// The baseline is the benchmark's yardstick only if it is as fast as an expert would make it: every
// statement it sends is a named prepared statement. PostgreSQL lists a connection's prepared
// statements in `pg_prepared_statements`, so one connection asks every question, then reads the
// list. A statement sent unnamed is missing from it; one name given to two texts makes pg throw.

const PAGE = { limit: 20, offset: 0 };
let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL, max: 1 });
});
afterAll(() => pool.end());

test('every statement of the baseline is a named prepared statement, one name per SQL text', async () => {
  for (const filters of [{}, { tag: 't' }, { author: 'a' }, { favorited: 'f' }, { followedBy: 1 }])
    await listArticles(pool, null, filters, PAGE);
  await listArticles(pool, 1, { tag: 't', author: 'a' }, PAGE);
  await findArticle(pool, 1, 'some-slug');
  await listComments(pool, null, 'some-slug');
  await listTags(pool);
  await userExists(pool, 1);

  const { rows } = await pool.query<{ name: string }>(
    'SELECT name FROM pg_prepared_statements WHERE NOT from_sql',
  );
  expect(rows.map((row) => row.name).sort()).toEqual([
    'article-by-slug',
    'articles-count-all',
    'articles-count-author',
    'articles-count-favorited',
    'articles-count-followedBy',
    'articles-count-tag',
    'articles-count-tag+author',
    'articles-page-all',
    'articles-page-author',
    'articles-page-favorited',
    'articles-page-followedBy',
    'articles-page-tag',
    'articles-page-tag+author',
    'comments-by-article-slug',
    'tags-in-use',
    'user-exists',
  ]);
});
