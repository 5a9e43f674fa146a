import type { NextFunction, Request, Response } from 'express';
import { requestContext, type RequestStats } from './request-context.js';

export const QUERY_COUNT_HEADER = 'X-Query-Count';

/**
 * Development insight: every response says how many SQL statements it cost (`X-Query-Count`) and
 * how long it took (`Server-Timing`), so an N+1 query shows up in the browser's network panel.
 */
export function requestStats(request: Request, response: Response, next: NextFunction): void {
  const stats: RequestStats = { queries: 0 };
  const startedAt = performance.now();
  const writeHead = response.writeHead;
  response.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    this.setHeader(QUERY_COUNT_HEADER, String(stats.queries));
    this.setHeader('Server-Timing', `total;dur=${(performance.now() - startedAt).toFixed(1)}`);
    return writeHead.apply(this, args);
  } as Response['writeHead'];
  requestContext.run(stats, next);
}
