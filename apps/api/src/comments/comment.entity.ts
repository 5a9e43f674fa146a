import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { ArticleEntity } from '../articles/article.entity.js';
import { UserEntity } from '../users/user.entity.js';

@Entity({ name: 'comments' })
@Index('comments_article_id_created_at_idx', ['articleId', 'createdAt'])
@Index('comments_author_id_idx', ['authorId'])
export class CommentEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'integer',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'comments_pkey',
  })
  id!: number;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'article_id', type: 'integer' })
  articleId!: number;

  @ManyToOne(() => ArticleEntity, (article) => article.comments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id', foreignKeyConstraintName: 'comments_article_id_fkey' })
  article?: Relation<ArticleEntity>;

  @Column({ name: 'author_id', type: 'integer' })
  authorId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'comments_author_id_fkey' })
  author?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
