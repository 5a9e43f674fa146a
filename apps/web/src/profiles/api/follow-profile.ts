import type { Article, Profile } from '@conduit/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

export interface FollowChange {
  username: string;
  follow: boolean;
}

export const setFollowing = async ({ username, follow }: FollowChange): Promise<Profile> =>
  (await callApi(follow ? 'follow' : 'unfollow', { params: { username } })).profile;

/**
 * Follows or unfollows at once on screen (the profile and any open article by that author), puts
 * it back if the API refuses, then refetches: "Your Feed" gains or loses the author's articles.
 */
export function useFollowProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setFollowing,
    onMutate: async ({ username, follow }) => {
      const profileKey = queryKeys.profiles.detail(username);
      await Promise.all([
        queryClient.cancelQueries({ queryKey: profileKey }),
        queryClient.cancelQueries({ queryKey: queryKeys.articles.details }),
      ]);
      const before = [
        ...queryClient.getQueriesData({ queryKey: profileKey }),
        ...queryClient.getQueriesData({ queryKey: queryKeys.articles.details }),
      ];
      queryClient.setQueryData<Profile>(
        profileKey,
        (profile) => profile && { ...profile, following: follow },
      );
      queryClient.setQueriesData<Article>({ queryKey: queryKeys.articles.details }, (article) =>
        article?.author.username === username
          ? { ...article, author: { ...article.author, following: follow } }
          : article,
      );
      return { before };
    },
    onError: (_error, _change, context) => {
      for (const [key, data] of context?.before ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: (_profile, _error, { username }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.profiles.detail(username) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.articles.all }),
      ]),
  });
}
