import type { Article, ArticlePreview } from '@conduit/contracts';
import { toAuthorProfile } from '../profiles/profiles.mapper.js';
import type { ArticleRow, ArticleWithBodyRow } from './article-row.js';

export function toArticlePreview(row: ArticleRow, publicUrl: string): ArticlePreview {
  return {
    slug: row.slug,
    title: row.title,
    description: row.description,
    tagList: row.tagList,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    favorited: row.favorited,
    favoritesCount: row.favoritesCount,
    author: toAuthorProfile(row, publicUrl),
  };
}

export function toArticle(row: ArticleWithBodyRow, publicUrl: string): Article {
  return { ...toArticlePreview(row, publicUrl), body: row.body };
}
