import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../../config/app-config.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * One structured line per request (pino): pretty in development, JSON in production. Each request
 * gets an id (the caller's `X-Request-Id`, or a new one) that is echoed back and logged with it.
 * Headers and bodies are never logged, so neither a password nor a token can leak into a log line.
 */
export function loggerModule(config: AppConfig) {
  return PinoLoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      transport: config.isProduction
        ? undefined
        : { target: prettyPrinter(), options: { singleLine: true, ignore: 'pid,hostname' } },
      genReqId: (request: IncomingMessage, response: ServerResponse) => {
        const given = request.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
        response.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          url: request.url,
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500
          ? 'error'
          : response.statusCode >= 400
            ? 'warn'
            : 'info',
    },
  });
}

/**
 * pino-pretty, a development dependency of this package, by absolute path: pino would look for it
 * from its own folder, where a strict pnpm install does not put it.
 */
function prettyPrinter(): string {
  return createRequire(import.meta.url).resolve('pino-pretty');
}
