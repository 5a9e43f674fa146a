import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { asExistingCaller } from '../common/errors/unknown-caller.js';
import { CommentEntity } from './comment.entity.js';

export interface CommentRow {
  id: number;
  body: string;
  createdAt: Date;
  updatedAt: Date;
  authorUsername: string;
  authorBio: string | null;
  authorImage: string | null;
  authorFollowing: boolean;
}

@Injectable()
export class CommentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** All of an article's comments, newest first, in one statement. */
  findByArticle(articleId: number, viewerId: number | undefined): Promise<CommentRow[]> {
    return this.selectComments(viewerId)
      .where('c.article_id = :articleId', { articleId })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .getRawMany<CommentRow>();
  }

  async findById(id: number, viewerId: number | undefined): Promise<CommentRow | undefined> {
    return (
      (await this.selectComments(viewerId).where('c.id = :id', { id }).getRawOne<CommentRow>()) ??
      undefined
    );
  }

  findOwnership(
    articleId: number,
    id: number,
  ): Promise<Pick<CommentEntity, 'id' | 'authorId'> | null> {
    return this.comments().findOne({
      select: { id: true, authorId: true },
      where: { id, articleId },
    });
  }

  async insert(articleId: number, authorId: number, body: string): Promise<number> {
    const { identifiers } = await asExistingCaller('comments_author_id_fkey', () =>
      this.comments().insert({ articleId, authorId, body }),
    );
    return identifiers[0]?.id as number;
  }

  async delete(id: number): Promise<void> {
    await this.comments().delete({ id });
  }

  private comments() {
    return this.dataSource.getRepository(CommentEntity);
  }

  private selectComments(viewerId: number | undefined): SelectQueryBuilder<CommentEntity> {
    return this.comments()
      .createQueryBuilder('c')
      .innerJoin('c.author', 'author')
      .select([
        'c.id AS "id"',
        'c.body AS "body"',
        'c.created_at AS "createdAt"',
        'c.updated_at AS "updatedAt"',
        'author.username AS "authorUsername"',
        'author.bio AS "authorBio"',
        'author.image AS "authorImage"',
      ])
      .addSelect(
        'EXISTS (SELECT 1 FROM follows fo WHERE fo.followee_id = c.author_id AND fo.follower_id = :viewerId)',
        'authorFollowing',
      )
      .setParameter('viewerId', viewerId ?? null);
  }
}
