import { canonicalEmail } from '@conduit/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { ArticleTagEntity } from '../../articles/article-tag.entity.js';
import { ArticleEntity } from '../../articles/article.entity.js';
import { FavoriteEntity } from '../../articles/favorite.entity.js';
import { slugify } from '../../articles/slug.js';
import { CommentEntity } from '../../comments/comment.entity.js';
import { FollowEntity } from '../../profiles/follow.entity.js';
import { TagEntity } from '../../tags/tag.entity.js';
import { hashPassword } from '../../users/password.js';
import { UserEntity } from '../../users/user.entity.js';
import { DEMO_PASSWORD, demoArticles, demoFollows, demoUsers } from './demo-content.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

export interface SeedOptions {
  log: (message: string) => void;
  /** Leave a database that already has users alone (the automatic seed on `pnpm dev`). */
  onlyIfEmpty: boolean;
}

/**
 * Loads the demo site (see `demo-content.ts`) in one transaction with one multi-row insert per
 * table. Times are relative to now, so the newest articles always look fresh.
 */
export async function seedDemoData(
  dataSource: DataSource,
  { log, onlyIfEmpty }: SeedOptions,
): Promise<boolean> {
  if (onlyIfEmpty && (await dataSource.getRepository(UserEntity).exists())) return false;
  const startedAt = Date.now();
  // One hash for all: every demo user signs in with the same documented password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (db) => {
    const userIds = await insertUsers(db, passwordHash);
    log(`Seeding demo data: ${userIds.size} users`);
    await db.getRepository(FollowEntity).insert(
      demoFollows.map(({ follower, followee }) => ({
        followerId: idOf(userIds, follower),
        followeeId: idOf(userIds, followee),
      })),
    );
    const articleIds = await insertArticles(db, userIds);
    log(`Seeding demo data: ${articleIds.length} articles`);
    await insertTags(db, articleIds);
    await insertFavorites(db, userIds, articleIds);
    const comments = await insertComments(db, userIds, articleIds);
    log(`Seeding demo data: ${demoFollows.length} follows, ${comments} comments`);
  });
  log(
    `Demo data loaded in ${Date.now() - startedAt} ms (sign in as johndoe@example.com / ${DEMO_PASSWORD})`,
  );
  return true;
}

function idOf(ids: Map<string, number>, username: string): number {
  const id = ids.get(username);
  if (id === undefined) throw new Error(`demo content names an unknown user "${username}"`);
  return id;
}

async function insertUsers(db: EntityManager, passwordHash: string): Promise<Map<string, number>> {
  const rows = demoUsers.map((user) => ({
    ...user,
    canonicalEmail: canonicalEmail(user.email),
    passwordHash,
  }));
  const { identifiers } = await db.getRepository(UserEntity).insert(rows);
  return new Map(demoUsers.map((user, index) => [user.username, identifiers[index]?.id as number]));
}

async function insertArticles(db: EntityManager, userIds: Map<string, number>): Promise<number[]> {
  const now = Date.now();
  const rows = demoArticles.map((article) => {
    const createdAt = new Date(now - article.daysAgo * DAY_MS);
    return {
      slug: slugify(article.title),
      title: article.title,
      description: article.description,
      body: article.body,
      authorId: idOf(userIds, article.author),
      favoritesCount: article.favoritedBy.length,
      createdAt,
      updatedAt: createdAt,
    };
  });
  const { identifiers } = await db.getRepository(ArticleEntity).insert(rows);
  return identifiers.map((identifier) => identifier.id as number);
}

async function insertTags(db: EntityManager, articleIds: number[]): Promise<void> {
  const names = [...new Set(demoArticles.flatMap((article) => article.tagList))];
  const { identifiers } = await db.getRepository(TagEntity).insert(names.map((name) => ({ name })));
  const tagIds = new Map(names.map((name, index) => [name, identifiers[index]?.id as number]));
  const links = demoArticles.flatMap((article, index) =>
    article.tagList.map((tag) => ({
      articleId: articleIds[index] as number,
      tagId: tagIds.get(tag) as number,
    })),
  );
  await db.getRepository(ArticleTagEntity).insert(links);
}

async function insertFavorites(
  db: EntityManager,
  userIds: Map<string, number>,
  articleIds: number[],
): Promise<void> {
  const rows = demoArticles.flatMap((article, index) =>
    article.favoritedBy.map((username) => ({
      userId: idOf(userIds, username),
      articleId: articleIds[index] as number,
    })),
  );
  if (rows.length > 0) await db.getRepository(FavoriteEntity).insert(rows);
}

async function insertComments(
  db: EntityManager,
  userIds: Map<string, number>,
  articleIds: number[],
): Promise<number> {
  const now = Date.now();
  const rows = demoArticles.flatMap((article, index) =>
    article.comments.map((comment) => {
      const createdAt = new Date(
        now - article.daysAgo * DAY_MS + comment.minutesAfterArticle * MINUTE_MS,
      );
      return {
        body: comment.body,
        articleId: articleIds[index] as number,
        authorId: idOf(userIds, comment.author),
        createdAt,
        updatedAt: createdAt,
      };
    }),
  );
  if (rows.length > 0) await db.getRepository(CommentEntity).insert(rows);
  return rows.length;
}
