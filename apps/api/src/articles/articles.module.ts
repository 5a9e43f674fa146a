import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticleAuthorGuard, ArticleExistsGuard } from './article-author.guard.js';
import { ArticleTagEntity } from './article-tag.entity.js';
import { ArticleEntity } from './article.entity.js';
import { ArticlesController } from './articles.controller.js';
import { ArticlesRepository } from './articles.repository.js';
import { ArticlesService } from './articles.service.js';
import { FavoriteEntity } from './favorite.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([ArticleEntity, ArticleTagEntity, FavoriteEntity])],
  controllers: [ArticlesController],
  providers: [ArticlesService, ArticlesRepository, ArticleAuthorGuard, ArticleExistsGuard],
  exports: [ArticlesService, ArticleExistsGuard],
})
export class ArticlesModule {}
