import type { Article, ArticlePreview } from '@conduit/contracts';
import { toAuthorProfile } from '../profiles/profiles.mapper.js';
import type { ArticleRow } from './article-row.js';

export function toArticlePreview(row: ArticleRow): ArticlePreview {
  return {
    slug: row.slug,
    title: row.title,
    description: row.description,
    tagList: row.tagList,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    favorited: row.favorited,
    favoritesCount: row.favoritesCount,
    author: toAuthorProfile(row),
  };
}

export function toArticle(row: ArticleRow & { body: string }): Article {
  return { ...toArticlePreview(row), body: row.body };
}
