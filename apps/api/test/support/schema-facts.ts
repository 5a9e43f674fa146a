import pg from 'pg';
import { columnFact, relationshipFact } from './er-diagram.js';

/**
 * TypeORM's bookkeeping, not part of the domain: the migrations it applied, and the expressions of
 * generated columns as the entities write them (created once an entity declares one).
 */
const IGNORED_TABLES = ['migrations', 'typeorm_metadata'];

/** PostgreSQL's type names, as the diagram writes them. */
const SHORT_TYPE_NAMES: [string, string][] = [
  ['character varying', 'varchar'],
  ['timestamp with time zone', 'timestamptz'],
];

interface ColumnRow {
  table: string;
  column: string;
  type: string;
  isNullable: boolean;
  isPrimary: boolean;
  isForeign: boolean;
  isUnique: boolean;
}

// A unique index names its plain columns in `indkey` and hides those inside an expression
// (`lower(username)`) in `indexprs`, hence the word match on the expression's text.
const COLUMNS = `
  SELECT c.relname AS "table", a.attname AS "column",
         format_type(a.atttypid, a.atttypmod) AS "type", NOT a.attnotnull AS "isNullable",
         EXISTS (SELECT 1 FROM pg_constraint k
                 WHERE k.conrelid = c.oid AND k.contype = 'p' AND a.attnum = ANY (k.conkey)) AS "isPrimary",
         EXISTS (SELECT 1 FROM pg_constraint k
                 WHERE k.conrelid = c.oid AND k.contype = 'f' AND a.attnum = ANY (k.conkey)) AS "isForeign",
         EXISTS (SELECT 1 FROM pg_index i
                 WHERE i.indrelid = c.oid AND i.indisunique AND NOT i.indisprimary
                   AND (a.attnum = ANY (i.indkey)
                        OR pg_get_expr(i.indexprs, i.indrelid) ~ ('\\m' || a.attname || '\\M'))) AS "isUnique"
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND NOT (c.relname = ANY ($1))
    AND a.attnum > 0 AND NOT a.attisdropped`;

interface ForeignKeyRow {
  parent: string;
  child: string;
  columns: string;
  isRequired: boolean;
  isIdentifying: boolean;
  isOneToOne: boolean;
}

const FOREIGN_KEYS = `
  SELECT parent.relname AS "parent", child.relname AS "child",
         (SELECT string_agg(a.attname, ', ' ORDER BY a.attnum) FROM pg_attribute a
          WHERE a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)) AS "columns",
         (SELECT bool_and(a.attnotnull) FROM pg_attribute a
          WHERE a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)) AS "isRequired",
         EXISTS (SELECT 1 FROM pg_constraint p
                 WHERE p.conrelid = k.conrelid AND p.contype = 'p' AND k.conkey <@ p.conkey) AS "isIdentifying",
         EXISTS (SELECT 1 FROM pg_index i
                 WHERE i.indrelid = k.conrelid AND i.indisunique AND i.indkey::int2[] <@ k.conkey) AS "isOneToOne"
  FROM pg_constraint k
  JOIN pg_class child ON child.oid = k.conrelid
  JOIN pg_class parent ON parent.oid = k.confrelid
  WHERE k.contype = 'f' AND child.relnamespace = 'public'::regnamespace`;

/** The facts of the database at `url`, in the form of `diagramFacts` (see er-diagram.ts). */
export async function databaseFacts(url: string): Promise<string[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const columns = (await client.query<ColumnRow>(COLUMNS, [IGNORED_TABLES])).rows;
    const foreignKeys = (await client.query<ForeignKeyRow>(FOREIGN_KEYS)).rows;
    return [
      ...new Set(columns.map((row) => `table ${row.table}`)),
      ...columns.map((row) =>
        columnFact({
          ...row,
          type: SHORT_TYPE_NAMES.reduce(
            (type, [long, short]) => type.replace(long, short),
            row.type,
          ),
          keys: [row.isPrimary && 'PK', row.isForeign && 'FK', row.isUnique && 'UK'].filter(
            (key): key is string => key !== false,
          ),
        }),
      ),
      ...foreignKeys.map((key) =>
        relationshipFact({
          ...key,
          cardinality: `${key.isRequired ? '||' : '|o'}${key.isIdentifying ? '--' : '..'}${key.isOneToOne ? 'o|' : 'o{'}`,
        }),
      ),
    ].sort();
  } finally {
    await client.end();
  }
}
