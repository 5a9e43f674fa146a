import type { Logger as TypeOrmLogger } from 'typeorm';
import { requestContext } from './request-context.js';

/**
 * TypeORM tells this logger about every statement it sends; we count them against the current
 * request (see `request-stats.middleware.ts`) instead of printing them.
 */
export class QueryCountingLogger implements TypeOrmLogger {
  logQuery(): void {
    const stats = requestContext.getStore();
    if (stats) stats.queries += 1;
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
