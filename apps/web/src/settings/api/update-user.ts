import { UpdateUserRequest, type User } from '@conduit/contracts';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../api/client';
import { useSession } from '../../auth/session-context';

export const UserChanges = UpdateUserRequest.shape.user;
export type UserChanges = z.infer<typeof UserChanges>;

export const updateUser = async (user: UserChanges): Promise<User> =>
  (await callApi('updateUser', { body: { user } })).user;

/**
 * Saves the settings. The session keeps the answer (its token replaces the stored one) and
 * refetches everything cached, since the user's name or picture shows in profiles, articles
 * and comments.
 */
export function useUpdateUser() {
  const session = useSession();
  return useMutation({ mutationFn: updateUser, onSuccess: session.signIn });
}
