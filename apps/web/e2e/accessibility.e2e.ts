import type { Article, User } from '@conduit/contracts';
import {
  aCommentOn,
  aNewUser,
  anArticleBy,
  follow,
  openSignedIn,
  signInThroughApi,
  unique,
} from './support/api';
import { violations } from './support/axe';
import { usePage, webUrl } from './support/browser';

interface Data {
  johndoe: User;
  author: User;
  article: Article;
  tag: string;
}

interface Audit {
  page: string;
  path: (data: Data) => string;
  /** Shown once the page has its data: audited earlier, it would be a loading message. */
  readyWhen: string;
  /** Whose session the page is opened with; a guest's when absent. */
  as?: (data: Data) => User;
}

const asJohndoe = ({ johndoe }: Data) => johndoe;
const asAuthor = ({ author }: Data) => author;

const AUDITS: Audit[] = [
  { page: 'home, global feed', path: () => '/', readyWhen: '.article-preview' },
  { page: 'home, tag filter', path: ({ tag }) => `/tag/${tag}`, readyWhen: '.article-preview' },
  { page: 'article', path: ({ article }) => `/article/${article.slug}`, readyWhen: '.card' },
  {
    page: 'profile, articles',
    path: ({ author }) => `/profile/${author.username}`,
    readyWhen: '.article-preview',
  },
  {
    page: 'profile, favorites',
    path: ({ johndoe }) => `/profile/${johndoe.username}/favorites`,
    readyWhen: '.article-preview',
  },
  { page: 'login', path: () => '/login', readyWhen: 'form' },
  { page: 'register', path: () => '/register', readyWhen: 'form' },
  { page: '404', path: () => '/no/such/page', readyWhen: 'h1' },
  {
    page: 'home, your feed (signed in)',
    path: () => '/?feed=following',
    readyWhen: '.article-preview',
    as: asJohndoe,
  },
  {
    page: 'home, global feed (signed in)',
    path: () => '/',
    readyWhen: '.article-preview',
    as: asJohndoe,
  },
  {
    page: 'home, tag filter (signed in)',
    path: ({ tag }) => `/tag/${tag}`,
    readyWhen: '.article-preview',
    as: asJohndoe,
  },
  {
    page: "article, a reader's with a comment of theirs",
    path: ({ article }) => `/article/${article.slug}`,
    readyWhen: '.card .mod-options',
    as: asJohndoe,
  },
  {
    page: "article, its author's",
    path: ({ article }) => `/article/${article.slug}`,
    readyWhen: '.card',
    as: asAuthor,
  },
  {
    page: "profile, another's (signed in)",
    path: ({ author }) => `/profile/${author.username}`,
    readyWhen: '.article-preview',
    as: asJohndoe,
  },
  {
    page: 'profile, favorites, own',
    path: ({ johndoe }) => `/profile/${johndoe.username}/favorites`,
    readyWhen: '.article-preview',
    as: asJohndoe,
  },
  { page: 'settings', path: () => '/settings', readyWhen: 'form', as: asJohndoe },
  { page: 'editor, new article', path: () => '/editor', readyWhen: 'form', as: asAuthor },
  {
    page: 'editor, edit article',
    path: ({ article }) => `/editor/${article.slug}`,
    readyWhen: 'form',
    as: asAuthor,
  },
  { page: '404 (signed in)', path: () => '/no/such/page', readyWhen: 'h1', as: asJohndoe },
];

describe('accessibility: axe finds no WCAG 2.1 A or AA violation', () => {
  const browserPage = usePage();
  let data: Data;

  beforeAll(async () => {
    const tag = unique('tag');
    const [johndoe, author] = await Promise.all([signInThroughApi(), aNewUser()]);
    const article = await anArticleBy(author, {
      tagList: [tag, 'accessibility'],
      body: 'A paragraph with [a link](https://www.w3.org/WAI/) in it.\n\n> A quote.',
    });
    await aCommentOn(article.slug, johndoe, 'Readable by everyone.');
    await follow(johndoe, author.username);
    data = { johndoe, author, article, tag };
  });

  it.each(AUDITS)('on $page', async ({ path, readyWhen, as }) => {
    const page = browserPage();
    const user = as?.(data);
    if (user) await openSignedIn(page, user, path(data));
    else await page.goto(webUrl(path(data)));
    await page.locator(readyWhen).first().waitFor();

    expect(await violations(page)).toEqual([]);
  });
});
