import 'reflect-metadata';
import { createDataSource } from '../../src/database/data-source.js';
import { migrate } from '../../src/database/migrate.js';
import type { RunningDatabase } from '../../src/database/embedded-postgres.js';
import { startTestDatabase } from './test-database.js';

/** A fresh database for the whole run, migrated once. */
export async function setUpTestDatabase(serverUrl: string | undefined): Promise<RunningDatabase> {
  const database = await startTestDatabase(serverUrl);
  const dataSource = await createDataSource({ url: database.url, poolSize: 1 }).initialize();
  await migrate(dataSource);
  await dataSource.destroy();
  return database;
}
