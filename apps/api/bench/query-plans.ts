import { DataSource, type Logger, type QueryRunner } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source.js';
import type { SeedSizeName } from '../src/database/seed/seed-sizes.js';
import { prepareData, startDatabase } from './bench-harness.js';

/**
 * What `bench:explain` and `db:explain` share: a throwaway database with generated data, a data
 * source that records the SQL TypeORM sends, and EXPLAIN of the statements it recorded. The plans
 * are those of the very statements the repositories send, not of hand-copied SQL.
 */

/** A statement as TypeORM sent it. */
export interface RecordedStatement {
  sql: string;
  parameters: unknown[];
}

/** Records the SQL that TypeORM sends, so that the very statements of the API are explained. */
export class StatementRecorder implements Logger {
  private statements: RecordedStatement[] = [];
  /** The statements recorded since the last call. */
  take() {
    return this.statements.splice(0);
  }
  logQuery(sql: string, parameters?: unknown[]) {
    this.statements.push({ sql, parameters: parameters ?? [] });
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

export interface PlanningDatabase {
  dataSource: DataSource;
  recorder: StatementRecorder;
  seedSeconds: number;
}

/**
 * Runs `work` on a throwaway embedded PostgreSQL, migrated and seeded with the generated data set
 * of that size; the server and its folder are gone when it returns or throws.
 */
export async function withSeededDatabase<T>(
  size: SeedSizeName,
  log: (message: string) => void,
  work: (database: PlanningDatabase) => Promise<T>,
): Promise<T> {
  const stops: (() => Promise<void>)[] = [];
  try {
    const url = await startDatabase(stops, log);
    const seedSeconds = await prepareData(url, size, log);
    const recorder = new StatementRecorder();
    const dataSource = new DataSource({
      ...dataSourceOptions({ url, poolSize: 2 }),
      logger: recorder,
      logging: ['query'],
    });
    await dataSource.initialize();
    stops.push(() => dataSource.destroy());
    return await work({ dataSource, recorder, seedSeconds });
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

/** The statements that `read` sends, in the order it sends them. */
export async function statementsOf(
  recorder: StatementRecorder,
  read: () => Promise<unknown>,
): Promise<RecordedStatement[]> {
  recorder.take();
  await read();
  return recorder.take();
}

/** `EXPLAIN (<options>)` of one recorded statement: the plan's lines. */
export async function explain(
  db: DataSource | QueryRunner,
  options: string,
  { sql, parameters }: RecordedStatement,
): Promise<string[]> {
  const plan = (await db.query(`EXPLAIN (${options}) ${sql}`, parameters)) as {
    'QUERY PLAN': string;
  }[];
  return plan.map((row) => row['QUERY PLAN']);
}

/** The `Execution Time` an `EXPLAIN (ANALYZE)` plan reports, in ms. */
export function executionMs(plan: string[]): number {
  const line = plan.find((text) => text.startsWith('Execution Time:'));
  return Number(line?.match(/[\d.]+/)?.[0] ?? Number.NaN);
}

/**
 * `EXPLAIN (<options>)` of the statement, `runs` times: the plan of the run with the median
 * execution time (the options must include ANALYZE). The first runs also bring the statement's
 * pages into memory, and on a busy machine one run alone can be several times slower than the next.
 */
export async function explainMedian(
  db: DataSource | QueryRunner,
  options: string,
  statement: RecordedStatement,
  runs = 5,
): Promise<string[]> {
  const plans: string[][] = [];
  for (let run = 0; run < runs; run++) plans.push(await explain(db, options, statement));
  plans.sort((a, b) => executionMs(a) - executionMs(b));
  return plans[Math.floor(runs / 2)] as string[];
}
