import {
  Check,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/** "follower follows followee": one row per pair (the primary key), never oneself (a check). */
@Entity({ name: 'follows' })
@Check('follows_not_oneself', 'follower_id <> followee_id')
@Index('follows_followee_id_idx', ['followeeId'])
export class FollowEntity {
  @PrimaryColumn({ name: 'follower_id', type: 'integer', primaryKeyConstraintName: 'follows_pkey' })
  followerId!: number;

  @PrimaryColumn({ name: 'followee_id', type: 'integer', primaryKeyConstraintName: 'follows_pkey' })
  followeeId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'follower_id', foreignKeyConstraintName: 'follows_follower_id_fkey' })
  follower?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'followee_id', foreignKeyConstraintName: 'follows_followee_id_fkey' })
  followee?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
