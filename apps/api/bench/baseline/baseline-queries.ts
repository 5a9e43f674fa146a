import type { Pool } from 'pg';

/**
 * The baseline's SQL, written by hand the way an expert would without a framework: one statement
 * for a page of articles (its ids picked first, then tags, `favorited` and `following` as
 * subqueries for those rows only), one for its count, one for an article, one for its comments,
 * one for the tags, one for a signed-in viewer. `$1` is always the viewer's id (or null).
 *
 * Each is a **named prepared statement** (pg's `{ name, text, values }`). Sent as plain text, a
 * statement is parsed, analysed and planned by PostgreSQL on every request; that work can cost
 * more than running it. A named one is parsed and analysed once per connection, and later
 * executions send only the values; after five, PostgreSQL also keeps one generic plan if its
 * estimated cost is close to that of planning each time. On one article this more than doubles
 * what the server answers (docs/benchmarks.md).
 *
 * pg keeps the names per connection and refuses one name for two texts, so a name always stands
 * for one text: the list, whose SQL depends on its filters, has one name per set of filters.
 */
const ARTICLE_COLUMNS = `
  a.slug, a.title, a.description, a.created_at, a.updated_at, a.favorites_count,
  u.username, u.bio, u.image,
  COALESCE((SELECT array_agg(t.name ORDER BY t.name COLLATE "C")
            FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), '{}') AS tag_list,
  EXISTS (SELECT 1 FROM favorites f WHERE f.article_id = a.id AND f.user_id = $1) AS favorited,
  EXISTS (SELECT 1 FROM follows fo WHERE fo.followee_id = a.author_id AND fo.follower_id = $1) AS following`;

/** Each filter of the list, as a condition on `a` with its value as the next parameter. */
const FILTERS = {
  tag: 'a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = $?)',
  author: 'a.author_id = (SELECT id FROM users WHERE username = $?)',
  favorited:
    'a.id IN (SELECT f.article_id FROM favorites f JOIN users fu ON fu.id = f.user_id WHERE fu.username = $?)',
  followedBy: 'a.author_id IN (SELECT followee_id FROM follows WHERE follower_id = $?)',
};

export type ListFilters = Partial<Record<keyof typeof FILTERS, string | number>>;

interface ArticleRecord {
  slug: string;
  title: string;
  description: string;
  body?: string;
  created_at: Date;
  updated_at: Date;
  favorites_count: number;
  username: string;
  bio: string | null;
  image: string | null;
  tag_list: string[];
  favorited: boolean;
  following: boolean;
}

export async function listArticles(
  pool: Pool,
  viewerId: number | null,
  filters: ListFilters,
  page: { limit: number; offset: number },
) {
  const rowsFilter = whereClause(filters, 2);
  const countFilter = whereClause(filters, 1);
  const limitParam = rowsFilter.values.length + 2;
  const [rows, count] = await Promise.all([
    pool.query<ArticleRecord>({
      name: `articles-page-${rowsFilter.names}`,
      // The page's ids first, then the columns for those rows only: beside OFFSET, the columns'
      // subqueries would also run for every row skipped.
      text: `SELECT ${ARTICLE_COLUMNS}
       FROM (SELECT a.id FROM articles a ${rowsFilter.sql}
             ORDER BY a.created_at DESC, a.id DESC LIMIT $${limitParam} OFFSET $${limitParam + 1}) page
       JOIN articles a ON a.id = page.id JOIN users u ON u.id = a.author_id
       ORDER BY a.created_at DESC, a.id DESC`,
      values: [viewerId, ...rowsFilter.values, page.limit, page.offset],
    }),
    pool.query<{ count: number }>({
      name: `articles-count-${countFilter.names}`,
      text: `SELECT count(*)::int AS count FROM articles a ${countFilter.sql}`,
      values: countFilter.values,
    }),
  ]);
  return { articles: rows.rows.map(toArticle), articlesCount: count.rows[0]?.count ?? 0 };
}

/**
 * The WHERE clause of the given filters, their values numbered from `$firstParam`, and the
 * filters' names in the same order (`tag+author`, or `all`): the SQL follows from them alone.
 */
function whereClause(filters: ListFilters, firstParam: number) {
  const entries = Object.entries(filters);
  const conditions = entries.map(([name, _value], index) =>
    FILTERS[name as keyof typeof FILTERS].replace('$?', `$${firstParam + index}`),
  );
  return {
    sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '',
    values: entries.map(([_name, value]) => value),
    names: entries.map(([name]) => name).join('+') || 'all',
  };
}

export async function findArticle(pool: Pool, viewerId: number | null, slug: string) {
  const { rows } = await pool.query<ArticleRecord>({
    name: 'article-by-slug',
    text: `SELECT ${ARTICLE_COLUMNS}, a.body FROM articles a JOIN users u ON u.id = a.author_id WHERE a.slug = $2`,
    values: [viewerId, slug],
  });
  return rows[0] && { article: toArticle(rows[0]) };
}

/** One statement for both questions: the left join keeps the article when it has no comments. */
export async function listComments(pool: Pool, viewerId: number | null, slug: string) {
  const { rows } = await pool.query<{
    id: number | null;
    created_at: Date;
    updated_at: Date;
    body: string;
    username: string;
    bio: string | null;
    image: string | null;
    following: boolean;
  }>({
    name: 'comments-by-article-slug',
    text: `SELECT c.id, c.created_at, c.updated_at, c.body, u.username, u.bio, u.image,
            EXISTS (SELECT 1 FROM follows fo WHERE fo.followee_id = c.author_id AND fo.follower_id = $1) AS following
     FROM articles a
     LEFT JOIN comments c ON c.article_id = a.id
     LEFT JOIN users u ON u.id = c.author_id
     WHERE a.slug = $2
     ORDER BY c.created_at DESC, c.id DESC`,
    values: [viewerId, slug],
  });
  if (rows.length === 0) return undefined;
  return {
    comments: rows
      .filter((row) => row.id !== null)
      .map((row) => ({
        id: row.id,
        createdAt: row.created_at.toISOString(),
        updatedAt: row.updated_at.toISOString(),
        body: row.body,
        author: {
          username: row.username,
          bio: row.bio,
          image: row.image,
          following: row.following,
        },
      })),
  };
}

export async function listTags(pool: Pool) {
  const { rows } = await pool.query<{ name: string }>({
    name: 'tags-in-use',
    text: `SELECT t.name FROM tags t WHERE EXISTS (SELECT 1 FROM article_tags at WHERE at.tag_id = t.id)
     ORDER BY t.name COLLATE "C"`,
  });
  return { tags: rows.map((row) => row.name) };
}

/** Whether a signed-in viewer's user still exists, as the API checks on every request. */
export async function userExists(pool: Pool, id: number): Promise<boolean> {
  const { rowCount } = await pool.query({
    name: 'user-exists',
    text: 'SELECT 1 FROM users WHERE id = $1',
    values: [id],
  });
  return rowCount !== null && rowCount > 0;
}

function toArticle(row: ArticleRecord) {
  return {
    slug: row.slug,
    title: row.title,
    description: row.description,
    ...(row.body !== undefined && { body: row.body }),
    tagList: row.tag_list,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    favorited: row.favorited,
    favoritesCount: row.favorites_count,
    author: { username: row.username, bio: row.bio, image: row.image, following: row.following },
  };
}
