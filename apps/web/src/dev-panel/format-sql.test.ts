import { formatSql } from './format-sql';

describe('formatSql', () => {
  it('starts each main clause on a line of its own', () => {
    expect(
      formatSql(
        'SELECT "user"."id" AS "id" FROM "users" "user" WHERE "user"."id" = $1 ORDER BY "id" DESC LIMIT 1',
      ),
    ).toBe(
      [
        'SELECT "user"."id" AS "id"',
        'FROM "users" "user"',
        'WHERE "user"."id" = $1',
        'ORDER BY "id" DESC',
        'LIMIT 1',
      ].join('\n'),
    );
  });

  it('indents the clauses of a subquery and leaves those inside a function call in place', () => {
    expect(
      formatSql(
        'SELECT EXISTS (SELECT 1 FROM "follows" WHERE "follower_id" = $1) AS "following", ' +
          'array_agg("tag"."name" ORDER BY "tag"."name") AS "tags" FROM "tags" "tag"',
      ),
    ).toBe(
      [
        'SELECT EXISTS (',
        '  SELECT 1',
        '  FROM "follows"',
        '  WHERE "follower_id" = $1) AS "following", array_agg("tag"."name" ORDER BY "tag"."name") AS "tags"',
        'FROM "tags" "tag"',
      ].join('\n'),
    );
  });

  it('breaks in a subquery that is a function argument, and indents a subquery in a subquery deeper', () => {
    expect(
      formatSql(
        `SELECT COALESCE((SELECT array_agg("name") FROM "tags" WHERE "id" IN (SELECT "tag_id" FROM "article_tags")), '{}') FROM "articles"`,
      ),
    ).toBe(
      [
        'SELECT COALESCE((',
        '  SELECT array_agg("name")',
        '  FROM "tags"',
        '  WHERE "id" IN (',
        '    SELECT "tag_id"',
        `    FROM "article_tags")), '{}')`,
        'FROM "articles"',
      ].join('\n'),
    );
  });

  it('never breaks inside a quoted identifier or a string, and reads keywords in any case', () => {
    expect(formatSql(`select "from" from "t" where "title" = 'Select from where'`)).toBe(
      ['SELECT "from"', 'FROM "t"', `WHERE "title" = 'Select from where'`].join('\n'),
    );
  });

  it('keeps a quote that closes nothing, as sent', () => {
    expect(formatSql(`SELECT 'it''s' FROM "t" WHERE "a" = 'unclosed`)).toBe(
      [`SELECT 'it''s'`, 'FROM "t"', `WHERE "a" = 'unclosed`].join('\n'),
    );
  });

  it('keeps two-word clauses together and white space as one space', () => {
    expect(
      formatSql(
        'INSERT INTO "favorites"("user_id", "article_id")\n  VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING article_id',
      ),
    ).toBe(
      [
        'INSERT INTO "favorites"("user_id", "article_id")',
        'VALUES ($1, $2)',
        'ON CONFLICT DO NOTHING',
        'RETURNING article_id',
      ].join('\n'),
    );
  });
});
