import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/create-app.js';

export interface TestApp {
  app: INestApplication;
  /** supertest bound to the running app: `api.get('/api/tags')`. */
  api: ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The real application (same wiring as `main.ts`) on the run's test database, or `env.DATABASE_URL`. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: Parameters<typeof createApp>[2] = {},
): Promise<TestApp> {
  const url = env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error('TEST_DATABASE_URL is unset: run the tests through jest (global-setup.ts)');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url, ...env });
  const app = await createApp(config, url, options);
  await app.init();
  // Fastify loads its plugins (static files, CORS) on `ready`, which `listen` would wait for.
  await app.getHttpAdapter().getInstance().ready();
  return { app, api: request(app.getHttpServer()), close: () => app.close() };
}
