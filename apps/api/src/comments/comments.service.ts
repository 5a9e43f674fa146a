import { Injectable } from '@nestjs/common';
import type { Comment } from '@conduit/contracts';
import { ArticlesService } from '../articles/articles.service.js';
import { Forbidden, NotFound } from '../common/errors/domain-errors.js';
import { AppConfig } from '../config/app-config.js';
import { toComment } from './comments.mapper.js';
import { CommentsRepository } from './comments.repository.js';

/** Comment ids are PostgreSQL integers; anything else names no comment. */
const MAX_ID = 2_147_483_647;

@Injectable()
export class CommentsService {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly articles: ArticlesService,
    private readonly config: AppConfig,
  ) {}

  /** An unknown article is a 404, not an empty list. */
  async list(slug: string, viewerId: number | undefined): Promise<Comment[]> {
    const rows = await this.comments.findByArticleSlug(slug, viewerId);
    if (!rows) throw new NotFound('article');
    return rows.map((row) => toComment(row, this.config.publicUrl));
  }

  async add(authorId: number, slug: string, body: string): Promise<Comment> {
    const id = await this.comments.insert(await this.articles.idOf(slug), authorId, body);
    const row = await this.comments.findById(id, authorId);
    if (!row) throw new NotFound('comment');
    return toComment(row, this.config.publicUrl);
  }

  /** The article first, then the comment on it, then whose it is (docs/api.md's order). */
  async delete(viewerId: number, slug: string, rawId: string): Promise<void> {
    const articleId = await this.articles.idOf(slug);
    const id = Number(rawId);
    const comment =
      /^\d{1,10}$/.test(rawId) && id <= MAX_ID
        ? await this.comments.findOwnership(articleId, id)
        : null;
    if (!comment) throw new NotFound('comment');
    if (comment.authorId !== viewerId) throw new Forbidden('comment');
    await this.comments.delete(comment.id);
  }
}
