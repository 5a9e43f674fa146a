import type { Comment } from '@conduit/contracts';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { useIsViewerKnown } from '../../auth/session-context';

export const getComments = async (slug: string, signal?: AbortSignal): Promise<Comment[]> =>
  (await callApi('comments', { params: { slug }, signal })).comments;

export function useComments(slug: string) {
  const isViewerKnown = useIsViewerKnown();
  return useQuery({
    queryKey: queryKeys.comments.list(slug),
    queryFn: ({ signal }) => getComments(slug, signal),
    enabled: isViewerKnown,
  });
}
