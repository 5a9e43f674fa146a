import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { PreparedQuery } from '../common/database/prepared-query.js';
import { canNameARow } from '../common/database/storable-text.js';
import { asExistingCaller } from '../common/errors/unknown-caller.js';
import { UserEntity } from '../users/user.entity.js';
import { viewerFollows } from './author-columns.js';
import { FollowEntity } from './follow.entity.js';

/** A user as others see them, with whether the viewer follows them. */
export type ProfileRow = Pick<UserEntity, 'id' | 'username' | 'bio' | 'image'> & {
  following: boolean;
};

@Injectable()
export class ProfilesRepository {
  /** One statement: the user and, for a signed-in viewer, whether they follow them. */
  private readonly byUsername: PreparedQuery<'username' | 'viewerId', ProfileRow>;

  constructor(@InjectRepository(FollowEntity) private readonly follows: Repository<FollowEntity>) {
    const profile = follows.manager
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .select('user.id', 'id')
      .addSelect('user.username', 'username')
      .addSelect('user.bio', 'bio')
      .addSelect('user.image', 'image');
    this.byUsername = new PreparedQuery(
      'profile_by_username',
      profile
        .addSelect(viewerFollows(profile, 'user.id'), 'following')
        .where('user.username = :username'),
      ['username', 'viewerId'],
    );
  }

  findByUsername(username: string, viewerId: number | undefined): Promise<ProfileRow | undefined> {
    if (!canNameARow(username)) return Promise.resolve(undefined);
    return this.byUsername.one({ username, viewerId: viewerId ?? null });
  }

  /** Following twice leaves one row: the primary key absorbs the second insert. */
  async follow(followerId: number, followeeId: number): Promise<void> {
    await asExistingCaller('follows_follower_id_fkey', () =>
      this.follows
        .createQueryBuilder()
        .insert()
        .values({ followerId, followeeId })
        .orIgnore()
        .execute(),
    );
  }

  async unfollow(followerId: number, followeeId: number): Promise<void> {
    await this.follows.delete({ followerId, followeeId });
  }
}
