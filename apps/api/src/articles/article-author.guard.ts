import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { RequestWithUser } from '../common/auth/auth-user.js';
import { Unauthenticated } from '../common/errors/domain-errors.js';
import { ArticlesService } from './articles.service.js';

/** A request to a route under `/articles/:slug`. */
type ArticleRequest = FastifyRequest<{ Params: { slug: string } }>;

/**
 * Runs after the auth guard and before the body is validated, because docs/api.md orders the checks:
 * 401, then 404 (no such article), then 403 (not yours), then 422.
 */
@Injectable()
export class ArticleAuthorGuard implements CanActivate {
  constructor(private readonly articles: ArticlesService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ArticleRequest & RequestWithUser>();
    // Listed after RequiredAuthGuard, which has set the user or refused the request.
    if (!request.user) throw new Unauthenticated('is missing');
    await this.articles.assertAuthor(request.user.id, request.params.slug);
    return true;
  }
}

/** For writes that hang off an article (a comment): 404 before the body is validated. */
@Injectable()
export class ArticleExistsGuard implements CanActivate {
  constructor(private readonly articles: ArticlesService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ArticleRequest>();
    await this.articles.idOf(request.params.slug);
    return true;
  }
}
