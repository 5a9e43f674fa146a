import 'reflect-metadata';
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
  // Every interface, as Node's own servers do: Fastify alone would listen on localhost only, which
  // nothing outside a container can reach.
  await app.listen(config.port, '0.0.0.0');
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

try {
  await main(loadConfig());
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
