import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

export const deleteArticle = (slug: string) => callApi('deleteArticle', { params: { slug } });

/** Deletes an article: it leaves every list, and its tags may leave the popular tags. */
export function useDeleteArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteArticle,
    onSuccess: (_nothing, slug) => {
      queryClient.removeQueries({ queryKey: queryKeys.articles.detail(slug) });
      queryClient.removeQueries({ queryKey: queryKeys.comments.list(slug) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.articles.lists }),
        queryClient.invalidateQueries({ queryKey: queryKeys.tags }),
      ]);
    },
  });
}
