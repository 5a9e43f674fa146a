import { Module } from '@nestjs/common';
import { ArticleAuthorGuard, ArticleExistsGuard } from './article-author.guard.js';
import { ArticlesController } from './articles.controller.js';
import { ArticlesRepository } from './articles.repository.js';
import { ArticlesService } from './articles.service.js';

@Module({
  controllers: [ArticlesController],
  providers: [ArticlesService, ArticlesRepository, ArticleAuthorGuard, ArticleExistsGuard],
  exports: [ArticlesService, ArticleExistsGuard],
})
export class ArticlesModule {}
