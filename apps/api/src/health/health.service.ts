import { Injectable } from '@nestjs/common';
import { DataSource, MigrationExecutor } from 'typeorm';
import { MigrationsPending } from '../common/errors/domain-errors.js';

@Injectable()
export class HealthService {
  /**
   * Once the database has every migration of this code, it keeps them for as long as this process
   * runs (a new migration comes with new code, in new processes): from then on a probe only asks
   * whether the database answers, and the migrations table is no longer read.
   */
  private isMigrated = false;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Throws unless this instance can serve requests: a database that cannot be reached fails the
   * query (503 `database`, as for any request), a schema behind the code throws `MigrationsPending`.
   */
  async assertReady(): Promise<void> {
    if (this.isMigrated) {
      await this.dataSource.query('SELECT 1');
      return;
    }
    // Read-only, unlike `dataSource.showMigrations()`, which creates the migrations table if missing.
    const pending = await new MigrationExecutor(this.dataSource).getPendingMigrations();
    if (pending.length > 0) throw new MigrationsPending(pending.map((migration) => migration.name));
    this.isMigrated = true;
  }
}
