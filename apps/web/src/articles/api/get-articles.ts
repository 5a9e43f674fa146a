import type { ArticlesResponse } from '@conduit/contracts';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../api/client';
import { queryKeys, type ArticleListFilter } from '../../api/query-keys';
import { useIsViewerKnown } from '../../auth/session-context';

export const ARTICLES_PER_PAGE = 10;

/** One page (1-based) of a feed: the global list, the followed authors' feed, or a filtered list. */
export function getArticles(
  filter: ArticleListFilter,
  page: number,
  signal?: AbortSignal,
): Promise<ArticlesResponse> {
  const window = { limit: ARTICLES_PER_PAGE, offset: (page - 1) * ARTICLES_PER_PAGE };
  switch (filter.feed) {
    case 'following':
      return callApi('feed', { query: window, signal });
    case 'global':
      return callApi('listArticles', { query: window, signal });
    case 'tag':
      return callApi('listArticles', { query: { ...window, tag: filter.tag }, signal });
    case 'author':
      return callApi('listArticles', { query: { ...window, author: filter.username }, signal });
    case 'favorited':
      return callApi('listArticles', { query: { ...window, favorited: filter.username }, signal });
  }
}

export function useArticles(filter: ArticleListFilter, page: number) {
  const isViewerKnown = useIsViewerKnown();
  return useQuery({
    queryKey: queryKeys.articles.list(filter, page),
    queryFn: ({ signal }) => getArticles(filter, page, signal),
    enabled: isViewerKnown,
  });
}
