/**
 * Every cache key of the app, in one place, so that a mutation in one feature can invalidate what
 * another feature shows. Keys are hierarchical: invalidating `articles.all` refreshes every list
 * and every article.
 */
export type ArticleListFilter =
  | { feed: 'global' }
  | { feed: 'following' }
  | { feed: 'tag'; tag: string }
  | { feed: 'author'; username: string }
  | { feed: 'favorited'; username: string };

export const queryKeys = {
  currentUser: ['current-user'] as const,
  articles: {
    all: ['articles'] as const,
    lists: ['articles', 'list'] as const,
    list: (filter: ArticleListFilter, page: number) => ['articles', 'list', filter, page] as const,
    details: ['articles', 'detail'] as const,
    detail: (slug: string) => ['articles', 'detail', slug] as const,
  },
  comments: {
    all: ['comments'] as const,
    list: (slug: string) => ['comments', slug] as const,
  },
  profiles: {
    all: ['profiles'] as const,
    detail: (username: string) => ['profiles', username] as const,
  },
  tags: ['tags'] as const,
};
