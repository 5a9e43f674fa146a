import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { violatedConstraint } from '../common/database/constraint-violation.js';
import { PreparedQuery, pagedSql } from '../common/database/prepared-query.js';
import { canNameARow } from '../common/database/storable-text.js';
import { asExistingCaller } from '../common/errors/unknown-caller.js';
import { selectAuthor } from '../profiles/author-columns.js';
import { FollowEntity } from '../profiles/follow.entity.js';
import { TagEntity } from '../tags/tag.entity.js';
import { UserEntity } from '../users/user.entity.js';
import type { ArticleFilters, ArticleRow, ArticleWithBodyRow, Page } from './article-row.js';
import { ArticleTagEntity } from './article-tag.entity.js';
import { ArticleEntity } from './article.entity.js';
import { FavoriteEntity } from './favorite.entity.js';

export type NewArticleRow = Pick<
  ArticleEntity,
  'slug' | 'title' | 'description' | 'body' | 'authorId'
>;

export type ArticleUpdate = Partial<Pick<ArticleEntity, 'slug' | 'title' | 'description' | 'body'>>;

/** Another article has the slug: the caller may try another (the unique index decides). */
export class SlugTaken extends Error {
  constructor(readonly slug: string) {
    super(`The slug "${slug}" is taken`);
  }
}

type Filter = keyof ArticleFilters;
const FILTERS: readonly Filter[] = ['tag', 'author', 'favorited', 'followedBy'];

/**
 * Every query of articles, tag links and favorites. A page of articles costs two statements
 * whatever its size: the rows (tags, favorited and following come from subqueries of the same
 * statement) and the count. The reads run on every page, so they are prepared statements, one per
 * combination of filters (common/database/prepared-query.ts); the writes use TypeORM's
 * repositories, each in one transaction.
 */
@Injectable()
export class ArticlesRepository {
  private readonly pages = new Map<string, PreparedQuery<string, ArticleRow>>();
  private readonly counts = new Map<string, PreparedQuery<string, { count: number }>>();
  private readonly bySlug: PreparedQuery<'slug' | 'viewerId', ArticleWithBodyRow>;

  constructor(
    @InjectRepository(ArticleEntity) private readonly articles: Repository<ArticleEntity>,
  ) {
    this.bySlug = new PreparedQuery(
      'article_by_slug',
      selectArticles(articles.createQueryBuilder('article'))
        .addSelect('article.body', 'body')
        .where('article.slug = :slug'),
      ['viewerId', 'slug'],
    );
  }

  async findPage(
    filters: ArticleFilters,
    page: Page,
    viewerId: number | undefined,
  ): Promise<{ rows: ArticleRow[]; count: number }> {
    const used = FILTERS.filter((filter) => filters[filter] !== undefined);
    const values = { ...filters, ...page, viewerId: viewerId ?? null };
    const rows = this.pageQuery(used).many(values);
    const count = this.countQuery(used).one(values);
    // Both at once, on two pooled connections; Promise.all also settles both if one fails.
    const [pageRows, total] = await Promise.all([rows, count]);
    return { rows: pageRows, count: total?.count ?? 0 };
  }

  findBySlug(slug: string, viewerId: number | undefined): Promise<ArticleWithBodyRow | undefined> {
    if (!canNameARow(slug)) return Promise.resolve(undefined);
    return this.bySlug.one({ slug, viewerId: viewerId ?? null });
  }

  /**
   * A DELIBERATE N+1, for the dev panel's demo only (the `nPlusOneArticleList` switch): each
   * article's tags read again, one query per article, as a lazy relation of an ORM would read
   * them. A page of 20 costs 20 statements more than a page of 1. Never the normal path:
   * `selectArticles` already has the tags, from a subquery of the page's one statement.
   */
  async reloadTagsOneByOne(rows: ArticleRow[]): Promise<ArticleRow[]> {
    const reloaded: ArticleRow[] = [];
    for (const row of rows) {
      const tags = await this.articles.manager
        .createQueryBuilder(ArticleTagEntity, 'articleTag')
        .innerJoin('articleTag.tag', 'tag')
        .innerJoin('articleTag.article', 'article')
        .select('tag.name', 'name')
        .where('article.slug = :slug', { slug: row.slug })
        .orderBy('tag.name COLLATE "C"')
        .getRawMany<{ name: string }>();
      reloaded.push({ ...row, tagList: tags.map((tag) => tag.name) });
    }
    return reloaded;
  }

  /** Just what ownership checks need. */
  findOwnership(slug: string): Promise<Pick<ArticleEntity, 'id' | 'authorId' | 'title'> | null> {
    if (!canNameARow(slug)) return Promise.resolve(null);
    return this.articles.findOne({
      select: { id: true, authorId: true, title: true },
      where: { slug },
    });
  }

  /** The article and its tags, in one transaction; `SlugTaken` when the slug is someone else's. */
  async insert(article: NewArticleRow, tags: string[]): Promise<void> {
    await this.writingSlug(article.slug, async (db) => {
      const { identifiers } = await asExistingCaller('articles_author_id_fkey', () =>
        db.getRepository(ArticleEntity).insert(article),
      );
      await linkTags(db, identifiers[0]?.id as number, tags);
    });
  }

  /**
   * The changes and, unless `tags` is undefined, the new tags, in one transaction. `updatedAt`
   * moves forward on every update, even two within the same millisecond.
   */
  async update(id: number, changes: ArticleUpdate, tags: string[] | undefined): Promise<void> {
    await this.writingSlug(changes.slug, async (db) => {
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
      if (tags === undefined) return;
      await db.getRepository(ArticleTagEntity).delete({ articleId: id });
      await linkTags(db, id, tags);
    });
  }

  /** Comments, favorites and tag links go with it (ON DELETE CASCADE). */
  async delete(id: number): Promise<void> {
    await this.articles.delete({ id });
  }

  /**
   * Adds the favorite and, only when it is new, counts it, in one transaction: a second favorite
   * by the same user changes nothing, and concurrent ones each add exactly one.
   */
  async favorite(userId: number, articleId: number): Promise<void> {
    await this.articles.manager.transaction(async (db) => {
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
    await this.articles.manager.transaction(async (db) => {
      const { affected } = await db.getRepository(FavoriteEntity).delete({ userId, articleId });
      if (affected) await addToFavoritesCount(db, articleId, -1);
    });
  }

  /** Runs `write` in a transaction; a clash on the slug's unique index becomes `SlugTaken`. */
  private async writingSlug(
    slug: string | undefined,
    write: (db: EntityManager) => Promise<void>,
  ): Promise<void> {
    try {
      await this.articles.manager.transaction(write);
    } catch (error) {
      if (slug !== undefined && violatedConstraint(error, 'unique') === 'articles_slug_key')
        throw new SlugTaken(slug);
      throw error;
    }
  }

  private pageQuery(filters: Filter[]): PreparedQuery<string, ArticleRow> {
    const key = filters.join('_');
    let query = this.pages.get(key);
    if (!query) {
      // A late row lookup: the page's ids first, then the columns and subqueries for those rows
      // only. With them in one SELECT, PostgreSQL would compute them for the `offset` rows too,
      // before throwing those away: `offset=9000` would cost the work of 9,020 articles.
      const ids = inListOrder(
        whereFilters(
          this.articles.createQueryBuilder('article').select('article.id', 'id'),
          filters,
        ),
      );
      query = new PreparedQuery(
        ['article_page', ...filters].join('_'),
        inListOrder(
          selectArticles(
            this.articles
              .createQueryBuilder('article')
              .innerJoin(`(${pagedSql(ids)})`, 'page', 'page.id = article.id'),
          ),
        ),
        ['viewerId', ...filters, 'limit', 'offset'],
      );
      this.pages.set(key, query);
    }
    return query;
  }

  /**
   * How many articles match, for the page's `articlesCount`. count(*), not COUNT(DISTINCT id): the
   * filters are subqueries, never joins, so no row repeats, and a distinct count would sort every
   * matching id first.
   */
  private countQuery(filters: Filter[]): PreparedQuery<string, { count: number }> {
    const key = filters.join('_');
    let query = this.counts.get(key);
    if (!query) {
      query = new PreparedQuery(
        ['article_count', ...filters].join('_'),
        whereFilters(
          this.articles.createQueryBuilder('article').select('count(*)::int', 'count'),
          filters,
        ),
        filters,
      );
      this.counts.set(key, query);
    }
    return query;
  }
}

/**
 * An `ArticleRow`'s columns, with the viewer's `favorited` and `following` (`:viewerId`, null for
 * nobody) as subqueries of the same statement, so a page of any size costs one statement.
 */
function selectArticles(
  query: SelectQueryBuilder<ArticleEntity>,
): SelectQueryBuilder<ArticleEntity> {
  const tagNames = query
    .subQuery()
    .select('array_agg(tag.name ORDER BY tag.name COLLATE "C")')
    .from(ArticleTagEntity, 'articleTag')
    .innerJoin('articleTag.tag', 'tag')
    .where('articleTag.articleId = article.id');
  const favorite = query
    .subQuery()
    .select('1')
    .from(FavoriteEntity, 'favorite')
    .where('favorite.articleId = article.id')
    .andWhere('favorite.userId = :viewerId');
  return selectAuthor(
    query
      .innerJoin('article.author', 'author')
      .select('article.slug', 'slug')
      .addSelect('article.title', 'title')
      .addSelect('article.description', 'description')
      .addSelect('article.createdAt', 'createdAt')
      .addSelect('article.updatedAt', 'updatedAt')
      .addSelect('article.favoritesCount', 'favoritesCount'),
  )
    .addSelect(`COALESCE(${tagNames.getQuery()}, '{}')`, 'tagList')
    .addSelect(`EXISTS ${favorite.getQuery()}`, 'favorited');
}

/** Newest first; the id breaks ties, so that pages never overlap (`articles_created_at_id_idx`). */
function inListOrder(query: SelectQueryBuilder<ArticleEntity>): SelectQueryBuilder<ArticleEntity> {
  return query.orderBy('article.createdAt', 'DESC').addOrderBy('article.id', 'DESC');
}

/** The filters combine with AND; each is a subquery on an indexed column, named as its filter. */
function whereFilters(
  query: SelectQueryBuilder<ArticleEntity>,
  filters: Filter[],
): SelectQueryBuilder<ArticleEntity> {
  const subQuery = () => query.subQuery();
  const conditions: Record<Filter, () => string> = {
    tag: () =>
      `article.id IN ${subQuery()
        .select('taggedWith.articleId')
        .from(ArticleTagEntity, 'taggedWith')
        .innerJoin('taggedWith.tag', 'filterTag')
        .where('filterTag.name = :tag')
        .getQuery()}`,
    author: () =>
      `article.authorId IN ${subQuery()
        .select('namedAuthor.id')
        .from(UserEntity, 'namedAuthor')
        .where('namedAuthor.username = :author')
        .getQuery()}`,
    favorited: () =>
      `article.id IN ${subQuery()
        .select('favoriteOf.articleId')
        .from(FavoriteEntity, 'favoriteOf')
        .innerJoin('favoriteOf.user', 'fan')
        .where('fan.username = :favorited')
        .getQuery()}`,
    followedBy: () =>
      `article.authorId IN ${subQuery()
        .select('followed.followeeId')
        .from(FollowEntity, 'followed')
        .where('followed.followerId = :followedBy')
        .getQuery()}`,
  };
  for (const filter of filters) query.andWhere(conditions[filter]());
  return query;
}

/** Three statements for any number of tags: create the missing ones, read their ids, link them. */
async function linkTags(db: EntityManager, articleId: number, names: string[]): Promise<void> {
  if (names.length === 0) return;
  await db
    .createQueryBuilder()
    .insert()
    .into(TagEntity)
    .values(names.map((name) => ({ name })))
    .orIgnore()
    // Only the new tags come back, so there are no ids to write back into the values.
    .updateEntity(false)
    .execute();
  const tags = await db
    .getRepository(TagEntity)
    .find({ select: { id: true }, where: { name: In(names) } });
  await db
    .getRepository(ArticleTagEntity)
    .insert(tags.map((tag) => ({ articleId, tagId: tag.id })));
}

/**
 * Sets `updatedAt` to itself: TypeORM's update would otherwise move it (the entity's
 * `@UpdateDateColumn`), and a favorite is not an edit of the article.
 */
async function addToFavoritesCount(db: EntityManager, articleId: number, delta: 1 | -1) {
  await db
    .getRepository(ArticleEntity)
    .createQueryBuilder()
    .update()
    .set({ favoritesCount: () => `favorites_count + ${delta}`, updatedAt: () => 'updated_at' })
    .where('id = :articleId', { articleId })
    .execute();
}
