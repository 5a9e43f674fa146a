import type { z } from 'zod';
import {
  ArticleResponse,
  ArticlesResponse,
  CreateArticleRequest,
  FeedQuery,
  ListArticlesQuery,
  UpdateArticleRequest,
} from './articles.js';
import { AddCommentRequest, CommentResponse, CommentsResponse } from './comments.js';
import { HealthResponse, LivenessResponse } from './health.js';
import { ProfileResponse } from './profiles.js';
import { TagsResponse } from './tags.js';
import { LoginRequest, RegisterRequest, UpdateUserRequest, UserResponse } from './users.js';

export type Auth = 'none' | 'optional' | 'required';

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Relative to the API base (`/api`); `:name` marks a path parameter. */
  path: string;
  auth: Auth;
  summary: string;
  tag: string;
  status: number;
  query?: z.ZodType;
  request?: z.ZodType;
  /** Absent for 204 No Content. */
  response?: z.ZodType;
  /** Error statuses beyond those that the auth and the input imply, such as a probe's 503. */
  otherErrors?: number[];
}

/** Every endpoint of the API: the OpenAPI document and the SPA's client are built from this table. */
export const routes = {
  health: {
    method: 'GET',
    path: '/health',
    auth: 'none',
    tag: 'health',
    summary: 'Readiness: can this instance serve requests (database up, schema migrated)?',
    status: 200,
    response: HealthResponse,
    otherErrors: [503],
  },
  liveness: {
    method: 'GET',
    path: '/health/live',
    auth: 'none',
    tag: 'health',
    summary: 'Liveness: does this process answer at all?',
    status: 200,
    response: LivenessResponse,
  },
  register: {
    method: 'POST',
    path: '/users',
    auth: 'none',
    tag: 'users',
    summary: 'Register',
    status: 201,
    request: RegisterRequest,
    response: UserResponse,
  },
  login: {
    method: 'POST',
    path: '/users/login',
    auth: 'none',
    tag: 'users',
    summary: 'Sign in',
    status: 200,
    request: LoginRequest,
    response: UserResponse,
  },
  currentUser: {
    method: 'GET',
    path: '/user',
    auth: 'required',
    tag: 'users',
    summary: 'The signed-in user',
    status: 200,
    response: UserResponse,
  },
  updateUser: {
    method: 'PUT',
    path: '/user',
    auth: 'required',
    tag: 'users',
    summary: 'Update the signed-in user',
    status: 200,
    request: UpdateUserRequest,
    response: UserResponse,
  },
  profile: {
    method: 'GET',
    path: '/profiles/:username',
    auth: 'optional',
    tag: 'profiles',
    summary: 'A profile',
    status: 200,
    response: ProfileResponse,
  },
  follow: {
    method: 'POST',
    path: '/profiles/:username/follow',
    auth: 'required',
    tag: 'profiles',
    summary: 'Follow a user',
    status: 200,
    response: ProfileResponse,
  },
  unfollow: {
    method: 'DELETE',
    path: '/profiles/:username/follow',
    auth: 'required',
    tag: 'profiles',
    summary: 'Unfollow a user',
    status: 200,
    response: ProfileResponse,
  },
  listArticles: {
    method: 'GET',
    path: '/articles',
    auth: 'optional',
    tag: 'articles',
    summary: 'Articles, newest first, filtered by tag, author or favorited',
    status: 200,
    query: ListArticlesQuery,
    response: ArticlesResponse,
  },
  feed: {
    method: 'GET',
    path: '/articles/feed',
    auth: 'required',
    tag: 'articles',
    summary: 'Articles by followed authors',
    status: 200,
    query: FeedQuery,
    response: ArticlesResponse,
  },
  article: {
    method: 'GET',
    path: '/articles/:slug',
    auth: 'optional',
    tag: 'articles',
    summary: 'One article',
    status: 200,
    response: ArticleResponse,
  },
  createArticle: {
    method: 'POST',
    path: '/articles',
    auth: 'required',
    tag: 'articles',
    summary: 'Publish an article',
    status: 201,
    request: CreateArticleRequest,
    response: ArticleResponse,
  },
  updateArticle: {
    method: 'PUT',
    path: '/articles/:slug',
    auth: 'required',
    tag: 'articles',
    summary: "Edit one's article",
    status: 200,
    request: UpdateArticleRequest,
    response: ArticleResponse,
    // Another user's article or comment.
    otherErrors: [403],
  },
  deleteArticle: {
    method: 'DELETE',
    path: '/articles/:slug',
    auth: 'required',
    tag: 'articles',
    summary: "Delete one's article",
    status: 204,
    // Another user's article or comment.
    otherErrors: [403],
  },
  favorite: {
    method: 'POST',
    path: '/articles/:slug/favorite',
    auth: 'required',
    tag: 'favorites',
    summary: 'Favorite an article',
    status: 200,
    response: ArticleResponse,
  },
  unfavorite: {
    method: 'DELETE',
    path: '/articles/:slug/favorite',
    auth: 'required',
    tag: 'favorites',
    summary: 'Unfavorite an article',
    status: 200,
    response: ArticleResponse,
  },
  comments: {
    method: 'GET',
    path: '/articles/:slug/comments',
    auth: 'optional',
    tag: 'comments',
    summary: "An article's comments",
    status: 200,
    response: CommentsResponse,
  },
  addComment: {
    method: 'POST',
    path: '/articles/:slug/comments',
    auth: 'required',
    tag: 'comments',
    summary: 'Comment on an article',
    status: 201,
    request: AddCommentRequest,
    response: CommentResponse,
  },
  deleteComment: {
    method: 'DELETE',
    path: '/articles/:slug/comments/:id',
    auth: 'required',
    tag: 'comments',
    summary: "Delete one's comment",
    status: 204,
    // Another user's article or comment.
    otherErrors: [403],
  },
  tags: {
    method: 'GET',
    path: '/tags',
    auth: 'none',
    tag: 'tags',
    summary: 'Every tag in use, sorted',
    status: 200,
    response: TagsResponse,
  },
} as const satisfies Record<string, Route>;

export type RouteName = keyof typeof routes;

/** Fills a route's `:params`, encoding each: `pathTo('/articles/:slug', { slug: 'a b' })` → `/articles/a%20b`. */
export function pathTo(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
}
