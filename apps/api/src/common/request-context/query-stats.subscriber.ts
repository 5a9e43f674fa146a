import { type AfterQueryEvent, type EntitySubscriberInterface, EventSubscriber } from 'typeorm';
import { requestContext } from './request-context.js';

/**
 * TypeORM tells its subscribers about every statement it has run, with how long it took; we add
 * both to the statistics of the request that caused it (see `request-stats.ts`).
 */
@EventSubscriber()
export class QueryStatsSubscriber implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent): void {
    const stats = requestContext.getStore();
    if (!stats) return;
    stats.queries += 1;
    stats.databaseMs += event.executionTime ?? 0;
  }
}
