import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  UseGuards,
} from '@nestjs/common';
import {
  type ArticleResponse,
  type ArticlesResponse,
  CreateArticleRequest,
  FeedQuery,
  ListArticlesQuery,
  UpdateArticleRequest,
} from '@conduit/contracts';
import type { AuthUser } from '../common/auth/auth-user.js';
import { OptionalAuthGuard, RequiredAuthGuard } from '../common/auth/auth.guards.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { ContractPipe } from '../common/pipes/contract.pipe.js';
import { ArticleAuthorGuard } from './article-author.guard.js';
import { ArticlesService } from './articles.service.js';

@Controller('articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Get()
  @UseGuards(OptionalAuthGuard)
  list(
    @CurrentUser() viewer: AuthUser | undefined,
    @Query(new ContractPipe(ListArticlesQuery)) query: ListArticlesQuery,
  ): Promise<ArticlesResponse> {
    const { tag, author, favorited, ...page } = query;
    return this.articles.list({ tag, author, favorited }, page, viewer?.id);
  }

  // Declared before `:slug`, which would otherwise take "feed" for a slug.
  @Get('feed')
  @UseGuards(RequiredAuthGuard)
  feed(
    @CurrentUser() viewer: AuthUser,
    @Query(new ContractPipe(FeedQuery)) page: FeedQuery,
  ): Promise<ArticlesResponse> {
    return this.articles.feed(viewer.id, page);
  }

  @Get(':slug')
  @UseGuards(OptionalAuthGuard)
  async get(
    @CurrentUser() viewer: AuthUser | undefined,
    @Param('slug') slug: string,
  ): Promise<ArticleResponse> {
    return { article: await this.articles.get(slug, viewer?.id) };
  }

  @Post()
  @HttpCode(201)
  @UseGuards(RequiredAuthGuard)
  async create(
    @CurrentUser() author: AuthUser,
    @Body(new ContractPipe(CreateArticleRequest)) body: CreateArticleRequest,
  ): Promise<ArticleResponse> {
    return { article: await this.articles.create(author.id, body.article) };
  }

  @Put(':slug')
  @UseGuards(RequiredAuthGuard, ArticleAuthorGuard)
  async update(
    @CurrentUser() author: AuthUser,
    @Param('slug') slug: string,
    @Body(new ContractPipe(UpdateArticleRequest)) body: UpdateArticleRequest,
  ): Promise<ArticleResponse> {
    return { article: await this.articles.update(author.id, slug, body.article) };
  }

  @Delete(':slug')
  @HttpCode(204)
  @UseGuards(RequiredAuthGuard)
  async delete(@CurrentUser() author: AuthUser, @Param('slug') slug: string): Promise<void> {
    await this.articles.delete(author.id, slug);
  }

  // Favoriting creates no resource of its own: 200 with the article, not 201.
  @Post(':slug/favorite')
  @HttpCode(200)
  @UseGuards(RequiredAuthGuard)
  async favorite(
    @CurrentUser() viewer: AuthUser,
    @Param('slug') slug: string,
  ): Promise<ArticleResponse> {
    return { article: await this.articles.favorite(viewer.id, slug) };
  }

  @Delete(':slug/favorite')
  @UseGuards(RequiredAuthGuard)
  async unfavorite(
    @CurrentUser() viewer: AuthUser,
    @Param('slug') slug: string,
  ): Promise<ArticleResponse> {
    return { article: await this.articles.unfavorite(viewer.id, slug) };
  }
}
