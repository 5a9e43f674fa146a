import { AddCommentRequest, type Comment } from '@conduit/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

export const NewComment = AddCommentRequest.shape.comment;
export type NewComment = z.infer<typeof NewComment>;

export const addComment = async (slug: string, comment: NewComment): Promise<Comment> =>
  (await callApi('addComment', { params: { slug }, body: { comment } })).comment;

/** Posts a comment; it shows at once, and the list is then refetched from the API. */
export function useAddComment(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (comment: NewComment) => addComment(slug, comment),
    onSuccess: (comment) => {
      queryClient.setQueryData<Comment[]>(queryKeys.comments.list(slug), (comments = []) => [
        comment,
        ...comments.filter((existing) => existing.id !== comment.id),
      ]);
      // Not awaited: the form empties the moment its comment shows, not after the refetch.
      void queryClient.invalidateQueries({ queryKey: queryKeys.comments.list(slug) });
    },
  });
}
