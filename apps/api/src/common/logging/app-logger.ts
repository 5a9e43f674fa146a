import { createRequire } from 'node:module';
import { pino, type Logger } from 'pino';
import type { AppConfig } from '../../config/app-config.js';

/**
 * The one pino logger of the process: JSON lines in production, for a log collector; one pretty,
 * coloured line per event in development. Nest's own messages and every request go through it.
 */
export function createAppLogger(config: AppConfig): Logger {
  return pino({
    level: config.logLevel,
    transport: config.isProduction
      ? undefined
      : { target: prettyPrinter(), options: { singleLine: true, ignore: 'pid,hostname' } },
  });
}

/**
 * pino-pretty, a development dependency of this package, by absolute path: pino would look for it
 * from its own folder, where a strict pnpm install does not put it.
 */
function prettyPrinter(): string {
  return createRequire(import.meta.url).resolve('pino-pretty');
}
