import type { Profile } from '@conduit/contracts';
import { imageUrl } from '../common/http/image-url.js';
import type { AuthorColumns } from './author-columns.js';

export function toProfile(
  row: { username: string; bio: string | null; image: string | null; following: boolean },
  publicUrl: string,
): Profile {
  return {
    username: row.username,
    bio: row.bio,
    image: imageUrl(row.image, publicUrl),
    following: row.following,
  };
}

/** The author of an article or comment, from a row that carries the author's columns. */
export function toAuthorProfile(row: AuthorColumns, publicUrl: string): Profile {
  return toProfile(
    {
      username: row.authorUsername,
      bio: row.authorBio,
      image: row.authorImage,
      following: row.authorFollowing,
    },
    publicUrl,
  );
}
