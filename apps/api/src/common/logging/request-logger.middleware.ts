import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** Set by `ErrorFilter` on a response that failed unexpectedly, for the request's log line. */
export const FAILURE = 'failure';

/**
 * One log line per request, written when the response has been sent: its id, method, path, status
 * and duration, at `info`, `warn` for 4xx and `error` (with the failure) for 5xx. The id is the
 * caller's `X-Request-Id` when it looks like one, else a new UUID, and is echoed back so that a
 * user's bug report can be matched with the line. Headers and bodies are never logged, so neither
 * a password nor a token can leak into the log.
 *
 * Why not pino-http: it builds a child logger per request and keeps it in an AsyncLocalStorage,
 * which cost more than half the time of a small request (docs/decisions/008-our-own-request-logger.md).
 */
export function requestLogger(logger: Logger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const startedAt = performance.now();
    const given = request.headers['x-request-id'];
    const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    response.setHeader(REQUEST_ID_HEADER, id);
    response.once('finish', () => {
      const status = response.statusCode;
      const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      const line = {
        reqId: id,
        method: request.method,
        url: request.originalUrl,
        statusCode: status,
        responseTimeMs: Math.round(performance.now() - startedAt),
        err: response.locals[FAILURE] as unknown,
      };
      logger[level](line, 'request completed');
    });
    next();
  };
}
