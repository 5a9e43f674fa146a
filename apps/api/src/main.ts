import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config.js';
import { createApp } from './create-app.js';
import { prepareDatabase } from './database/prepare-database.js';
import { provideDatabase } from './database/provide-database.js';

const log = (message: string) => console.log(`[conduit] ${message}`);

async function main(config: AppConfig): Promise<void> {
  const startedAt = Date.now();
  const database = await provideDatabase(config, log);
  await prepareDatabase(database.url, config, log);
  const app = await createApp(config, database.url);
  await listen(app, config.port);
  log(
    `API ready in ${Date.now() - startedAt} ms on http://localhost:${config.port}/api (docs: /api/docs)`,
  );

  // Stop in order: no new requests, finish the ones in flight, close the pool, then the database.
  let isStopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (isStopping) return;
    isStopping = true;
    log(`${signal}: shutting down`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Node says only "EADDRINUSE" when the port is taken; this names the setting that moves the API. */
async function listen(app: NestFastifyApplication, port: number): Promise<void> {
  try {
    // Every interface, as Node's own servers do: Fastify alone would listen on localhost only,
    // which nothing outside a container can reach.
    await app.listen(port, '0.0.0.0');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new ConfigError(
      `Port ${port}, for the API, is in use (is \`pnpm dev\` already running?). Stop what holds it ` +
        `(\`lsof -i :${port}\` names it), or move the API: PORT=${port + 1} pnpm dev (the SPA's ` +
        `proxy follows PORT)`,
    );
  }
}

try {
  await main(loadConfig());
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
