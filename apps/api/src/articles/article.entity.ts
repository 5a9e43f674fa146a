import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { CommentEntity } from '../comments/comment.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { ArticleTagEntity } from './article-tag.entity.js';

@Entity({ name: 'articles' })
@Unique('articles_slug_key', ['slug'])
@Check('articles_favorites_count_not_negative', 'favorites_count >= 0')
// Every list is "newest first, ties by id"; these serve the global list and the author filter/feed.
@Index('articles_created_at_id_idx', ['createdAt', 'id'])
@Index('articles_author_id_created_at_id_idx', ['authorId', 'createdAt', 'id'])
export class ArticleEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'integer',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'articles_pkey',
  })
  id!: number;

  @Column({ type: 'varchar', length: 300 })
  slug!: string;

  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'author_id', type: 'integer' })
  authorId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'articles_author_id_fkey' })
  author?: UserEntity;

  /**
   * Kept in step with `favorites` inside the same transaction as each insert or delete, so lists
   * read it without counting; the check keeps it from going below zero.
   */
  @Column({ name: 'favorites_count', type: 'integer', default: 0 })
  favoritesCount!: number;

  @OneToMany(() => ArticleTagEntity, (articleTag) => articleTag.article)
  articleTags?: ArticleTagEntity[];

  @OneToMany('CommentEntity', (comment: CommentEntity) => comment.article)
  comments?: Relation<CommentEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
