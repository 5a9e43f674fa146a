import type { Article, ArticlePreview } from '@conduit/contracts';
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
    author: {
      username: row.authorUsername,
      bio: row.authorBio,
      image: row.authorImage,
      following: row.authorFollowing,
    },
  };
}

export function toArticle(row: ArticleRow & { body: string }): Article {
  return { ...toArticlePreview(row), body: row.body };
}
