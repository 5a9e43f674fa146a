import type { DataSource } from 'typeorm';

/** Applies the migrations not yet recorded in the `migrations` table; returns their names. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
