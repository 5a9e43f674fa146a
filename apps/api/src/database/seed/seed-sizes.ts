/** How many rows of each kind a generated data set has: `pnpm db:seed --size <name>`. */
export interface SeedSize {
  users: number;
  articles: number;
  /** Distinct tag names; every article gets 1 to 5 of them. */
  tags: number;
  favorites: number;
  follows: number;
  comments: number;
}

/**
 * `large` is what `pnpm bench` measures on; `medium` is a tenth of it (`pnpm bench --quick`);
 * `tiny` is for the benchmark's own test. Each user favorites and follows the same number of
 * others (favorites / users, follows / users), which must stay below articles and users.
 */
export const seedSizes = {
  tiny: { users: 20, articles: 100, tags: 10, favorites: 200, follows: 100, comments: 300 },
  medium: {
    users: 100,
    articles: 1_000,
    tags: 20,
    favorites: 5_000,
    follows: 2_000,
    comments: 3_000,
  },
  large: {
    users: 1_000,
    articles: 10_000,
    tags: 200,
    favorites: 50_000,
    follows: 20_000,
    comments: 30_000,
  },
} satisfies Record<string, SeedSize>;

export type SeedSizeName = keyof typeof seedSizes;

export function isSeedSizeName(name: string): name is SeedSizeName {
  return Object.hasOwn(seedSizes, name);
}
