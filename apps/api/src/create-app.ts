import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
// The folder only: the package's main module would load the whole Swagger UI bundle into memory.
import swaggerUiFolder from 'swagger-ui-dist/absolute-path.js';
import { AppModule } from './app.module.js';
import { ErrorFilter } from './common/filters/error.filter.js';
import { securityHeaders } from './common/security/security-headers.js';
import { createAppLogger } from './common/logging/app-logger.js';
import { NestLogger } from './common/logging/nest-logger.js';
import { REQUEST_ID_HEADER, requestLogger } from './common/logging/request-logger.middleware.js';
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
  const logger = createAppLogger(config);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    { logger: new NestLogger(logger), bodyParser: false },
  );
  app.use(requestLogger(logger));
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // An ETag costs a SHA-1 of every body, and the SPA never sends If-None-Match: answers depend on
  // who asks and change with every favorite, so TanStack Query's own cache does that job.
  app.set('etag', false);
  app.use(securityHeaders());
  if (!config.isProduction) app.use(requestStats);
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalFilters(new ErrorFilter());
  // With no other origin allowed (production's default: the SPA is served from this port), there
  // is nothing for CORS to answer, and skipping it saves every request a middleware.
  if (config.corsOrigins === true || config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      allowedHeaders: ['Content-Type', 'Authorization', REQUEST_ID_HEADER],
      exposedHeaders: [REQUEST_ID_HEADER, QUERY_COUNT_HEADER, 'Server-Timing'],
    });
  }
  app.useStaticAssets(swaggerUiFolder(), {
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
