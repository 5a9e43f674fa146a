import { CreateArticleRequest, type Article } from '@conduit/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

// Publishing and editing check the same fields; an edit simply sends them all.
export const ArticleDraft = CreateArticleRequest.shape.article.required({ tagList: true });
export type ArticleDraft = z.infer<typeof ArticleDraft>;

/** Publishes a new article, or with `slug` replaces that article's fields (tags included). */
export const saveArticle = async (draft: ArticleDraft, slug?: string): Promise<Article> => {
  const answer = slug
    ? await callApi('updateArticle', { params: { slug }, body: { article: draft } })
    : await callApi('createArticle', { body: { article: draft } });
  return answer.article;
};

/** Saves the draft; every list, the article itself (its slug may change) and the tags refresh. */
export function useSaveArticle(slug?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: ArticleDraft) => saveArticle(draft, slug),
    onSuccess: (article) => {
      if (slug) queryClient.removeQueries({ queryKey: queryKeys.articles.detail(slug) });
      queryClient.setQueryData(queryKeys.articles.detail(article.slug), article);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.articles.lists }),
        queryClient.invalidateQueries({ queryKey: queryKeys.tags }),
      ]);
    },
  });
}
