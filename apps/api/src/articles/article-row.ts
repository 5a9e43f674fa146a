/** One article as the list and detail queries return it, viewer-specific fields included. */
export interface ArticleRow {
  id: number;
  slug: string;
  title: string;
  description: string;
  /** Only in the single-article query: list items have no body. */
  body?: string;
  tagList: string[];
  createdAt: Date;
  updatedAt: Date;
  favoritesCount: number;
  favorited: boolean;
  authorId: number;
  authorUsername: string;
  authorBio: string | null;
  authorImage: string | null;
  authorFollowing: boolean;
}

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
