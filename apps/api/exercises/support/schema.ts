import { DataSource, type EntityMetadata } from 'typeorm';
import type { TestApp } from '../../test/support/test-app.js';
import { sql } from './query-plans.js';

// What the exercises about the schema check: what the migrations built, in PostgreSQL's catalog,
// and what the app's entities tell TypeORM about it. A migration that the entity does not know
// of is a difference that the next `pnpm db:generate` would undo.

export interface IndexDefinition {
  name: string;
  /** `CREATE [UNIQUE] INDEX … ON … USING … (…) [WHERE …]`, as `pg_indexes` writes it. */
  definition: string;
}

/** The indexes of a table of the app's schema, unique constraints and primary key included. */
export async function indexesOf(t: TestApp, table: string): Promise<IndexDefinition[]> {
  return sql<IndexDefinition>(
    t,
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = $1`,
    [table],
  );
}

/** The entity that maps `table` in the app's own data source. */
export function entityOf(t: TestApp, table: string): EntityMetadata {
  const entity = t.app.get(DataSource).entityMetadatas.find((meta) => meta.tableName === table);
  if (!entity) throw new Error(`No entity maps the table ${table}`);
  return entity;
}

/** The names of the indexes and unique constraints an entity declares. */
export function indexNamesOf(entity: EntityMetadata): string[] {
  return [...entity.indices, ...entity.uniques].map((index) => index.name);
}
