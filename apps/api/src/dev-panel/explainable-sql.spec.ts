import { isExplainableRead } from './explainable-sql.js';

describe('isExplainableRead', () => {
  it.each([
    'SELECT "article"."slug" FROM "articles" "article" WHERE "article"."slug" = $1',
    '  select count(*)::int AS "count" FROM "articles" "article"',
    'WITH recent AS (SELECT id FROM articles) SELECT * FROM recent',
    // Names and literals that spell a write are not one.
    'SELECT "updated_at", \'DELETE me\' FROM "articles" WHERE "title" = \'a; b\'',
    '-- INSERT in a comment\nSELECT 1',
  ])('accepts a read: %s', (sql) => {
    expect(isExplainableRead(sql)).toBe(true);
  });

  it.each([
    'INSERT INTO "articles"("slug") VALUES ($1)',
    'UPDATE "articles" SET "title" = $1',
    'DELETE FROM "articles" WHERE "id" = $1',
    'START TRANSACTION',
    'COMMIT',
    'WITH gone AS (DELETE FROM articles RETURNING id) SELECT * FROM gone',
    'SELECT * FROM articles FOR UPDATE',
    'SELECT * FROM articles FOR SHARE',
    'SELECT * INTO copy FROM articles',
    'SELECT 1; DELETE FROM articles',
    '/* SELECT */ DELETE FROM articles',
  ])('refuses anything else: %s', (sql) => {
    expect(isExplainableRead(sql)).toBe(false);
  });
});
