import { DEMO_PASSWORD } from '../src/database/seed/demo-content.js';
import type { SeedSize } from '../src/database/seed/seed-sizes.js';

/** One kind of request the benchmark sends, over and over, to each server that answers it. */
export interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** Sent as the signed-in user (`user1`). */
  isSignedIn?: boolean;
  /** Writes and logins: the baseline answers reads only. */
  isOursOnly?: boolean;
  /**
   * Our requests/s must be at least this share of the baseline's (issue 14): 0.8 for the lists,
   * where the database's work dominates, 0.5 where a cheap query leaves the layers' cost exposed.
   */
  minRatio?: number;
  /** Checks a password: argon2id, deliberately slow (about 20 ms of CPU, 7 MiB of memory). */
  hashesPassword?: boolean;
  /** Instead of the run's connection count. */
  connections?: number;
}

export const SIGNED_IN_EMAIL = 'user1@example.com';

/**
 * The scenarios on a generated data set, reads first, then writes, then logins, whose password
 * hashes keep the CPU busy for a while after the load stops. They use rows that
 * `seed/seed-generated-data.ts` names by number:
 * `tag1`, `user2`'s articles, `user3`'s favorites, `user1`'s feed, and the newest article.
 */
export function scenariosFor(size: SeedSize): Scenario[] {
  const newestSlug = `benchmark-article-${size.articles}`;
  return [
    { name: 'list', method: 'GET', path: '/api/articles?limit=20', minRatio: 0.8 },
    { name: 'list by tag', method: 'GET', path: '/api/articles?tag=tag1', minRatio: 0.8 },
    { name: 'list by author', method: 'GET', path: '/api/articles?author=user2', minRatio: 0.8 },
    {
      name: 'list by favorited',
      method: 'GET',
      path: '/api/articles?favorited=user3',
      minRatio: 0.8,
    },
    { name: 'feed', method: 'GET', path: '/api/articles/feed', isSignedIn: true, minRatio: 0.8 },
    { name: 'article', method: 'GET', path: `/api/articles/${newestSlug}`, minRatio: 0.5 },
    {
      name: 'comments',
      method: 'GET',
      path: `/api/articles/${newestSlug}/comments`,
      minRatio: 0.5,
    },
    { name: 'tags', method: 'GET', path: '/api/tags', minRatio: 0.5 },
    {
      name: 'create article',
      method: 'POST',
      path: '/api/articles',
      body: {
        article: {
          title: 'A benchmark write',
          description: 'Written by pnpm bench',
          body: 'Each request publishes one more article.',
          tagList: ['benchmark'],
        },
      },
      isSignedIn: true,
      isOursOnly: true,
    },
    {
      name: 'login',
      method: 'POST',
      path: '/api/users/login',
      body: { user: { email: SIGNED_IN_EMAIL, password: DEMO_PASSWORD } },
      isOursOnly: true,
      hashesPassword: true,
      // The four libuv threads that hash: more connections would only wait in their queue, for
      // longer than a run lasts.
      connections: 4,
    },
  ];
}

/**
 * Requests whose answers must be the same JSON from both servers before anything is measured:
 * a few per read scenario, with other pages, values and a signed-in viewer.
 */
export function sameJsonSamples(size: SeedSize): { path: string; isSignedIn?: boolean }[] {
  const slugs = [size.articles, size.articles - 1, 1].map((n) => `benchmark-article-${n}`);
  return [
    { path: '/api/articles?limit=20' },
    { path: '/api/articles?limit=5&offset=20', isSignedIn: true },
    { path: '/api/articles?tag=tag1' },
    { path: '/api/articles?tag=tag2&offset=3', isSignedIn: true },
    { path: '/api/articles?tag=no-such-tag' },
    { path: '/api/articles?author=user2' },
    { path: '/api/articles?author=user5', isSignedIn: true },
    { path: '/api/articles?favorited=user3' },
    { path: '/api/articles?favorited=user4&limit=3', isSignedIn: true },
    { path: '/api/articles/feed', isSignedIn: true },
    { path: '/api/articles/feed?offset=10&limit=10', isSignedIn: true },
    ...slugs.map((slug) => ({ path: `/api/articles/${slug}` })),
    { path: `/api/articles/${slugs[1]}`, isSignedIn: true },
    ...slugs.map((slug) => ({ path: `/api/articles/${slug}/comments` })),
    { path: `/api/articles/${slugs[2]}/comments`, isSignedIn: true },
    { path: '/api/tags' },
  ];
}
