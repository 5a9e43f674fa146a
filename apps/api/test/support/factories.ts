import { randomBytes } from 'node:crypto';
import type { Article, Comment, Profile, User } from '@conduit/contracts';
import { createTestApp, type TestApp } from './test-app.js';

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

/**
 * A started app with one signed-in author and one article of theirs: the setup of the specs that
 * send bad input to every kind of write, the user's and the article's included. Close `t` after.
 */
export async function startWithAnArticle(): Promise<{
  t: TestApp;
  author: SignedIn;
  slug: string;
}> {
  const t = await createTestApp();
  const author = await registerUser(t);
  const { slug } = await createArticle(t, author);
  return { t, author, slug };
}

/** Several articles by one author, created one after the other: the last is the newest. */
export async function createArticles(
  t: TestApp,
  author: SignedIn,
  count: number,
  overrides: Partial<{ tagList: string[] }> = {},
): Promise<Article[]> {
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) articles.push(await createArticle(t, author, overrides));
  return articles;
}

export async function follow(
  { api }: TestApp,
  follower: SignedIn,
  username: string,
): Promise<Profile> {
  const response = await api
    .post(`/api/profiles/${username}/follow`)
    .set(follower.auth)
    .expect(200);
  return response.body.profile as Profile;
}

export async function favorite({ api }: TestApp, user: SignedIn, slug: string): Promise<Article> {
  const response = await api.post(`/api/articles/${slug}/favorite`).set(user.auth).expect(200);
  return response.body.article as Article;
}

export async function addComment(
  { api }: TestApp,
  author: SignedIn,
  slug: string,
  body = 'A comment',
): Promise<Comment> {
  const response = await api
    .post(`/api/articles/${slug}/comments`)
    .set(author.auth)
    .send({ comment: { body } })
    .expect(201);
  return response.body.comment as Comment;
}

/** How many articles `writer` has published: what proves a refused article was not stored. */
export async function articlesCountBy({ api }: TestApp, writer: SignedIn): Promise<number> {
  const response = await api.get('/api/articles').query({ author: writer.user.username });
  return response.body.articlesCount as number;
}

/** The SQL statements a request cost, as the API reports them in `X-Query-Count`. */
export function queryCount(response: { headers: Record<string, string> }): number {
  return Number(response.headers['x-query-count']);
}

/** The slugs of a list response's articles, in order. */
export function slugsOf(response: { body: { articles: Array<{ slug: string }> } }): string[] {
  return response.body.articles.map((article) => article.slug);
}
