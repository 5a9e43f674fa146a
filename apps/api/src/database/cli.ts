import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { createDataSource } from './data-source.js';
import { migrate } from './migrate.js';
import { provideDatabase } from './provide-database.js';
import { seedDemoData } from './seed/seed-demo-data.js';

/**
 * `pnpm db:migrate` | `db:seed` | `db:reset`, against `DATABASE_URL` or the embedded database
 * (started for the command, or shared with a running `pnpm dev`).
 */
const commands = {
  async migrate(dataSource) {
    const applied = await migrate(dataSource);
    log(applied.length ? `Applied: ${applied.join(', ')}` : 'The schema is up to date.');
  },
  async seed(dataSource) {
    await migrate(dataSource);
    const seeded = await seedDemoData(dataSource, { log, onlyIfEmpty: true });
    if (!seeded) log('The database already has users; `pnpm db:reset` wipes it and seeds again.');
  },
  async reset(dataSource) {
    log('Dropping every table…');
    await dataSource.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await migrate(dataSource);
    await seedDemoData(dataSource, { log, onlyIfEmpty: false });
  },
} satisfies Record<string, (dataSource: DataSource) => Promise<void>>;

function log(message: string): void {
  console.log(`[db] ${message}`);
}

async function run(name: string | undefined): Promise<void> {
  if (!name || !(name in commands)) {
    throw new Error(`usage: cli.ts <${Object.keys(commands).join('|')}>`);
  }
  const config = loadConfig();
  const database = await provideDatabase(config, log);
  const dataSource = await createDataSource({ url: database.url, poolSize: 1 }).initialize();
  try {
    await commands[name as keyof typeof commands](dataSource);
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

try {
  await run(process.argv[2]);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
