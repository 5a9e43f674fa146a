import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity.js';
import { PreparedQuery } from '../common/database/prepared-query.js';
import { canNameARow } from '../common/database/storable-text.js';
import { asExistingCaller } from '../common/errors/unknown-caller.js';
import { type AuthorColumns, selectAuthor } from '../profiles/author-columns.js';
import { CommentEntity } from './comment.entity.js';

export type CommentRow = Pick<CommentEntity, 'id' | 'body' | 'createdAt' | 'updatedAt'> &
  AuthorColumns;

type Viewed<Key extends string> = Key | 'viewerId';

@Injectable()
export class CommentsRepository {
  /**
   * All of an article's comments, newest first, in one statement that also says whether the
   * article exists: the left joins keep the article's row (with a null comment id) when it has
   * no comment.
   */
  private readonly bySlug: PreparedQuery<Viewed<'slug'>, CommentRow | { id: null }>;
  private readonly byId: PreparedQuery<Viewed<'id'>, CommentRow>;

  constructor(
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
  ) {
    const articles = comments.manager.getRepository(ArticleEntity);
    this.bySlug = new PreparedQuery(
      'comments_by_article_slug',
      selectComment(
        articles
          .createQueryBuilder('article')
          .leftJoin('article.comments', 'comment')
          .leftJoin('comment.author', 'author'),
      )
        .where('article.slug = :slug')
        .orderBy('comment.createdAt', 'DESC')
        .addOrderBy('comment.id', 'DESC'),
      ['viewerId', 'slug'],
    );
    this.byId = new PreparedQuery(
      'comment_by_id',
      selectComment(
        comments.createQueryBuilder('comment').innerJoin('comment.author', 'author'),
      ).where('comment.id = :id'),
      ['viewerId', 'id'],
    );
  }

  /** Undefined when no article has that slug. */
  async findByArticleSlug(
    slug: string,
    viewerId: number | undefined,
  ): Promise<CommentRow[] | undefined> {
    if (!canNameARow(slug)) return undefined;
    const rows = await this.bySlug.many({ slug, viewerId: viewerId ?? null });
    if (rows.length === 0) return undefined;
    return rows.filter((row): row is CommentRow => row.id !== null);
  }

  findById(id: number, viewerId: number | undefined): Promise<CommentRow | undefined> {
    return this.byId.one({ id, viewerId: viewerId ?? null });
  }

  findOwnership(
    articleId: number,
    id: number,
  ): Promise<Pick<CommentEntity, 'id' | 'authorId'> | null> {
    return this.comments.findOne({
      select: { id: true, authorId: true },
      where: { id, articleId },
    });
  }

  async insert(articleId: number, authorId: number, body: string): Promise<number> {
    const { identifiers } = await asExistingCaller('comments_author_id_fkey', () =>
      this.comments.insert({ articleId, authorId, body }),
    );
    return identifiers[0]?.id as number;
  }

  async delete(id: number): Promise<void> {
    await this.comments.delete({ id });
  }
}

/** A `CommentRow`'s columns, from the joined `comment` and its `author`. */
function selectComment<T extends ObjectLiteral>(query: SelectQueryBuilder<T>) {
  return selectAuthor(
    query
      .select('comment.id', 'id')
      .addSelect('comment.body', 'body')
      .addSelect('comment.createdAt', 'createdAt')
      .addSelect('comment.updatedAt', 'updatedAt'),
  );
}
