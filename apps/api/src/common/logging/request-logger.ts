import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';

export const REQUEST_ID_HEADER = 'X-Request-Id';

const failures = new WeakMap<FastifyRequest, unknown>();

/**
 * Fastify's `genReqId`: the caller's `X-Request-Id` when it looks like one, else a new UUID. It is
 * echoed back, so that a user's bug report can be matched with the request's log line.
 */
export function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
}

/** Called by `ErrorFilter` for a response that failed unexpectedly: the cause joins the log line. */
export function recordFailure(request: FastifyRequest, failure: unknown): void {
  failures.set(request, failure);
}

/**
 * One log line per request, written when the response has been sent: its id, method, path, status
 * and duration, at `info`, `warn` for 4xx and `error` (with the failure) for 5xx. Headers and
 * bodies are never logged, so neither a password nor a token can leak into the log.
 *
 * Why not Fastify's own request logging: it writes two lines per request (received, completed),
 * and a child logger per request costs more than the rest of a small request
 * (docs/decisions/008-plain-sql-and-logging-on-the-hot-path.md).
 */
export function logRequests(app: FastifyInstance, logger: Logger): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const status = reply.statusCode;
    const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
    if (logger.isLevelEnabled(level)) {
      const line = {
        reqId: request.id,
        method: request.method,
        url: request.url,
        statusCode: status,
        responseTimeMs: Math.round(reply.elapsedTime),
        err: failures.get(request),
      };
      logger[level](line, 'request completed');
    }
    done();
  });
}
