import type { ArticlesResponse } from '@conduit/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

export const deleteArticle = (slug: string) => callApi('deleteArticle', { params: { slug } });

/**
 * Deletes an article: it leaves every cached list at once (the home page it leads to must not
 * show it while refetching), then the lists and the popular tags (its tags may be gone) refetch.
 */
export function useDeleteArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteArticle,
    onSuccess: (_nothing, slug) => {
      queryClient.removeQueries({ queryKey: queryKeys.articles.detail(slug) });
      queryClient.removeQueries({ queryKey: queryKeys.comments.list(slug) });
      queryClient.setQueriesData<ArticlesResponse>(
        { queryKey: queryKeys.articles.lists },
        (list) =>
          list?.articles.some((article) => article.slug === slug)
            ? {
                articles: list.articles.filter((article) => article.slug !== slug),
                articlesCount: list.articlesCount - 1,
              }
            : list,
      );
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.articles.lists }),
        queryClient.invalidateQueries({ queryKey: queryKeys.tags }),
      ]);
    },
  });
}
