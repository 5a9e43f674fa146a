import { randomBytes } from 'node:crypto';
import type { Article, User } from '@conduit/contracts';
import type { TestApp } from './test-app.js';

/** A name no other test uses, so test files can share one database. */
export function uniqueName(prefix = 'user'): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

export const PASSWORD = 'correct horse battery';

export interface SignedIn {
  user: User;
  token: string;
  auth: { Authorization: string };
}

export async function registerUser(
  { api }: TestApp,
  overrides: Partial<{ username: string; email: string; password: string }> = {},
): Promise<SignedIn> {
  const username = overrides.username ?? uniqueName();
  const body = {
    user: { username, email: `${username}@example.com`, password: PASSWORD, ...overrides },
  };
  const response = await api.post('/api/users').send(body).expect(201);
  const user = response.body.user as User;
  return { user, token: user.token, auth: { Authorization: `Token ${user.token}` } };
}

export async function createArticle(
  { api }: TestApp,
  author: SignedIn,
  overrides: Partial<{ title: string; description: string; body: string; tagList: string[] }> = {},
): Promise<Article> {
  const article = {
    title: uniqueName('Title'),
    description: 'A description',
    body: 'A **body**',
    ...overrides,
  };
  const response = await api.post('/api/articles').set(author.auth).send({ article }).expect(201);
  return response.body.article as Article;
}
