import type { AppConfig } from '../config/app-config.js';
import { createDataSource } from './data-source.js';
import { migrate } from './migrate.js';
import { seedDemoData } from './seed/seed-demo-data.js';

/**
 * Before the API listens, in development: apply pending migrations, and load the demo data into an
 * empty database. Production runs `pnpm db:migrate` as its own deployment step instead.
 */
export async function prepareDatabase(
  url: string,
  config: AppConfig,
  log: (message: string) => void,
): Promise<void> {
  if (config.isProduction) return;
  const dataSource = await createDataSource({ url, poolSize: 1 }).initialize();
  try {
    const applied = await migrate(dataSource);
    if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);
    if (config.seedDemoData) await seedDemoData(dataSource, { log, onlyIfEmpty: true });
  } finally {
    await dataSource.destroy();
  }
}
