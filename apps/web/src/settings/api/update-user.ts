import { UpdateUserRequest, type User } from '@conduit/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { useSession } from '../../auth/session-context';

export const UserChanges = UpdateUserRequest.shape.user;
export type UserChanges = z.infer<typeof UserChanges>;

export const updateUser = async (user: UserChanges): Promise<User> =>
  (await callApi('updateUser', { body: { user } })).user;

/**
 * Saves the settings. The answer's token replaces the stored one, and everything that shows the
 * user's name or picture (their profile, their articles) is refetched.
 */
export function useUpdateUser() {
  const session = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (user) => {
      session.signIn(user);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.profiles.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.articles.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.comments.all }),
      ]);
    },
  });
}
