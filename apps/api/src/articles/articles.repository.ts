import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { asExistingCaller } from '../common/errors/unknown-caller.js';
import { canNameARow } from '../common/database/storable-text.js';
import { articleBySlug, articleCount, articlePage, type SqlQuery } from './article-queries.js';
import type { ArticleFilters, ArticleRow, Page } from './article-row.js';
import { ArticleEntity } from './article.entity.js';
import { FavoriteEntity } from './favorite.entity.js';

export interface NewArticleRow {
  slug: string;
  title: string;
  description: string;
  body: string;
  authorId: number;
}

export type ArticleUpdate = Partial<Pick<ArticleEntity, 'slug' | 'title' | 'description' | 'body'>>;

/**
 * Every query of articles, tags links and favorites. A page of articles costs two statements
 * whatever its size: the rows (tags, favorited and following come from subqueries of the same
 * statement) and the count. The reads are plain SQL (`article-queries.ts`); the writes use
 * TypeORM's repositories.
 */
@Injectable()
export class ArticlesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findPage(
    filters: ArticleFilters,
    page: Page,
    viewerId: number | undefined,
  ): Promise<{ rows: ArticleRow[]; count: number }> {
    const rows = this.run<ArticleRow>(articlePage(filters, page, viewerId));
    const count = this.run<{ count: number }>(articleCount(filters));
    // Both at once, on two pooled connections; Promise.all also settles both if one fails.
    const [pageRows, [total]] = await Promise.all([rows, count]);
    return { rows: pageRows, count: total?.count ?? 0 };
  }

  async findBySlug(
    slug: string,
    viewerId: number | undefined,
  ): Promise<(ArticleRow & { body: string }) | undefined> {
    if (!canNameARow(slug)) return undefined;
    const [row] = await this.run<ArticleRow & { body: string }>(articleBySlug(slug, viewerId));
    return row;
  }

  /** Just what ownership checks need. */
  findOwnership(slug: string): Promise<Pick<ArticleEntity, 'id' | 'authorId' | 'title'> | null> {
    if (!canNameARow(slug)) return Promise.resolve(null);
    return this.articles().findOne({
      select: { id: true, authorId: true, title: true },
      where: { slug },
    });
  }

  async insert(db: EntityManager, article: NewArticleRow): Promise<number> {
    const { identifiers } = await asExistingCaller('articles_author_id_fkey', () =>
      db.getRepository(ArticleEntity).insert(article),
    );
    return identifiers[0]?.id as number;
  }

  /** `updatedAt` moves forward on every update, even two within the same millisecond. */
  async update(db: EntityManager, id: number, changes: ArticleUpdate): Promise<void> {
    await db
      .getRepository(ArticleEntity)
      .createQueryBuilder()
      .update()
      .set({
        ...changes,
        updatedAt: () => "greatest(now(), updated_at + interval '1 millisecond')",
      })
      .where('id = :id', { id })
      .execute();
  }

  /**
   * Three statements for any number of tags: drop the article's links, create the missing tags,
   * then link them all (only the first when there are none).
   */
  async replaceTags(db: EntityManager, articleId: number, tags: string[]): Promise<void> {
    await db.query('DELETE FROM article_tags WHERE article_id = $1', [articleId]);
    if (tags.length === 0) return;
    await db.query(
      'INSERT INTO tags (name) SELECT unnest($1::varchar[]) ON CONFLICT (name) DO NOTHING',
      [tags],
    );
    await db.query(
      'INSERT INTO article_tags (article_id, tag_id) SELECT $1, id FROM tags WHERE name = ANY($2::varchar[])',
      [articleId, tags],
    );
  }

  /** Comments, favorites and tag links go with it (ON DELETE CASCADE). */
  async delete(id: number): Promise<void> {
    await this.articles().delete({ id });
  }

  /**
   * Adds the favorite and, only when it is new, counts it, in one transaction: a second favorite
   * by the same user changes nothing, and concurrent ones each add exactly one.
   */
  async favorite(userId: number, articleId: number): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      const { raw } = await asExistingCaller('favorites_user_id_fkey', () =>
        db
          .createQueryBuilder()
          .insert()
          .into(FavoriteEntity)
          .values({ userId, articleId })
          .orIgnore()
          .returning('article_id')
          .execute(),
      );
      if ((raw as unknown[]).length > 0) await addToFavoritesCount(db, articleId, 1);
    });
  }

  async unfavorite(userId: number, articleId: number): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      const { affected } = await db.getRepository(FavoriteEntity).delete({ userId, articleId });
      if (affected) await addToFavoritesCount(db, articleId, -1);
    });
  }

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private articles() {
    return this.dataSource.getRepository(ArticleEntity);
  }

  private run<T>(query: SqlQuery): Promise<T[]> {
    return this.dataSource.query<T[]>(query.text, query.values);
  }
}

/**
 * In SQL rather than with TypeORM's `increment`, which would also move `updated_at` (the entity's
 * `@UpdateDateColumn`): a favorite is not an edit of the article.
 */
async function addToFavoritesCount(db: EntityManager, articleId: number, delta: 1 | -1) {
  await db.query('UPDATE articles SET favorites_count = favorites_count + $2 WHERE id = $1', [
    articleId,
    delta,
  ]);
}
