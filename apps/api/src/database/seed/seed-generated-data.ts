import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../users/password.js';
import { UserEntity } from '../../users/user.entity.js';
import { DEMO_PASSWORD } from './demo-content.js';
import { ProgressBar } from './progress-bar.js';
import type { SeedOptions } from './seed-demo-data.js';
import type { SeedSize } from './seed-sizes.js';

/**
 * Generated rows are named by their number: user `n` is `user<n>` (`user<n>@example.com`), article
 * `n` has the slug `benchmark-article-<n>`, tag `n` is `tag<n>`. Statements find each other's rows
 * through those unique, indexed names, so nothing depends on which ids the database hands out.
 */
const userName = (n: string) => `'user' || (${n})`;
const articleSlug = (n: string) => `'benchmark-article-' || (${n})`;
const tagName = (n: string) => `'tag' || (${n})`;
/** Article `n` is published 30 minutes after article `n - 1`: a fixed clock keeps runs identical. */
const articleTime = (n: string) =>
  `timestamptz '2025-01-01 00:00:00+00' + (${n}) * interval '30 minutes'`;

/**
 * Loads a generated data set of the given size (`pnpm db:seed --size large`) in one transaction,
 * one set-based statement per table (generate_series, INSERT … SELECT), never one per row. The
 * multipliers in the statements are primes: they spread authors, tags, favorites and follows
 * evenly, and the same size always yields the same rows.
 */
export async function seedGeneratedData(
  dataSource: DataSource,
  size: SeedSize,
  { log, onlyIfEmpty }: SeedOptions,
): Promise<boolean> {
  if (onlyIfEmpty && (await dataSource.getRepository(UserEntity).exists())) return false;
  const steps = seedSteps(size);
  const progress = new ProgressBar(steps.length + 1);
  // One hash for all, as in the demo seed: every generated user signs in with the demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (db) => {
    for (const { label, run } of steps) {
      progress.step(label);
      await run(db, passwordHash);
    }
  });
  // What autovacuum would do a little later: fresh statistics, so that the planner picks the
  // indexes, and a visibility map, so that counts read an index alone. Not allowed in a transaction.
  progress.step('vacuum analyze');
  await dataSource.query('VACUUM (ANALYZE)');
  const elapsed = progress.finish('done');
  log(
    `${size.users} users, ${size.articles} articles, ${size.favorites} favorites, ${size.follows} follows, ${size.comments} comments in ${(elapsed / 1000).toFixed(1)} s (sign in as user1@example.com / ${DEMO_PASSWORD})`,
  );
  return true;
}

interface SeedStep {
  label: string;
  run(db: EntityManager, passwordHash: string): Promise<unknown>;
}

function seedSteps(size: SeedSize): SeedStep[] {
  const favoritesPerUser = Math.floor(size.favorites / size.users);
  const followsPerUser = Math.floor(size.follows / size.users);
  return [
    {
      label: 'users',
      run: (db, passwordHash) =>
        db.query(
          // The email is lower-case ASCII: its canonical form is the email itself.
          `INSERT INTO users (username, email, canonical_email, password_hash, bio, created_at, updated_at)
           SELECT ${userName('n')}, ${userName('n')} || '@example.com', ${userName('n')} || '@example.com', $2,
                  'Generated user number ' || n || '.', ${articleTime('0')}, ${articleTime('0')}
           FROM generate_series(1, $1) AS n`,
          [size.users, passwordHash],
        ),
    },
    {
      label: 'tags',
      run: (db) =>
        db.query(
          `INSERT INTO tags (name) SELECT ${tagName('n')} FROM generate_series(1, $1) AS n`,
          [size.tags],
        ),
    },
    {
      label: 'articles',
      run: (db) =>
        db.query(
          `INSERT INTO articles (slug, title, description, body, author_id, created_at, updated_at)
           SELECT ${articleSlug('n')}, 'Benchmark article ' || n,
                  'What benchmark article ' || n || ' is about, in one sentence.',
                  repeat('A paragraph of benchmark article ' || n || ', long enough to look like prose. ', 12),
                  u.id, ${articleTime('n')}, ${articleTime('n')}
           FROM generate_series(1, $1) AS n
           JOIN users u ON u.username = ${userName('(n * 37) % $2 + 1')}`,
          [size.articles, size.users],
        ),
    },
    {
      label: 'article tags',
      // Article n gets 1 + n % 5 tags; stepping by 41 (prime to the tag count) keeps them distinct.
      run: (db) =>
        db.query(
          `INSERT INTO article_tags (article_id, tag_id)
           SELECT a.id, t.id
           FROM generate_series(1, $1) AS n
           CROSS JOIN generate_series(0, n % 5) AS j
           JOIN articles a ON a.slug = ${articleSlug('n')}
           JOIN tags t ON t.name = ${tagName('(n * 13 + j * 41) % $2 + 1')}`,
          [size.articles, size.tags],
        ),
    },
    {
      label: 'favorites',
      // User u favorites articles u·131 + k·197: distinct for each k, as 197 is prime to the count.
      run: (db) =>
        db.query(
          `INSERT INTO favorites (user_id, article_id, created_at)
           SELECT u.id, a.id, a.created_at
           FROM generate_series(1, $1) AS un
           CROSS JOIN generate_series(0, $2 - 1) AS k
           JOIN users u ON u.username = ${userName('un')}
           JOIN articles a ON a.slug = ${articleSlug('(un * 131 + k * 197) % $3 + 1')}`,
          [size.users, favoritesPerUser, size.articles],
        ),
    },
    {
      label: 'favorite counts',
      run: (db) =>
        db.query(
          `UPDATE articles a SET favorites_count = f.count
           FROM (SELECT article_id, count(*) AS count FROM favorites GROUP BY article_id) f
           WHERE f.article_id = a.id`,
        ),
    },
    {
      label: 'follows',
      // User u follows users u + 1 + 7k: never u itself while 1 + 7k stays short of the user count.
      run: (db) =>
        db.query(
          `INSERT INTO follows (follower_id, followee_id, created_at)
           SELECT follower.id, followee.id, ${articleTime('0')}
           FROM generate_series(1, $1) AS un
           CROSS JOIN generate_series(0, $2 - 1) AS k
           JOIN users follower ON follower.username = ${userName('un')}
           JOIN users followee ON followee.username = ${userName('(un + k * 7) % $1 + 1')}`,
          [size.users, followsPerUser],
        ),
    },
    {
      label: 'comments',
      run: (db) =>
        db.query(
          `INSERT INTO comments (body, article_id, author_id, created_at, updated_at)
           SELECT 'Comment ' || c || ': a thought on this article.', a.id, u.id,
                  a.created_at + (c % 600) * interval '1 minute', a.created_at + (c % 600) * interval '1 minute'
           FROM generate_series(1, $1) AS c
           JOIN articles a ON a.slug = ${articleSlug('(c * 7) % $2 + 1')}
           JOIN users u ON u.username = ${userName('(c * 11) % $3 + 1')}`,
          [size.comments, size.articles, size.users],
        ),
    },
    { label: 'favorite counts check', run: (db) => checkFavoriteCounts(db) },
  ];
}

/** `favorites_count` is a stored counter: it must equal the rows it counts. */
async function checkFavoriteCounts(db: EntityManager): Promise<void> {
  const [{ wrong }] = (await db.query(
    `SELECT count(*)::int AS wrong FROM articles a
     WHERE a.favorites_count <> (SELECT count(*) FROM favorites f WHERE f.article_id = a.id)`,
  )) as [{ wrong: number }];
  if (wrong > 0)
    throw new Error(`${wrong} articles have a favorites_count that is not their count`);
}
