import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/** "follower follows followee": one row per pair (the primary key), never oneself (a check). */
@Entity({ name: 'follows' })
@Index('follows_followee_id_idx', ['followeeId'])
export class FollowEntity {
  @PrimaryColumn({ name: 'follower_id', type: 'integer' })
  followerId!: number;

  @PrimaryColumn({ name: 'followee_id', type: 'integer' })
  followeeId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'follower_id' })
  follower?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'followee_id' })
  followee?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
