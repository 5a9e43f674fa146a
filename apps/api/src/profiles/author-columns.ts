import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { UserEntity } from '../users/user.entity.js';
import { FollowEntity } from './follow.entity.js';

/** The author of an article or comment, as a row carries it: with whether the viewer follows them. */
export interface AuthorColumns {
  authorUsername: UserEntity['username'];
  authorBio: UserEntity['bio'];
  authorImage: UserEntity['image'];
  authorFollowing: boolean;
}

/**
 * Adds `AuthorColumns` to a query that has joined the author as `author`. Whether the viewer
 * (`:viewerId`, null for nobody) follows them is a subquery of the same statement, so a list of
 * any length costs no extra statement.
 */
export function selectAuthor<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
): SelectQueryBuilder<T> {
  return query
    .addSelect('author.username', 'authorUsername')
    .addSelect('author.bio', 'authorBio')
    .addSelect('author.image', 'authorImage')
    .addSelect(viewerFollows(query, 'author.id'), 'authorFollowing');
}

/** `EXISTS (…)`: whether the viewer (`:viewerId`) follows the user whose id is `followee`. */
export function viewerFollows(query: SelectQueryBuilder<ObjectLiteral>, followee: string): string {
  const follow = query
    .subQuery()
    .select('1')
    .from(FollowEntity, 'follow')
    .where(`follow.followeeId = ${followee}`)
    .andWhere('follow.followerId = :viewerId');
  return `EXISTS ${follow.getQuery()}`;
}
