import { DataSource, type DataSourceOptions } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity.js';
import { FavoriteEntity } from '../articles/favorite.entity.js';
import { CommentEntity } from '../comments/comment.entity.js';
import { FollowEntity } from '../profiles/follow.entity.js';
import { TagEntity } from '../tags/tag.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { InitialSchema1764000000000 } from './migrations/1764000000000-initial-schema.js';

export const entities = [
  UserEntity,
  FollowEntity,
  ArticleEntity,
  TagEntity,
  FavoriteEntity,
  CommentEntity,
];
export const migrations = [InitialSchema1764000000000];

export interface DatabaseSettings {
  url: string;
  poolSize: number;
}

/** Schema changes come from migrations only: `synchronize` is never on. */
export function dataSourceOptions({ url, poolSize }: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    poolSize,
    extra: {
      // Fail fast instead of hanging when the database is gone or a query runs away.
      connectionTimeoutMillis: 5_000,
      statement_timeout: 15_000,
    },
  };
}

export function createDataSource(settings: DatabaseSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
