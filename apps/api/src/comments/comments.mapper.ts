import type { Comment } from '@conduit/contracts';
import { toAuthorProfile } from '../profiles/profiles.mapper.js';
import type { CommentRow } from './comments.repository.js';

export function toComment(row: CommentRow, publicUrl: string): Comment {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    body: row.body,
    author: toAuthorProfile(row, publicUrl),
  };
}
