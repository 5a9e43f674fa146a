import type { User } from '@conduit/contracts';
import { imageUrl } from '../common/http/image-url.js';
import type { UserEntity } from './user.entity.js';

export function toUser(user: UserEntity, token: string, publicUrl: string): User {
  return {
    email: user.email,
    token,
    username: user.username,
    bio: user.bio,
    image: imageUrl(user.image, publicUrl),
  };
}
