import pg from 'pg';

/** TypeORM's record of the migrations it applied: bookkeeping, not part of the domain. */
const IGNORED_TABLES = ['migrations'];

// Each query returns one `fact` per column, constraint or index, in PostgreSQL's own words.
const COLUMNS = `
  SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
         || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
         || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
         || CASE a.attidentity WHEN 'd' THEN ' identity by default'
                               WHEN 'a' THEN ' identity always' ELSE '' END AS fact
  FROM pg_class c
  JOIN pg_attribute a ON a.attrelid = c.oid
  LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
  WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
    AND NOT (c.relname = ANY ($1)) AND a.attnum > 0 AND NOT a.attisdropped`;

const CONSTRAINTS = `
  SELECT 'constraint ' || c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) AS fact
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
  WHERE c.relnamespace = current_schema()::regnamespace AND NOT (c.relname = ANY ($1))`;

// pg_get_indexdef names the table with its schema whatever the search path: the schema is removed.
const INDEXES = `
  SELECT 'index ' || i.relname || ' '
         || replace(pg_get_indexdef(i.oid), ' ON ' || current_schema() || '.', ' ON ') AS fact
  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
  WHERE c.relnamespace = current_schema()::regnamespace AND NOT (c.relname = ANY ($1))`;

/**
 * A schema of the database at `url` as PostgreSQL describes it, one line per column (type,
 * nullability, default, identity), constraint and index, each with its name and without the
 * schema's, so that two schemas built two ways compare line by line:
 *
 *   column articles.favorites_count integer not null default 0
 *   constraint follows follows_not_oneself CHECK ((follower_id <> followee_id))
 *   index article_tags_tag_id_idx CREATE INDEX article_tags_tag_id_idx ON article_tags USING btree (tag_id)
 */
export async function schemaDefinition(url: string, schema: string): Promise<string[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    // Foreign keys name the tables they reference without a schema when it is on the search path.
    await client.query(`SELECT set_config('search_path', $1, false)`, [schema]);
    const facts: string[] = [];
    for (const query of [COLUMNS, CONSTRAINTS, INDEXES]) {
      const { rows } = await client.query<{ fact: string }>(query, [IGNORED_TABLES]);
      facts.push(...rows.map((row) => row.fact));
    }
    return facts.sort();
  } finally {
    await client.end();
  }
}
