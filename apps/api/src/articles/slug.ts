import { randomBytes } from 'node:crypto';

const MAX_LENGTH = 200;

/**
 * Words that are routes under `/api/articles/`, not articles: `GET /api/articles/feed` is the
 * feed, so an article with the slug "feed" could never be read.
 */
const ROUTE_NAMES = new Set(['feed']);

/**
 * A URL-safe slug from a title: "Hello, World!" → "hello-world". Accents are folded to ASCII;
 * a title with no ASCII letters or digits at all becomes "article", and one that would name a
 * route gets "-article" added ("Feed" → "feed-article").
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_LENGTH)
    // One dash at most at either end, since runs are one dash by now: `-+$` would retry its run
    // from every dash, a cost that grows with the square of the run's length.
    .replace(/^-|-$/g, '');
  if (!slug) return 'article';
  return ROUTE_NAMES.has(slug) ? `${slug}-article` : slug;
}

/** Makes a slug unique when its plain form is taken: "hello-world" → "hello-world-3fa9c2". */
export function withRandomSuffix(slug: string): string {
  return `${slug}-${randomBytes(3).toString('hex')}`;
}
