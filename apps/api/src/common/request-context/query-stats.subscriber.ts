import { type AfterQueryEvent, type EntitySubscriberInterface, EventSubscriber } from 'typeorm';
import { isPreparedSql } from '../database/prepared-query.js';
import { requestContext } from './request-context.js';

/**
 * TypeORM tells its subscribers about every statement it has run, with how long it took; we add
 * both to the statistics of the request that caused it (see `request-stats.ts`), and the statement
 * itself when the dev panel keeps the request. The prepared hot reads run through TypeORM too
 * (`prepared-query.ts`), so they are seen here like any other.
 */
@EventSubscriber()
export class QueryStatsSubscriber implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent): void {
    const stats = requestContext.getStore();
    if (!stats) return;
    const durationMs = event.executionTime ?? 0;
    stats.queries += 1;
    stats.databaseMs += durationMs;
    stats.statements?.push({
      sql: event.query,
      parameters: Array.isArray(event.parameters) ? event.parameters : [],
      durationMs,
      rows: rowCount(event.rawResults),
      prepared: isPreparedSql(event.query),
    });
  }
}

/** pg's result says `rowCount` (rows returned, or affected by a write); a failed statement has none. */
function rowCount(result: unknown): number | null {
  const count = (result as { rowCount?: unknown } | undefined)?.rowCount;
  return typeof count === 'number' ? count : null;
}
