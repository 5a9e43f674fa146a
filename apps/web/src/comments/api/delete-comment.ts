import type { Comment } from '@conduit/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

export const deleteComment = (slug: string, id: number) =>
  callApi('deleteComment', { params: { slug, id } });

/** Deletes a comment: it leaves the list at once and comes back if the API refuses. */
export function useDeleteComment(slug: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.comments.list(slug);
  return useMutation({
    mutationFn: (id: number) => deleteComment(slug, id),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<Comment[]>(key);
      queryClient.setQueryData<Comment[]>(key, (comments) =>
        comments?.filter((comment) => comment.id !== id),
      );
      return { before };
    },
    onError: (_error, _id, context) => queryClient.setQueryData(key, context?.before),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
