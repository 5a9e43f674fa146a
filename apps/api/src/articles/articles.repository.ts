import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { asExistingCaller } from '../common/errors/unknown-caller.js';
import { canNameARow } from '../common/database/storable-text.js';
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
 * statement) and the count.
 */
@Injectable()
export class ArticlesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findPage(
    filters: ArticleFilters,
    page: Page,
    viewerId: number | undefined,
  ): Promise<{ rows: ArticleRow[]; count: number }> {
    const rows = this.withFilters(this.selectArticles(viewerId), filters)
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(page.limit)
      .offset(page.offset)
      .getRawMany<ArticleRow>();
    // count(*), not getCount()'s COUNT(DISTINCT a.id): the filters are subqueries, never joins, so
    // no row repeats, and a distinct count sorts every matching id first (all of them, unfiltered).
    const count = this.withFilters(this.articles().createQueryBuilder('a'), filters)
      .select('count(*)::int', 'count')
      .getRawOne<{ count: number }>();
    // Both at once, on two pooled connections; Promise.all also settles both if one fails.
    const [pageRows, total] = await Promise.all([rows, count]);
    return { rows: pageRows, count: total?.count ?? 0 };
  }

  async findBySlug(
    slug: string,
    viewerId: number | undefined,
  ): Promise<(ArticleRow & { body: string }) | undefined> {
    if (!canNameARow(slug)) return undefined;
    const row = await this.selectArticles(viewerId)
      .addSelect('a.body', 'body')
      .where('a.slug = :slug', { slug })
      .getRawOne<ArticleRow & { body: string }>();
    return row ?? undefined;
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

  /** Two statements for any number of tags: create the missing ones, then link them all. */
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
      if ((raw as unknown[]).length > 0)
        await db.getRepository(ArticleEntity).increment({ id: articleId }, 'favoritesCount', 1);
    });
  }

  async unfavorite(userId: number, articleId: number): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      const { affected } = await db.getRepository(FavoriteEntity).delete({ userId, articleId });
      if (affected)
        await db.getRepository(ArticleEntity).decrement({ id: articleId }, 'favoritesCount', 1);
    });
  }

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private articles() {
    return this.dataSource.getRepository(ArticleEntity);
  }

  /** The columns of an article item, with the viewer's `favorited` and `following`. */
  private selectArticles(viewerId: number | undefined): SelectQueryBuilder<ArticleEntity> {
    return this.articles()
      .createQueryBuilder('a')
      .innerJoin('a.author', 'author')
      .select([
        'a.id AS "id"',
        'a.slug AS "slug"',
        'a.title AS "title"',
        'a.description AS "description"',
        'a.created_at AS "createdAt"',
        'a.updated_at AS "updatedAt"',
        'a.favorites_count AS "favoritesCount"',
        'author.id AS "authorId"',
        'author.username AS "authorUsername"',
        'author.bio AS "authorBio"',
        'author.image AS "authorImage"',
      ])
      .addSelect(
        `COALESCE((SELECT array_agg(t.name ORDER BY t.name COLLATE "C") FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), '{}')`,
        'tagList',
      )
      .addSelect(
        'EXISTS (SELECT 1 FROM favorites f WHERE f.article_id = a.id AND f.user_id = :viewerId)',
        'favorited',
      )
      .addSelect(
        'EXISTS (SELECT 1 FROM follows fo WHERE fo.followee_id = a.author_id AND fo.follower_id = :viewerId)',
        'authorFollowing',
      )
      .setParameter('viewerId', viewerId ?? null);
  }

  /** Filters combine with AND; each is a subquery on an indexed column. */
  private withFilters<T extends SelectQueryBuilder<ArticleEntity>>(
    query: T,
    filters: ArticleFilters,
  ): T {
    query.where('TRUE');
    if (filters.tag !== undefined) {
      query.andWhere(
        'a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = :tag)',
        { tag: filters.tag },
      );
    }
    if (filters.author !== undefined) {
      query.andWhere('a.author_id IN (SELECT u.id FROM users u WHERE u.username = :author)', {
        author: filters.author,
      });
    }
    if (filters.favorited !== undefined) {
      query.andWhere(
        'a.id IN (SELECT fav.article_id FROM favorites fav JOIN users fu ON fu.id = fav.user_id WHERE fu.username = :favoritedBy)',
        { favoritedBy: filters.favorited },
      );
    }
    if (filters.followedBy !== undefined) {
      query.andWhere(
        'a.author_id IN (SELECT fl.followee_id FROM follows fl WHERE fl.follower_id = :followerId)',
        { followerId: filters.followedBy },
      );
    }
    return query;
  }
}
