import {
  type AfterQueryEvent,
  type BeforeQueryEvent,
  type EntitySubscriberInterface,
  EventSubscriber,
  type QueryRunner,
} from 'typeorm';
import { isPreparedSql } from '../database/prepared-query.js';
import { requestContext } from './request-context.js';

/**
 * TypeORM tells its subscribers about every statement before and after it runs; we add the
 * statement and its time to the statistics of the request that caused it (see `request-stats.ts`),
 * and the statement itself when the dev panel keeps the request. The prepared hot reads run through
 * TypeORM too (`prepared-query.ts`), so they are seen here like any other.
 *
 * The time is our own, from `performance.now()`: the `executionTime` TypeORM passes to `afterQuery`
 * is a difference of `Date.now()`s, whole milliseconds, so a 0.4 ms index scan and a 1.3 ms
 * sequential scan can both read 1.
 */
@EventSubscriber()
export class QueryStatsSubscriber implements EntitySubscriberInterface {
  beforeQuery(event: BeforeQueryEvent): void {
    const starts = startsOf.get(event.queryRunner);
    if (starts) starts.push(performance.now());
    else startsOf.set(event.queryRunner, [performance.now()]);
  }

  afterQuery(event: AfterQueryEvent): void {
    // Taken even outside a request, so that every `beforeQuery` has its `afterQuery`.
    const startedAt = startsOf.get(event.queryRunner)?.shift();
    const stats = requestContext.getStore();
    if (!stats) return;
    const durationMs = startedAt === undefined ? 0 : performance.now() - startedAt;
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

/**
 * When each query runner's statements in flight started, oldest first. Keyed by the runner, each
 * of which holds one pooled connection: the page and the count of a list run at once on two
 * runners, and do not mix. One runner's statements sent at once (`Promise.all` in a transaction)
 * queue on its connection, which answers them in the order sent, so the oldest start is always
 * the one that just finished; its time includes the wait in that queue, as TypeORM's own does.
 */
const startsOf = new WeakMap<QueryRunner, number[]>();

/** pg's result says `rowCount` (rows returned, or affected by a write); a failed statement has none. */
function rowCount(result: unknown): number | null {
  const count = (result as { rowCount?: unknown } | undefined)?.rowCount;
  return typeof count === 'number' ? count : null;
}
