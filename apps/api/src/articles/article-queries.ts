import type { ArticleFilters, Page } from './article-row.js';

/**
 * The read queries of articles, as plain SQL. They run on every page of the app, so they are
 * written once, here, instead of being rebuilt by TypeORM's query builder on each request, which
 * cost as much CPU as the rest of the request (docs/benchmarks.md). Each returns the SQL and its
 * parameters, numbered in the order they are pushed.
 */
export interface SqlQuery {
  text: string;
  values: unknown[];
}

/**
 * An article item's columns, with the viewer's `favorited` and `following` ($1: the viewer's id,
 * or null): subqueries of the same statement, so a page of any size costs one statement.
 * `extraColumns` adds to the list (the body, for a single article).
 */
function selectArticles(extraColumns = ''): string {
  return `
  SELECT a.id AS "id", a.slug AS "slug", a.title AS "title", a.description AS "description",
         a.created_at AS "createdAt", a.updated_at AS "updatedAt",
         a.favorites_count AS "favoritesCount",
         author.id AS "authorId", author.username AS "authorUsername",
         author.bio AS "authorBio", author.image AS "authorImage",
         COALESCE((SELECT array_agg(t.name ORDER BY t.name COLLATE "C")
                   FROM article_tags at JOIN tags t ON t.id = at.tag_id
                   WHERE at.article_id = a.id), '{}') AS "tagList",
         EXISTS (SELECT 1 FROM favorites f
                 WHERE f.article_id = a.id AND f.user_id = $1) AS "favorited",
         EXISTS (SELECT 1 FROM follows fo
                 WHERE fo.followee_id = a.author_id AND fo.follower_id = $1) AS "authorFollowing"
         ${extraColumns}
  FROM articles a JOIN users author ON author.id = a.author_id`;
}

const SELECT_ARTICLES = selectArticles();
const SELECT_ARTICLES_WITH_BODY = selectArticles(', a.body AS "body"');

/** One page of articles, newest first. */
export function articlePage(
  filters: ArticleFilters,
  page: Page,
  viewerId: number | undefined,
): SqlQuery {
  const values: unknown[] = [viewerId ?? null];
  const where = whereClause(filters, values);
  values.push(page.limit, page.offset);
  return {
    text: `${SELECT_ARTICLES}
      ${where}
      ORDER BY a.created_at DESC, a.id DESC
      LIMIT $${values.length - 1} OFFSET $${values.length}`,
    values,
  };
}

/**
 * How many articles match, for the page's `articlesCount`. count(*), not COUNT(DISTINCT a.id): the
 * filters are subqueries, never joins, so no row repeats, and a distinct count would sort every
 * matching id first.
 */
export function articleCount(filters: ArticleFilters): SqlQuery {
  const values: unknown[] = [];
  const where = whereClause(filters, values);
  return { text: `SELECT count(*)::int AS "count" FROM articles a ${where}`, values };
}

/** One article, with its body. */
export function articleBySlug(slug: string, viewerId: number | undefined): SqlQuery {
  return {
    text: `${SELECT_ARTICLES_WITH_BODY} WHERE a.slug = $2`,
    values: [viewerId ?? null, slug],
  };
}

/** Filters combine with AND; each is a subquery on an indexed column. */
function whereClause(filters: ArticleFilters, values: unknown[]): string {
  const parameter = (value: unknown) => `$${values.push(value)}`;
  const conditions: string[] = [];
  if (filters.tag !== undefined) {
    conditions.push(`a.id IN (SELECT at.article_id FROM article_tags at
      JOIN tags t ON t.id = at.tag_id WHERE t.name = ${parameter(filters.tag)})`);
  }
  if (filters.author !== undefined) {
    conditions.push(
      `a.author_id IN (SELECT u.id FROM users u WHERE u.username = ${parameter(filters.author)})`,
    );
  }
  if (filters.favorited !== undefined) {
    conditions.push(`a.id IN (SELECT fav.article_id FROM favorites fav
      JOIN users fu ON fu.id = fav.user_id WHERE fu.username = ${parameter(filters.favorited)})`);
  }
  if (filters.followedBy !== undefined) {
    conditions.push(`a.author_id IN (SELECT fl.followee_id FROM follows fl
      WHERE fl.follower_id = ${parameter(filters.followedBy)})`);
  }
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}
