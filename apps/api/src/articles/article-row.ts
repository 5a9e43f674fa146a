import type { AuthorColumns } from '../profiles/author-columns.js';
import type { ArticleEntity } from './article.entity.js';

/** One article as the list and detail queries return it, viewer-specific fields included. */
export type ArticleRow = Pick<
  ArticleEntity,
  'slug' | 'title' | 'description' | 'createdAt' | 'updatedAt' | 'favoritesCount'
> &
  AuthorColumns & {
    /** Sorted by code point, like JavaScript's default sort. */
    tagList: string[];
    favorited: boolean;
  };

/** The single article: a list item with its body. */
export type ArticleWithBodyRow = ArticleRow & Pick<ArticleEntity, 'body'>;

export interface ArticleFilters {
  tag?: string;
  author?: string;
  favorited?: string;
  /** The feed: only authors this user follows. */
  followedBy?: number;
}

export interface Page {
  limit: number;
  offset: number;
}
