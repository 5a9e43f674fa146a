import type { Article, Comment, LoggedStatement, Profile, User } from '@conduit/contracts';

// Fixed instants keep the tests' dates, and so what they assert, the same on every run.
const CREATED_AT = '2026-01-20T10:00:00.000Z';

export const aUser = (overrides: Partial<User> = {}): User => {
  const username = overrides.username ?? 'jane';
  return {
    username,
    email: `${username}@example.com`,
    token: `token-of-${username}`,
    bio: null,
    image: null,
    ...overrides,
  };
};

export const aProfile = (overrides: Partial<Profile> = {}): Profile => ({
  username: 'johndoe',
  bio: null,
  image: null,
  following: false,
  ...overrides,
});

export const anArticle = (overrides: Partial<Article> = {}): Article => {
  const title = overrides.title ?? 'How to train your dragon';
  return {
    slug: title.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-'),
    title,
    description: `All about ${title.toLowerCase()}`,
    body: `The story of ${title.toLowerCase()}.`,
    tagList: [],
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    favorited: false,
    favoritesCount: 0,
    author: aProfile(),
    ...overrides,
  };
};

export const aComment = (overrides: Partial<Comment> = {}): Comment => ({
  id: 1,
  body: 'Great article!',
  createdAt: CREATED_AT,
  updatedAt: CREATED_AT,
  author: aProfile(),
  ...overrides,
});

export const aLoggedStatement = (overrides: Partial<LoggedStatement> = {}): LoggedStatement => ({
  index: 0,
  sql: 'SELECT "user"."id" AS "id" FROM "users" "user" WHERE "user"."id" = $1',
  parameters: [1],
  durationMs: 0.4,
  rows: 1,
  prepared: true,
  explainable: true,
  ...overrides,
});
