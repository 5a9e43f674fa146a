import type { Profile } from '@conduit/contracts';

export function toProfile(row: {
  username: string;
  bio: string | null;
  image: string | null;
  following: boolean;
}): Profile {
  return { username: row.username, bio: row.bio, image: row.image, following: row.following };
}
