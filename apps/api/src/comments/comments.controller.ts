import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { AddCommentRequest, type CommentResponse, type CommentsResponse } from '@conduit/contracts';
import { ArticleExistsGuard } from '../articles/article-author.guard.js';
import type { AuthUser } from '../common/auth/auth-user.js';
import { OptionalAuthGuard, RequiredAuthGuard } from '../common/auth/auth.guards.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { ContractPipe } from '../common/pipes/contract.pipe.js';
import { CommentsService } from './comments.service.js';

@Controller('articles/:slug/comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get()
  @UseGuards(OptionalAuthGuard)
  async list(
    @CurrentUser() viewer: AuthUser | undefined,
    @Param('slug') slug: string,
  ): Promise<CommentsResponse> {
    return { comments: await this.comments.list(slug, viewer?.id) };
  }

  @Post()
  @HttpCode(201)
  @UseGuards(RequiredAuthGuard, ArticleExistsGuard)
  async add(
    @CurrentUser() author: AuthUser,
    @Param('slug') slug: string,
    @Body(new ContractPipe(AddCommentRequest)) body: AddCommentRequest,
  ): Promise<CommentResponse> {
    return { comment: await this.comments.add(author.id, slug, body.comment.body) };
  }

  @Delete(':id')
  @HttpCode(204)
  @UseGuards(RequiredAuthGuard)
  async delete(
    @CurrentUser() viewer: AuthUser,
    @Param('slug') slug: string,
    @Param('id') id: string,
  ): Promise<void> {
    await this.comments.delete(viewer.id, slug, id);
  }
}
