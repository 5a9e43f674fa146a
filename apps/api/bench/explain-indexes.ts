import 'reflect-metadata';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { ArticleEntity } from '../src/articles/article.entity.js';
import { ArticlesRepository } from '../src/articles/articles.repository.js';
import { seedSizes } from '../src/database/seed/seed-sizes.js';
import { API_ROOT } from './bench-harness.js';
import { writeGeneratedSection } from './generated-section.js';
import { type IndexPlans, indexPlansMarkdown } from './index-plans-report.js';
import { machineDescription } from './report.js';
import {
  explainMedian,
  type RecordedStatement,
  statementsOf,
  withSeededDatabase,
} from './query-plans.js';

/**
 * `pnpm db:explain`: the plans of the feed and of the list by tag, each with the index that serves
 * it and without it, on a throwaway database with the large data set. The index is dropped inside
 * a transaction that is rolled back, so nothing else sees it gone. Prints the plans and writes them
 * into docs/database.md between the `db:explain` markers.
 */
const SIZE = 'large';
/** user1 follows 20 authors; tag1 is on about 150 of the 10,000 articles. */
const VIEWER = 1;
const PAGE = { limit: 20, offset: 0 };
// No costs: they are the planner's estimates and add nothing to what was measured.
const EXPLAIN_OPTIONS = 'ANALYZE, BUFFERS, COSTS OFF';
const DATABASE_MD = join(API_ROOT, '../../docs/database.md');

interface IndexedQuery {
  title: string;
  /** The repository call, as a reader finds it in the code. */
  call: string;
  index: string;
  read(articles: ArticlesRepository): Promise<unknown>;
}

const QUERIES: IndexedQuery[] = [
  {
    title: 'The feed',
    call: `ArticlesRepository.findPage({ followedBy: ${VIEWER} })`,
    index: 'articles_author_id_created_at_id_idx',
    read: (articles) => articles.findPage({ followedBy: VIEWER }, PAGE, VIEWER),
  },
  {
    title: 'The list by tag',
    call: `ArticlesRepository.findPage({ tag: 'tag1' })`,
    index: 'article_tags_tag_id_idx',
    read: (articles) => articles.findPage({ tag: 'tag1' }, PAGE, VIEWER),
  },
];

const markdown = await withSeededDatabase(SIZE, console.log, async (database) => {
  const { dataSource, recorder } = database;
  const articles = new ArticlesRepository(dataSource.getRepository(ArticleEntity));
  const plans: IndexPlans[] = [];
  for (const { read, ...query } of QUERIES) {
    for (const statement of await statementsOf(recorder, () => read(articles))) {
      plans.push({
        ...query,
        kind: /\bLIMIT\b/.test(statement.sql) ? 'page' : 'count',
        statement,
        ...(await plansWithAndWithout(dataSource, query.index, statement)),
      });
    }
  }
  const [{ server_version: version }] = (await dataSource.query('SHOW server_version')) as [
    { server_version: string },
  ];
  const size = seedSizes[SIZE];
  return indexPlansMarkdown(
    plans,
    `PostgreSQL ${version} on ${machineDescription()}, load average ${loadavg()[0]?.toFixed(1)}; the \`${SIZE}\` data set (${size.articles.toLocaleString('en')} articles, ${size.follows.toLocaleString('en')} follows; seeded in ${database.seedSeconds.toFixed(1)} s). Each statement is explained 5 times with its index and 5 times without it; shown is the run with the median execution time. The times move with the machine's load; the plans, rows and buffers stay the same.`,
  );
});
console.log(`\n${markdown}`);
await writeGeneratedSection(DATABASE_MD, 'db:explain', markdown);
console.log('\nWritten to docs/database.md.');

async function plansWithAndWithout(
  dataSource: DataSource,
  index: string,
  statement: RecordedStatement,
): Promise<{ withIndex: string[]; withoutIndex: string[] }> {
  const withIndex = await explainMedian(dataSource, EXPLAIN_OPTIONS, statement);
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query(`DROP INDEX ${index}`);
    return { withIndex, withoutIndex: await explainMedian(runner, EXPLAIN_OPTIONS, statement) };
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}
