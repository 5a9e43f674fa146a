import 'reflect-metadata';
import { createDataSource } from '../../src/database/data-source.js';
import { migrate } from '../../src/database/migrate.js';
import { seedDemoData } from '../../src/database/seed/seed-demo-data.js';
import { startTestDatabase } from './test-database.js';

/**
 * A throwaway PostgreSQL with the demo site in it, for a process started apart from the API: the
 * browser test across origins runs the production build, which neither starts a database nor seeds
 * one. Prints `DATABASE_URL=<url>` once the data is in, and removes everything on SIGTERM or SIGINT.
 *
 *   node --conditions=source --import @swc-node/register/esm-register test/support/serve-demo-database.ts
 */
const database = await startTestDatabase(undefined);
const stop = async () => {
  await database.stop();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

const dataSource = await createDataSource({ url: database.url, poolSize: 1 }).initialize();
await migrate(dataSource);
await seedDemoData(dataSource, { log: () => {}, onlyIfEmpty: false });
await dataSource.destroy();
console.log(`DATABASE_URL=${database.url}`);
