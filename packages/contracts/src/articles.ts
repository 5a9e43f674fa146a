import { z } from 'zod';
import { envelope, requiredText, Timestamp } from './fields.js';
import { Filter, PageQuery } from './pagination.js';
import { Profile } from './profiles.js';
import { TagList } from './tags.js';

export const TITLE_MAX = 255;
export const DESCRIPTION_MAX = 2_000;
export const BODY_MAX = 100_000;

export const Article = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  body: z.string(),
  tagList: z.array(z.string()).describe('sorted alphabetically'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  favorited: z.boolean(),
  favoritesCount: z.number().int(),
  author: Profile,
});
export type Article = z.infer<typeof Article>;

/** List items carry everything but the body. */
export const ArticlePreview = Article.omit({ body: true });
export type ArticlePreview = z.infer<typeof ArticlePreview>;

export const ArticleResponse = z.object({ article: Article });
export type ArticleResponse = z.infer<typeof ArticleResponse>;

export const ArticlesResponse = z.object({
  articles: z.array(ArticlePreview),
  articlesCount: z.number().int().describe('all matches, not the page length'),
});
export type ArticlesResponse = z.infer<typeof ArticlesResponse>;

export const ListArticlesQuery = PageQuery.extend({
  tag: Filter,
  author: Filter,
  favorited: Filter.describe('username whose favorites to list'),
});
export type ListArticlesQuery = z.infer<typeof ListArticlesQuery>;

export const FeedQuery = PageQuery;
export type FeedQuery = z.infer<typeof FeedQuery>;

const Title = requiredText(TITLE_MAX);
const Description = requiredText(DESCRIPTION_MAX);
const Body = requiredText(BODY_MAX);

export const CreateArticleRequest = envelope({
  article: envelope({
    title: Title,
    description: Description,
    body: Body,
    tagList: TagList.optional(),
  }),
});
export type CreateArticleRequest = z.infer<typeof CreateArticleRequest>;
export type NewArticle = CreateArticleRequest['article'];

/** No `tagList` keeps the tags, `[]` clears them, `null` is refused. */
export const UpdateArticleRequest = envelope({
  article: envelope({
    title: Title.optional(),
    description: Description.optional(),
    body: Body.optional(),
    tagList: TagList.optional(),
  }),
});
export type UpdateArticleRequest = z.infer<typeof UpdateArticleRequest>;
export type ArticleChanges = UpdateArticleRequest['article'];
