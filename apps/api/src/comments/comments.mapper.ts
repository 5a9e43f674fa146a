import type { Comment } from '@conduit/contracts';
import type { CommentRow } from './comments.repository.js';

export function toComment(row: CommentRow): Comment {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    body: row.body,
    author: {
      username: row.authorUsername,
      bio: row.authorBio,
      image: row.authorImage,
      following: row.authorFollowing,
    },
  };
}
