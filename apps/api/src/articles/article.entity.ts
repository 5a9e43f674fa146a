import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TagEntity } from '../tags/tag.entity.js';
import { UserEntity } from '../users/user.entity.js';

@Entity({ name: 'articles' })
// Every list is "newest first, ties by id"; these serve the global list and the author filter/feed.
@Index('articles_created_at_id_idx', ['createdAt', 'id'])
@Index('articles_author_id_created_at_id_idx', ['authorId', 'createdAt', 'id'])
export class ArticleEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 300, unique: true })
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
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /**
   * Kept in step with `favorites` inside the same transaction as each insert or delete, so lists
   * read it without counting; a check keeps it from going below zero.
   */
  @Column({ name: 'favorites_count', type: 'integer', default: 0 })
  favoritesCount!: number;

  @ManyToMany(() => TagEntity)
  @JoinTable({
    name: 'article_tags',
    joinColumn: { name: 'article_id' },
    inverseJoinColumn: { name: 'tag_id' },
  })
  tags?: TagEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
