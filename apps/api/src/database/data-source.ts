import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';
import { ArticleTagEntity } from '../articles/article-tag.entity.js';
import { ArticleEntity } from '../articles/article.entity.js';
import { FavoriteEntity } from '../articles/favorite.entity.js';
import { CommentEntity } from '../comments/comment.entity.js';
import { FollowEntity } from '../profiles/follow.entity.js';
import { TagEntity } from '../tags/tag.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { PreparingClient } from '../common/database/prepared-query.js';
import { QueryStatsSubscriber } from '../common/request-context/query-stats.subscriber.js';
import { InitialSchema1764000000000 } from './migrations/1764000000000-initial-schema.js';
import { CanonicalEmails1796288536567 } from './migrations/1796288536567-canonical-emails.js';
import { DemoAvatarsOnTheApi1796292395817 } from './migrations/1796292395817-demo-avatars-on-the-api.js';

export const entities = [
  UserEntity,
  FollowEntity,
  ArticleEntity,
  TagEntity,
  ArticleTagEntity,
  FavoriteEntity,
  CommentEntity,
];
export const migrations = [
  InitialSchema1764000000000,
  CanonicalEmails1796288536567,
  DemoAvatarsOnTheApi1796292395817,
];

export interface DatabaseSettings {
  url: string;
  poolSize: number;
  /** Count each request's SQL statements and their time (development and tests; off in production). */
  countQueries?: boolean;
}

/** Schema changes come from migrations only: `synchronize` is never on. */
export function dataSourceOptions({
  url,
  poolSize,
  countQueries = false,
}: DatabaseSettings): PostgresDataSourceOptions {
  return {
    ...(countQueries && { subscribers: [QueryStatsSubscriber] }),
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    poolSize,
    extra: {
      // Sends the SQL of the hot read queries as named prepared statements (prepared-query.ts).
      Client: PreparingClient,
      // Fail fast instead of hanging when the database is gone or a query runs away.
      connectionTimeoutMillis: 5_000,
      statement_timeout: 15_000,
    },
  };
}

export function createDataSource(settings: DatabaseSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
