import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { ArticleEntity } from '../src/articles/article.entity.js';
import { ArticlesRepository } from '../src/articles/articles.repository.js';
import { CommentEntity } from '../src/comments/comment.entity.js';
import { CommentsRepository } from '../src/comments/comments.repository.js';
import { isSeedSizeName, seedSizes } from '../src/database/seed/seed-sizes.js';
import { TagEntity } from '../src/tags/tag.entity.js';
import { TagsRepository } from '../src/tags/tags.repository.js';
import {
  explain,
  type StatementRecorder,
  statementsOf,
  withSeededDatabase,
} from './query-plans.js';

/**
 * `pnpm --filter @conduit/api bench:explain [--size large]`: the query plans of the API's read
 * queries, taken from the repositories themselves, on a throwaway database with generated data.
 * Prints EXPLAIN (ANALYZE, BUFFERS) of each and fails if one scans a big table from end to end.
 */
const BIG_TABLES = /Seq Scan on (articles|favorites|follows)\b/;

const { values } = parseArgs({ options: { size: { type: 'string', default: 'large' } } });
if (!isSeedSizeName(values.size)) throw new Error(`--size: ${Object.keys(seedSizes).join(', ')}`);

const seqScans = await withSeededDatabase(values.size, console.log, ({ dataSource, recorder }) =>
  explainReadQueries(dataSource, recorder),
);
if (seqScans > 0) {
  console.error(`\n${seqScans} plans read articles, favorites or follows with a Seq Scan.`);
  process.exitCode = 1;
} else {
  console.log('\nNo plan reads articles, favorites or follows with a Seq Scan.');
}

async function explainReadQueries(
  dataSource: DataSource,
  recorder: StatementRecorder,
): Promise<number> {
  const articles = new ArticlesRepository(dataSource.getRepository(ArticleEntity));
  const comments = new CommentsRepository(dataSource.getRepository(CommentEntity));
  const tags = new TagsRepository(dataSource.getRepository(TagEntity));
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
    for (const statement of await statementsOf(recorder, read)) {
      const lines = await explain(dataSource, 'ANALYZE, BUFFERS', statement);
      const flagged = lines.filter((line) => BIG_TABLES.test(line));
      seqScans += flagged.length > 0 ? 1 : 0;
      console.log(
        `\n=== ${name}${flagged.length ? '  <-- SEQ SCAN' : ''}\n${statement.sql}\n${lines.join('\n')}`,
      );
    }
  }
  return seqScans;
}
