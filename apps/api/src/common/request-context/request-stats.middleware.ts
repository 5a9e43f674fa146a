import type { NextFunction, Request, Response } from 'express';
import { requestContext, type RequestStats } from './request-context.js';

export const QUERY_COUNT_HEADER = 'X-Query-Count';

/**
 * Development insight: every response says how many SQL statements it cost (`X-Query-Count`) and
 * how long it took, in the database and in all (`Server-Timing: db;dur=…, total;dur=…`), so an N+1
 * query shows up in the browser's network panel.
 */
export function requestStats(request: Request, response: Response, next: NextFunction): void {
  const stats: RequestStats = { queries: 0, databaseMs: 0 };
  const startedAt = performance.now();
  const writeHead = response.writeHead;
  response.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    this.setHeader(QUERY_COUNT_HEADER, String(stats.queries));
    const totalMs = performance.now() - startedAt;
    this.setHeader('Server-Timing', `db;dur=${stats.databaseMs}, total;dur=${totalMs.toFixed(1)}`);
    return writeHead.apply(this, args);
  } as Response['writeHead'];
  requestContext.run(stats, next);
}
