import 'reflect-metadata';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { createDataSource } from './data-source.js';
import { generateMigration, isMigrationName } from './generate-migration.js';
import { migrate } from './migrate.js';
import { provideDatabase } from './provide-database.js';
import { seedDemoData, type SeedOptions } from './seed/seed-demo-data.js';
import { seedGeneratedData } from './seed/seed-generated-data.js';
import { isSeedSizeName, seedSizes } from './seed/seed-sizes.js';

/**
 * `pnpm db:migrate` | `db:seed` | `db:reset` | `db:generate <Name>`, against `DATABASE_URL` or the
 * embedded database (started for the command, or shared with a running `pnpm dev`). `db:seed` and
 * `db:reset` take `--size tiny|medium|large` for a generated data set (see `seed/seed-sizes.ts`)
 * instead of the demo site.
 */
type Seed = (dataSource: DataSource, options: SeedOptions) => Promise<boolean>;

interface Arguments {
  seed: Seed;
  /** The one argument of `generate`, the new migration's name (empty for the others). */
  name: string;
}

const commands = {
  async migrate(dataSource) {
    const applied = await migrate(dataSource);
    log(applied.length ? `Applied: ${applied.join(', ')}` : 'The schema is up to date.');
  },
  async seed(dataSource, { seed }) {
    await migrate(dataSource);
    const seeded = await seed(dataSource, { log, onlyIfEmpty: true });
    if (!seeded) log('The database already has users; `pnpm db:reset` wipes it and seeds again.');
  },
  async reset(dataSource, { seed }) {
    log('Dropping every table…');
    await dataSource.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await migrate(dataSource);
    await seed(dataSource, { log, onlyIfEmpty: false });
  },
  async generate(dataSource, { name }) {
    // Compared with a database that lacks a pending migration, the entities would differ by it.
    const applied = await migrate(dataSource);
    if (applied.length) log(`Applied first: ${applied.join(', ')}`);
    const path = await generateMigration(dataSource, name);
    log(
      path
        ? `Wrote ${relative(process.cwd(), path)} and listed it in data-source.ts: read it, then \`pnpm db:migrate\`.`
        : 'The entities and the database agree: no migration to write.',
    );
  },
} satisfies Record<string, (dataSource: DataSource, args: Arguments) => Promise<void>>;

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
  const [command, name] = positionals;
  const isGenerate = command === 'generate';
  if (
    !command ||
    !(command in commands) ||
    positionals.length !== (isGenerate ? 2 : 1) ||
    (isGenerate && !isMigrationName(name ?? ''))
  ) {
    throw new Error(
      'usage: cli.ts <migrate|seed|reset> [--size <name>] | cli.ts generate <PascalCaseName>',
    );
  }
  const seed = chooseSeed(values.size);
  const config = loadConfig();
  const database = await provideDatabase(config, log);
  const dataSource = await createDataSource({ url: database.url, poolSize: 1 }).initialize();
  try {
    await commands[command as keyof typeof commands](dataSource, { seed, name: name ?? '' });
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
