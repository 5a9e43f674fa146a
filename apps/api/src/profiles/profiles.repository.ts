import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { asExistingCaller } from '../common/errors/unknown-caller.js';
import { canNameARow } from '../common/database/storable-text.js';
import { UserEntity } from '../users/user.entity.js';
import { FollowEntity } from './follow.entity.js';

/** A user as others see them, with whether the viewer follows them. */
export interface ProfileRow {
  id: number;
  username: string;
  bio: string | null;
  image: string | null;
  following: boolean;
}

@Injectable()
export class ProfilesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One statement: the user and, for a signed-in viewer, whether they follow them. */
  async findByUsername(
    username: string,
    viewerId: number | undefined,
  ): Promise<ProfileRow | undefined> {
    if (!canNameARow(username)) return undefined;
    const row = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select(['u.id AS id', 'u.username AS username', 'u.bio AS bio', 'u.image AS image'])
      .addSelect(
        'EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :viewerId AND f.followee_id = u.id)',
        'following',
      )
      .where('u.username = :username', { username, viewerId: viewerId ?? null })
      .getRawOne<ProfileRow>();
    return row ?? undefined;
  }

  /** Following twice leaves one row: the primary key absorbs the second insert. */
  async follow(followerId: number, followeeId: number): Promise<void> {
    await asExistingCaller('follows_follower_id_fkey', () =>
      this.dataSource
        .createQueryBuilder()
        .insert()
        .into(FollowEntity)
        .values({ followerId, followeeId })
        .orIgnore()
        .execute(),
    );
  }

  async unfollow(followerId: number, followeeId: number): Promise<void> {
    await this.dataSource.getRepository(FollowEntity).delete({ followerId, followeeId });
  }
}
