import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { TagEntity } from '../tags/tag.entity.js';
import { ArticleEntity } from './article.entity.js';

/**
 * An article's tag: one row per pair (the primary key). An entity of its own rather than the
 * table TypeORM makes for `@ManyToMany`, which would add an index on `article_id` (the primary
 * key already leads with it) and give the table's keys and index names of its own choosing.
 */
@Entity({ name: 'article_tags' })
// "Articles with this tag": the primary key serves the other direction.
@Index('article_tags_tag_id_idx', ['tagId'])
export class ArticleTagEntity {
  @PrimaryColumn({
    name: 'article_id',
    type: 'integer',
    primaryKeyConstraintName: 'article_tags_pkey',
  })
  articleId!: number;

  @PrimaryColumn({ name: 'tag_id', type: 'integer', primaryKeyConstraintName: 'article_tags_pkey' })
  tagId!: number;

  // `Relation<>`: the two entities import each other, and decorator metadata must not read
  // ArticleEntity before its module has run.
  @ManyToOne(() => ArticleEntity, (article) => article.articleTags, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id', foreignKeyConstraintName: 'article_tags_article_id_fkey' })
  article?: Relation<ArticleEntity>;

  @ManyToOne(() => TagEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tag_id', foreignKeyConstraintName: 'article_tags_tag_id_fkey' })
  tag?: TagEntity;
}
