import type { AppConfig } from '../config/app-config.js';
import type { RunningDatabase } from './embedded-postgres.js';

/** `DATABASE_URL` when set (any PostgreSQL server); otherwise the embedded one, started here. */
export async function provideDatabase(
  config: AppConfig,
  log: (message: string) => void,
): Promise<RunningDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  // Loaded only when needed: the package installs exit handlers of its own when imported, which
  // would cut a production server's graceful shutdown short.
  const { startEmbeddedPostgres } = await import('./embedded-postgres.js');
  return startEmbeddedPostgres({ dataDir: config.embeddedDatabaseDir, log });
}
