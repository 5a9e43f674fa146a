import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from '../common/database/database-unavailable.js';
import type { SchemaIndex } from './sequential-scans.js';

/** PostgreSQL refused to explain the statement (a function that writes, say): its message says why. */
export class ExplainFailed extends Error {}

/** The dev panel's own queries: a statement's plan, and the indexes that could serve it. */
@Injectable()
export class DevPanelRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `EXPLAIN (ANALYZE, BUFFERS)` of a read, in PostgreSQL's text format. ANALYZE runs the
   * statement, so it runs in a transaction that is read-only (a write fails there) and always
   * rolled back (a write that got through would be undone): two locks on top of the caller's own
   * check that the statement is a read (`explainable-sql.ts`).
   */
  async explain(sql: string, parameters: readonly unknown[]): Promise<string> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query('SET TRANSACTION READ ONLY');
      const rows: { 'QUERY PLAN': string }[] = await runner.query(
        `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
        [...parameters],
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    } catch (error) {
      if (error instanceof QueryFailedError && !isDatabaseUnavailable(error))
        throw new ExplainFailed(error.message);
      throw error;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }

  /** The indexes of these tables in the current schema, each by its leading key. */
  async indexesOf(tables: string[]): Promise<SchemaIndex[]> {
    if (tables.length === 0) return [];
    const rows = await this.dataSource.query<{ table: string; name: string; definition: string }[]>(
      `SELECT tablename AS "table", indexname AS "name", indexdef AS "definition"
         FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename = ANY($1)`,
      [tables],
    );
    return rows.map(({ table, name, definition }) => ({
      table,
      name,
      leadingKey: leadingKeyOf(definition),
    }));
  }
}

/**
 * `CREATE INDEX a ON public.t USING btree (author_id, created_at DESC)` → `author_id`: the keys'
 * list opens at the first parenthesis after USING; its first key ends at a comma outside parentheses.
 */
function leadingKeyOf(definition: string): string {
  const keys = definition.slice(definition.indexOf('(', definition.indexOf(' USING ')) + 1);
  let depth = 0;
  for (let at = 0; at < keys.length; at++) {
    const char = keys[at];
    if (char === '(') depth += 1;
    if (char === ')' && depth-- === 0) return keys.slice(0, at);
    if (char === ',' && depth === 0) return keys.slice(0, at);
  }
  return keys;
}
