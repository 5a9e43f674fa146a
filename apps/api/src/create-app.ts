import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
// The folder only: the package's main module would load the whole Swagger UI bundle into memory.
import swaggerUiFolder from 'swagger-ui-dist/absolute-path.js';
import { AppModule } from './app.module.js';
import { ErrorFilter } from './common/filters/error.filter.js';
import { serveAvatars } from './common/http/avatar-files.js';
import { readJsonBodies } from './common/http/body-parsers.js';
import { closeConnectionsOnShutdown } from './common/http/close-connections-on-shutdown.js';
import { corsOptions } from './common/security/cors-options.js';
import { answerClientError } from './common/http/client-errors.js';
import { drainRefusedBodies } from './common/http/drain-refused-bodies.js';
import { REQUEST_TIMEOUT_MS, requestTimeoutOptions } from './common/http/request-timeout.js';
import { SECURITY_HEADERS } from './common/security/security-headers.js';
import { createAppLogger } from './common/logging/app-logger.js';
import { NestLogger } from './common/logging/nest-logger.js';
import { logRequests, requestId } from './common/logging/request-logger.js';
import { RecentRequests } from './common/request-context/recent-requests.js';
import { countQueriesPerRequest } from './common/request-context/request-stats.js';
import type { AppConfig } from './config/app-config.js';

export const API_PREFIX = 'api';

/** The built SPA (`pnpm build`), served from the API's port when it exists. */
const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/**
 * Builds the HTTP application exactly as it runs: `main.ts` and the tests both call this.
 * Nest runs on Fastify rather than Express, whose own handling of a request cost four times as
 * much CPU time (docs/decisions/009-fastify.md).
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  {
    webDist = WEB_DIST,
    requestTimeoutMs = REQUEST_TIMEOUT_MS,
  }: { webDist?: string; requestTimeoutMs?: number } = {},
): Promise<NestFastifyApplication> {
  const logger = createAppLogger(config);
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: trustedProxies(config.trustProxy),
    genReqId: requestId,
    ...requestTimeoutOptions(requestTimeoutMs),
    clientErrorHandler: answerClientError,
    // While the API drains on shutdown, a request that arrives on a connection already open is
    // answered as usual (and closes it) instead of getting Fastify's own 503, which is not in the
    // API's error shape: the process exits as soon as the last one is done either way.
    return503OnClosing: false,
    routerOptions: {
      // As Express did: `/api/tags/` is `/api/tags`.
      ignoreTrailingSlash: true,
      // Fastify's default of 100 characters would make a long slug an unknown route (404 `route`)
      // instead of an unknown article; Node caps the whole URL at 16 KB anyway.
      maxParamLength: 16 * 1024,
    },
    // The router refuses a path such as `/api/articles/100%` before any hook or Nest sees it.
    frameworkErrors: (_error: Error, _request: FastifyRequest, reply: FastifyReply) =>
      reply.code(400).send({ errors: { path: ['is not valid percent-encoding'] } }),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl),
    adapter,
    { logger: new NestLogger(logger), bodyParser: false },
  );
  const server = app.getHttpAdapter().getInstance();
  logRequests(server, logger);
  if (!config.isProduction) {
    // The dev panel's module keeps the statements; its own requests would only bury the others.
    const requests = app.get(RecentRequests);
    countQueriesPerRequest(server, { requests, exceptUnder: `/${API_PREFIX}/_dev/` });
  }
  readJsonBodies(server);
  // Before the shutdown hook, whose `Connection: close` must win while the API stops.
  drainRefusedBodies(server);
  closeConnectionsOnShutdown(server);
  app.useSecurityHeaders(SECURITY_HEADERS);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalFilters(new ErrorFilter());
  // With no other origin allowed (production's default: the SPA is served from this port), there
  // is nothing for CORS to answer, and skipping it saves every request a hook.
  if (config.corsOrigins === true || config.corsOrigins.length > 0) {
    app.enableCors(corsOptions(config.corsOrigins));
  }
  await app.register(fastifyStatic, {
    root: swaggerUiFolder(),
    prefix: `/${API_PREFIX}/docs/assets/`,
    index: false,
  });
  await serveAvatars(server, `/${API_PREFIX}/avatars/`);
  if (existsSync(resolve(webDist, 'index.html'))) await serveSpa(server, webDist);
  return app;
}

/**
 * Fastify trusts a number of hops too, but its types leave that form out: the same rule as a
 * function of the hop's position, counted from the API.
 */
function trustedProxies(setting: AppConfig['trustProxy']) {
  return typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting;
}

/**
 * The SPA's files, and `index.html` for every other page so that client routes survive a reload.
 * API paths fall through to Nest's 404 in the error shape.
 */
async function serveSpa(server: FastifyInstance, webDist: string): Promise<void> {
  // One route per file of the build, found once at start: no file lookup on any other request.
  await server.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: false,
    decorateReply: false,
  });
  server.get<{ Params: { '*': string } }>('/*', (request, reply) => {
    const path = request.params['*'];
    const isApi = path === API_PREFIX || path.startsWith(`${API_PREFIX}/`);
    const accept = request.headers.accept ?? '*/*';
    if (isApi || !/text\/html|\*\/\*/.test(accept)) return reply.callNotFound();
    return reply.sendFile('index.html', webDist);
  });
}
