import { planOf, type Statement, sql, statementsOf } from '../exercises/support/query-plans.js';
import { follow, registerUser, type SignedIn, uniqueName } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { userIdOf } from './support/tokens.js';

// A deep page must not cost the work of the articles it skips. The list picks the page's ids first
// (filters, order, LIMIT and OFFSET) and only then computes the SELECT list's subqueries (tags,
// favorited, following) for those rows. Measured in the plan's loops, which do not depend on the
// machine: with the subqueries beside OFFSET, each would run offset + limit times. A list may read
// one row more than it shows, to tell whether another page follows (exercise 6's `nextCursor`).

const SEEDED = 300;
const LIMIT = 5;
const OFFSET = SEEDED - 2 * LIMIT;

let t: TestApp;
let writer: SignedIn;
let reader: SignedIn;
let tag: string;
beforeAll(async () => {
  t = await createTestApp();
  writer = await registerUser(t);
  reader = await registerUser(t);
  tag = uniqueName('deep');
  await follow(t, reader, writer.user.username);
  // Written in SQL: 300 articles through the API would take most of a minute.
  await sql(
    t,
    `INSERT INTO articles (slug, title, description, body, author_id)
     SELECT $1::text || '-' || i, 'Seeded', 'd', 'b', $2 FROM generate_series(1, $3) i`,
    [tag, userIdOf(writer.token), SEEDED],
  );
  await sql(t, 'INSERT INTO tags (name) VALUES ($1)', [tag]);
  await sql(
    t,
    `INSERT INTO article_tags (article_id, tag_id)
     SELECT article.id, tag.id FROM articles article, tags tag
     WHERE article.author_id = $1 AND tag.name = $2`,
    [userIdOf(writer.token), tag],
  );
  await sql(t, 'ANALYZE');
});
afterAll(() => t.close());

describe(`a page ${OFFSET} articles deep`, () => {
  it.each([
    ['the global list', '/api/articles', () => ({})],
    ['the author filter', '/api/articles', () => ({ author: writer.user.username })],
    ['the tag filter', '/api/articles', () => ({ tag })],
    ['the feed', '/api/articles/feed', () => ({})],
  ])(
    '%s runs each subquery of the SELECT list only for the page’s rows',
    async (_, path, filter) => {
      let articles: unknown[] = [];
      const statements = await statementsOf(t, async () => {
        const response = await t.api
          .get(path)
          .query({ ...filter(), limit: LIMIT, offset: OFFSET })
          .set(reader.auth)
          .expect(200);
        articles = response.body.articles as unknown[];
      });
      expect(articles).toHaveLength(LIMIT);

      const pages = statements.filter(({ sql: text }) => /\bOFFSET\b/.test(text));
      expect(pages).toHaveLength(1);
      const [page] = pages as [Statement];
      const plan = await planOf(t, page);
      // How many times each subquery ran: the loops of its top node.
      const runs = plan
        .filter((node) => node['Parent Relationship'] === 'SubPlan')
        .map((node) => node['Actual Loops']);
      expect(runs.length).toBeGreaterThan(0);
      expect({ sql: page.sql, runs }).toEqual({
        sql: page.sql,
        runs: runs.map((loops) => (loops <= LIMIT + 1 ? loops : `at most ${LIMIT + 1}`)),
      });
    },
  );
});
