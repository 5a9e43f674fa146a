import { z } from 'zod';
import { envelope, requiredText, Timestamp } from './fields.js';
import { Profile } from './profiles.js';

export const COMMENT_MAX = 10_000;

export const Comment = z.object({
  id: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  body: z.string(),
  author: Profile,
});
export type Comment = z.infer<typeof Comment>;

export const CommentResponse = z.object({ comment: Comment });
export type CommentResponse = z.infer<typeof CommentResponse>;

export const CommentsResponse = z.object({ comments: z.array(Comment) });
export type CommentsResponse = z.infer<typeof CommentsResponse>;

export const AddCommentRequest = envelope({
  comment: envelope({ body: requiredText(COMMENT_MAX) }),
});
export type AddCommentRequest = z.infer<typeof AddCommentRequest>;
