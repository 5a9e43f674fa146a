import type { Article, ArticlePreview, ArticlesResponse } from '@conduit/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

export interface FavoriteChange {
  slug: string;
  favorite: boolean;
}

export const setFavorite = async ({ slug, favorite }: FavoriteChange): Promise<Article> =>
  (await callApi(favorite ? 'favorite' : 'unfavorite', { params: { slug } })).article;

/** The article as it will be once the change is made; favoriting twice counts once. */
function withFavorite<Item extends ArticlePreview>(item: Item, { slug, favorite }: FavoriteChange) {
  if (item.slug !== slug || item.favorited === favorite) return item;
  return {
    ...item,
    favorited: favorite,
    favoritesCount: item.favoritesCount + (favorite ? 1 : -1),
  };
}

/**
 * Favorites or unfavorites at once on screen (every list and the article page), puts everything
 * back if the API refuses, and then refetches the articles: a favorited tab gains or loses one.
 */
export function useFavoriteArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setFavorite,
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.articles.all });
      const before = queryClient.getQueriesData({ queryKey: queryKeys.articles.all });
      queryClient.setQueriesData<ArticlesResponse>(
        { queryKey: queryKeys.articles.lists },
        (list) => list && { ...list, articles: list.articles.map((a) => withFavorite(a, change)) },
      );
      queryClient.setQueryData<Article>(
        queryKeys.articles.detail(change.slug),
        (article) => article && withFavorite(article, change),
      );
      return { before };
    },
    onError: (_error, _change, context) => {
      for (const [key, data] of context?.before ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.articles.all }),
  });
}
