import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Logger } from 'nestjs-pino';
import swaggerUiDist from 'swagger-ui-dist';
import { AppModule } from './app.module.js';
import { ErrorFilter } from './common/filters/error.filter.js';
import { securityHeaders } from './common/security/security-headers.js';
import { REQUEST_ID_HEADER } from './common/logging/logger.module.js';
import {
  QUERY_COUNT_HEADER,
  requestStats,
} from './common/request-context/request-stats.middleware.js';
import type { AppConfig } from './config/app-config.js';

export const API_PREFIX = 'api';

/** The built SPA (`pnpm build`), served from the API's port in production. */
const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Builds the HTTP application exactly as it runs: `main.ts` and the tests both call this. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    {
      bufferLogs: true,
      bodyParser: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(securityHeaders());
  if (!config.isProduction) app.use(requestStats);
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalFilters(new ErrorFilter());
  app.enableCors({
    origin: config.corsOrigins,
    allowedHeaders: ['Content-Type', 'Authorization', REQUEST_ID_HEADER],
    exposedHeaders: [REQUEST_ID_HEADER, QUERY_COUNT_HEADER, 'Server-Timing'],
  });
  app.useStaticAssets(swaggerUiDist.getAbsoluteFSPath(), {
    prefix: `/${API_PREFIX}/docs/assets/`,
    index: false,
  });
  if (existsSync(join(WEB_DIST, 'index.html'))) serveSpa(app);
  return app;
}

/**
 * Static files, and `index.html` for every other page so that client routes survive a reload.
 * API paths skip both: no file lookup on the way to every API request.
 */
function serveSpa(app: NestExpressApplication): void {
  const files = express.static(WEB_DIST, { index: false });
  const indexPage = join(WEB_DIST, 'index.html');
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isApi = request.path === `/${API_PREFIX}` || request.path.startsWith(`/${API_PREFIX}/`);
    if (isApi) return next();
    files(request, response, () => {
      if (request.method === 'GET' && request.accepts('html')) response.sendFile(indexPage);
      else next();
    });
  });
}
