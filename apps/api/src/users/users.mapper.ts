import type { User } from '@conduit/contracts';
import type { UserEntity } from './user.entity.js';

export function toUser(user: UserEntity, token: string): User {
  return { email: user.email, token, username: user.username, bio: user.bio, image: user.image };
}
