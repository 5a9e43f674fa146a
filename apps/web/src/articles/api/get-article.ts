import type { Article } from '@conduit/contracts';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { useIsViewerKnown } from '../../auth/session-context';

export const getArticle = async (slug: string, signal?: AbortSignal): Promise<Article> =>
  (await callApi('article', { params: { slug }, signal })).article;

export function useArticle(slug: string) {
  const isViewerKnown = useIsViewerKnown();
  return useQuery({
    queryKey: queryKeys.articles.detail(slug),
    queryFn: ({ signal }) => getArticle(slug, signal),
    enabled: isViewerKnown,
  });
}
