import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { ArticleEntity } from './article.entity.js';

/** One row per user and article (the primary key), so favoriting twice cannot count twice. */
@Entity({ name: 'favorites' })
@Index('favorites_article_id_idx', ['articleId'])
export class FavoriteEntity {
  @PrimaryColumn({ name: 'user_id', type: 'integer', primaryKeyConstraintName: 'favorites_pkey' })
  userId!: number;

  @PrimaryColumn({
    name: 'article_id',
    type: 'integer',
    primaryKeyConstraintName: 'favorites_pkey',
  })
  articleId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'favorites_user_id_fkey' })
  user?: UserEntity;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id', foreignKeyConstraintName: 'favorites_article_id_fkey' })
  article?: ArticleEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
