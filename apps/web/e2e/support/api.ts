import type { Article, User } from '@conduit/contracts';
import type { Page } from 'playwright-core';
import { webUrl } from './browser';

/** The demo user the API seeds (docs/api.md). */
export const JOHNDOE = {
  username: 'johndoe',
  email: 'johndoe@example.com',
  password: 'password123',
};

let counter = 0;
/** A name no other test uses, so that tests never depend on each other's data. */
export const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${counter++}`;

async function call<Answer>(method: string, path: string, body?: unknown, token?: string) {
  const response = await fetch(`${process.env.E2E_API_URL}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Token ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
  return (await response.json()) as Answer;
}

/** Arranges a new user through the API; the password is `password123`. */
export async function aNewUser(): Promise<User & { password: string }> {
  const username = unique('user');
  const password = 'password123';
  const { user } = await call<{ user: User }>('POST', '/users', {
    user: { username, email: `${username}@example.com`, password },
  });
  return { ...user, password };
}

export async function signInThroughApi(credentials = JOHNDOE): Promise<User> {
  const { email, password } = credentials;
  return (await call<{ user: User }>('POST', '/users/login', { user: { email, password } })).user;
}

export async function anArticleBy(
  user: Pick<User, 'token'>,
  fields: Partial<Pick<Article, 'title' | 'description' | 'body' | 'tagList'>> = {},
): Promise<Article> {
  const article = {
    title: unique('Article '),
    description: 'A test article',
    body: 'Written by a browser test.',
    tagList: [],
    ...fields,
  };
  return (await call<{ article: Article }>('POST', '/articles', { article }, user.token)).article;
}

export async function follow(follower: Pick<User, 'token'>, username: string) {
  await call('POST', `/profiles/${username}/follow`, undefined, follower.token);
}

export async function aCommentOn(slug: string, author: Pick<User, 'token'>, body: string) {
  await call('POST', `/articles/${slug}/comments`, { comment: { body } }, author.token);
}

/** Opens `path` already signed in as `user`, the way a returning visitor arrives. */
export async function openSignedIn(page: Page, user: Pick<User, 'token' | 'username'>, path = '/') {
  await page.addInitScript((token) => localStorage.setItem('jwtToken', token), user.token);
  await page.goto(webUrl(path));
  await page.locator('nav .nav-link', { hasText: user.username }).waitFor();
}
