import type { Profile } from '@conduit/contracts';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { useIsViewerKnown } from '../../auth/session-context';

export const getProfile = async (username: string, signal?: AbortSignal): Promise<Profile> =>
  (await callApi('profile', { params: { username }, signal })).profile;

export function useProfile(username: string) {
  const isViewerKnown = useIsViewerKnown();
  return useQuery({
    queryKey: queryKeys.profiles.detail(username),
    queryFn: ({ signal }) => getProfile(username, signal),
    enabled: isViewerKnown,
  });
}
