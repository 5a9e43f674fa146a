import { DataSource } from 'typeorm';
import { dataSourceOptions, type migrations } from '../../src/database/data-source.js';

/**
 * The database at `url` brought to the state of the `applied` migrations, on a pool of one: for a
 * test that puts rows in as an older schema held them, then runs the migration that follows.
 */
export async function migratedTo(url: string, applied: typeof migrations): Promise<DataSource> {
  const dataSource = new DataSource({
    ...dataSourceOptions({ url, poolSize: 1 }),
    migrations: applied,
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
