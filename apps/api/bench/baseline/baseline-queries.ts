import type { Pool } from 'pg';

/**
 * The baseline's SQL, written by hand the way one would without a framework: one statement for a
 * page of articles (tags, `favorited` and `following` as subqueries), one for its count, one for
 * an article, one for its comments, one for the tags. `$1` is always the viewer's id (or null).
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
    pool.query<ArticleRecord>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles a JOIN users u ON u.id = a.author_id ${rowsFilter.sql}
       ORDER BY a.created_at DESC, a.id DESC LIMIT $${limitParam} OFFSET $${limitParam + 1}`,
      [viewerId, ...rowsFilter.values, page.limit, page.offset],
    ),
    pool.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM articles a ${countFilter.sql}`,
      countFilter.values,
    ),
  ]);
  return { articles: rows.rows.map(toArticle), articlesCount: count.rows[0]?.count ?? 0 };
}

/** The WHERE clause of the given filters, their values numbered from `$firstParam`. */
function whereClause(filters: ListFilters, firstParam: number) {
  const entries = Object.entries(filters);
  const conditions = entries.map(([name, _value], index) =>
    FILTERS[name as keyof typeof FILTERS].replace('$?', `$${firstParam + index}`),
  );
  return {
    sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '',
    values: entries.map(([_name, value]) => value),
  };
}

export async function findArticle(pool: Pool, viewerId: number | null, slug: string) {
  const { rows } = await pool.query<ArticleRecord>(
    `SELECT ${ARTICLE_COLUMNS}, a.body FROM articles a JOIN users u ON u.id = a.author_id WHERE a.slug = $2`,
    [viewerId, slug],
  );
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
  }>(
    `SELECT c.id, c.created_at, c.updated_at, c.body, u.username, u.bio, u.image,
            EXISTS (SELECT 1 FROM follows fo WHERE fo.followee_id = c.author_id AND fo.follower_id = $1) AS following
     FROM articles a
     LEFT JOIN comments c ON c.article_id = a.id
     LEFT JOIN users u ON u.id = c.author_id
     WHERE a.slug = $2
     ORDER BY c.created_at DESC, c.id DESC`,
    [viewerId, slug],
  );
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
  const { rows } = await pool.query<{ name: string }>(
    `SELECT t.name FROM tags t WHERE EXISTS (SELECT 1 FROM article_tags at WHERE at.tag_id = t.id)
     ORDER BY t.name COLLATE "C"`,
  );
  return { tags: rows.map((row) => row.name) };
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
