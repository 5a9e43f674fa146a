import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canNameARow } from '../common/database/storable-text.js';
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

  /**
   * All of an article's comments, newest first, or undefined when no article has that slug, in one
   * statement: the left joins keep the article's row (with a null comment id) when it has none.
   */
  async findByArticleSlug(
    slug: string,
    viewerId: number | undefined,
  ): Promise<CommentRow[] | undefined> {
    if (!canNameARow(slug)) return undefined;
    const rows = await this.dataSource.query<(CommentRow | { id: null })[]>(
      `SELECT ${COMMENT_COLUMNS}
       FROM articles a
       LEFT JOIN comments c ON c.article_id = a.id
       LEFT JOIN users author ON author.id = c.author_id
       WHERE a.slug = $2
       ORDER BY c.created_at DESC, c.id DESC`,
      [viewerId ?? null, slug],
    );
    if (rows.length === 0) return undefined;
    return rows.filter((row): row is CommentRow => row.id !== null);
  }

  async findById(id: number, viewerId: number | undefined): Promise<CommentRow | undefined> {
    const [row] = await this.dataSource.query<CommentRow[]>(
      `SELECT ${COMMENT_COLUMNS}
       FROM comments c JOIN users author ON author.id = c.author_id
       WHERE c.id = $2`,
      [viewerId ?? null, id],
    );
    return row;
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
}

/**
 * A comment row's columns, from `c` (comments) and `author` (users), with whether the viewer ($1:
 * their id, or null) follows the author. The reads are plain SQL, like the article reads, because
 * they run on every article page (see articles/article-queries.ts).
 */
const COMMENT_COLUMNS = `
  c.id AS "id", c.body AS "body", c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  author.username AS "authorUsername", author.bio AS "authorBio", author.image AS "authorImage",
  EXISTS (SELECT 1 FROM follows fo
          WHERE fo.followee_id = c.author_id AND fo.follower_id = $1) AS "authorFollowing"`;
