import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RecentRequests } from './recent-requests.js';
import { requestContext, type RequestStats } from './request-context.js';

export const QUERY_COUNT_HEADER = 'X-Query-Count';

/** Where the dev panel finds each request's statements, and the paths it leaves out. */
export interface StatementKeeping {
  requests: RecentRequests;
  /** Requests whose path starts with this are not kept: the dev panel's own, which would flood it. */
  exceptUnder: string;
}

/**
 * Development insight: every response says how many SQL statements it cost (`X-Query-Count`) and
 * how long it took, in the database and in all (`Server-Timing: db;dur=…, total;dur=…`), so an N+1
 * query shows up in the browser's network panel. With `keeping`, each request's statements are
 * kept too, for the dev panel to show by request id.
 */
export function countQueriesPerRequest(app: FastifyInstance, keeping?: StatementKeeping): void {
  const statsOf = new WeakMap<FastifyRequest, RequestStats>();
  app.addHook('onRequest', (request, _reply, done) => {
    const isKept = keeping !== undefined && !request.url.startsWith(keeping.exceptUnder);
    statsOf.set(request, { queries: 0, databaseMs: 0, ...(isKept && { statements: [] }) });
    done();
  });
  // The handler runs inside the context, so the database layer can count against the request.
  // Entered after the body has been read: the stream's events would not carry it through.
  app.addHook('preHandler', (request, _reply, done) => {
    requestContext.run(statsOf.get(request)!, done);
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    const stats = statsOf.get(request);
    // A CORS preflight is answered by an earlier hook, before there was anything to count.
    if (!stats) return done(null, payload);
    reply.header(QUERY_COUNT_HEADER, String(stats.queries));
    // The database's time to a hundredth: its statements often take a fraction of a millisecond.
    const databaseMs = stats.databaseMs.toFixed(2);
    const totalMs = reply.elapsedTime.toFixed(1);
    reply.header('Server-Timing', `db;dur=${databaseMs}, total;dur=${totalMs}`);
    if (stats.statements) {
      const { id, method, url: path } = request;
      keeping?.requests.keep({ id, method, path, statements: stats.statements });
    }
    done(null, payload);
  });
}
