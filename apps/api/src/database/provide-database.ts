import type { AppConfig } from '../config/app-config.js';
import { type RunningDatabase, startEmbeddedPostgres } from './embedded-postgres.js';

/** `DATABASE_URL` when set (any PostgreSQL server); otherwise the embedded one, started here. */
export async function provideDatabase(
  config: AppConfig,
  log: (message: string) => void,
): Promise<RunningDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  return startEmbeddedPostgres({ dataDir: config.embeddedDatabaseDir, log });
}
