import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { createDataSource } from './data-source.js';
import { migrate } from './migrate.js';
import { provideDatabase } from './provide-database.js';
import { seedDemoData, type SeedOptions } from './seed/seed-demo-data.js';
import { seedGeneratedData } from './seed/seed-generated-data.js';
import { isSeedSizeName, seedSizes } from './seed/seed-sizes.js';

/**
 * `pnpm db:migrate` | `db:seed` | `db:reset`, against `DATABASE_URL` or the embedded database
 * (started for the command, or shared with a running `pnpm dev`). `db:seed` and `db:reset` take
 * `--size tiny|medium|large` for a generated data set (see `seed/seed-sizes.ts`) instead of the
 * demo site.
 */
type Seed = (dataSource: DataSource, options: SeedOptions) => Promise<boolean>;

const commands = {
  async migrate(dataSource) {
    const applied = await migrate(dataSource);
    log(applied.length ? `Applied: ${applied.join(', ')}` : 'The schema is up to date.');
  },
  async seed(dataSource, seed) {
    await migrate(dataSource);
    const seeded = await seed(dataSource, { log, onlyIfEmpty: true });
    if (!seeded) log('The database already has users; `pnpm db:reset` wipes it and seeds again.');
  },
  async reset(dataSource, seed) {
    log('Dropping every table…');
    await dataSource.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await migrate(dataSource);
    await seed(dataSource, { log, onlyIfEmpty: false });
  },
} satisfies Record<string, (dataSource: DataSource, seed: Seed) => Promise<void>>;

function log(message: string): void {
  console.log(`[db] ${message}`);
}

function chooseSeed(size: string | undefined): Seed {
  if (size === undefined) return seedDemoData;
  if (!isSeedSizeName(size)) {
    throw new Error(`--size must be one of ${Object.keys(seedSizes).join(', ')}`);
  }
  log(`Seeding the generated "${size}" data set`);
  return (dataSource, options) => seedGeneratedData(dataSource, seedSizes[size], options);
}

async function run(args: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { size: { type: 'string' } },
  });
  const name = positionals[0];
  if (positionals.length !== 1 || !name || !(name in commands)) {
    throw new Error(`usage: cli.ts <${Object.keys(commands).join('|')}> [--size <name>]`);
  }
  const seed = chooseSeed(values.size);
  const config = loadConfig();
  const database = await provideDatabase(config, log);
  const dataSource = await createDataSource({ url: database.url, poolSize: 1 }).initialize();
  try {
    await commands[name as keyof typeof commands](dataSource, seed);
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
