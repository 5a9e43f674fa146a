import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource, type Logger } from 'typeorm';
import { ArticlesRepository } from '../src/articles/articles.repository.js';
import { CommentsRepository } from '../src/comments/comments.repository.js';
import { dataSourceOptions } from '../src/database/data-source.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { migrate } from '../src/database/migrate.js';
import { seedGeneratedData } from '../src/database/seed/seed-generated-data.js';
import { isSeedSizeName, seedSizes } from '../src/database/seed/seed-sizes.js';
import { TagsRepository } from '../src/tags/tags.repository.js';

/**
 * `pnpm --filter @conduit/api bench:explain [--size large]`: the query plans of the API's read
 * queries, taken from the repositories themselves, on a throwaway database with generated data.
 * Prints EXPLAIN (ANALYZE, BUFFERS) of each and fails if one scans a big table from end to end.
 */
const BIG_TABLES = /Seq Scan on (articles|favorites|follows)\b/;

/** Records the SQL that TypeORM sends, so that the very statements of the API are explained. */
class StatementRecorder implements Logger {
  private statements: { sql: string; parameters: unknown[] }[] = [];
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

const { values } = parseArgs({ options: { size: { type: 'string', default: 'large' } } });
if (!isSeedSizeName(values.size)) throw new Error(`--size: ${Object.keys(seedSizes).join(', ')}`);

const recorder = new StatementRecorder();
const database = await startEmbeddedPostgres({
  dataDir: await mkdtemp(join(tmpdir(), 'conduit-explain-')),
  ephemeral: true,
  log: () => {},
});
const dataSource = new DataSource({
  ...dataSourceOptions({ url: database.url, poolSize: 2 }),
  logger: recorder,
  logging: ['query'],
});
try {
  await dataSource.initialize();
  await migrate(dataSource);
  await seedGeneratedData(dataSource, seedSizes[values.size], {
    log: console.log,
    onlyIfEmpty: false,
  });
  const seqScans = await explainReadQueries(dataSource);
  if (seqScans > 0) {
    console.error(`\n${seqScans} plans read articles, favorites or follows with a Seq Scan.`);
    process.exitCode = 1;
  } else {
    console.log('\nNo plan reads articles, favorites or follows with a Seq Scan.');
  }
} finally {
  await dataSource.destroy();
  await database.stop();
}

async function explainReadQueries(dataSource: DataSource): Promise<number> {
  const articles = new ArticlesRepository(dataSource);
  const comments = new CommentsRepository(dataSource);
  const tags = new TagsRepository(dataSource);
  const viewer = 1;
  const page = { limit: 20, offset: 0 };
  const readQueries: [string, () => Promise<unknown>][] = [
    ['list', () => articles.findPage({}, page, viewer)],
    ['list by tag', () => articles.findPage({ tag: 'tag1' }, page, viewer)],
    ['list by author', () => articles.findPage({ author: 'user2' }, page, viewer)],
    ['list by favorited', () => articles.findPage({ favorited: 'user3' }, page, viewer)],
    ['feed', () => articles.findPage({ followedBy: viewer }, page, viewer)],
    ['article', () => articles.findBySlug('benchmark-article-1', viewer)],
    ['comments', () => comments.findByArticleSlug('benchmark-article-1', viewer)],
    ['tags', () => tags.findInUse()],
  ];
  let seqScans = 0;
  for (const [name, read] of readQueries) {
    recorder.take();
    await read();
    for (const { sql, parameters } of recorder.take()) {
      const plan = (await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters)) as {
        'QUERY PLAN': string;
      }[];
      const lines = plan.map((row) => row['QUERY PLAN']);
      const flagged = lines.filter((line) => BIG_TABLES.test(line));
      seqScans += flagged.length > 0 ? 1 : 0;
      console.log(
        `\n=== ${name}${flagged.length ? '  <-- SEQ SCAN' : ''}\n${sql}\n${lines.join('\n')}`,
      );
    }
  }
  return seqScans;
}
