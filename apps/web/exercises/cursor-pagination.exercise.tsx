import type { Article } from '@conduit/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { anArticle, aProfile, aUser } from '../src/testing/fixtures';
import { renderApp } from '../src/testing/render-app';

// Exercise 6, docs/exercises/06-cursor-pagination.md, the SPA half: a profile's lists (the
// author's articles, their favorites) show ten articles and a "More articles" button that appends
// the next ten after `nextCursor`, until it is null; no page links. The favorite and delete
// buttons keep working on the articles such a list has loaded.

const author = aProfile({ username: 'johndoe' });

/** `count` articles by johndoe, newest first: "Article 1" is the newest. */
const articlesByJohn = (count: number, overrides: Partial<Article> = {}) =>
  Array.from({ length: count }, (_, index) =>
    anArticle({ title: `Article ${index + 1}`, author, ...overrides }),
  );

/**
 * The API's article list as the exercise makes it: `nextCursor` after each page, and `?cursor=`
 * continuing from there. Its cursors are opaque strings that only it can read, so a client must
 * pass them back as it got them. It records every query it answers.
 */
function listWithCursors(articles: Article[]) {
  const queries: URLSearchParams[] = [];
  const cursorAt = (start: number) => `c~${(start * 7919).toString(36)}~`;
  const startOf = (cursor: string) =>
    Array.from({ length: articles.length }, (_, start) => start).find(
      (start) => cursorAt(start) === cursor,
    );
  const refuse = (message: string) =>
    HttpResponse.json({ errors: { cursor: [message] } }, { status: 422 });

  const handler = http.get('/api/articles', ({ request }) => {
    const query = new URL(request.url).searchParams;
    queries.push(query);
    const cursor = query.get('cursor');
    if (cursor && query.has('offset')) return refuse('cannot be combined with offset');
    const start = cursor ? startOf(cursor) : Number(query.get('offset') ?? 0);
    if (start === undefined) return refuse('is invalid');
    const matches = articles.filter(
      (article) =>
        (!query.get('author') || article.author.username === query.get('author')) &&
        (!query.get('favorited') || article.favorited),
    );
    const end = start + Number(query.get('limit') ?? 20);
    return HttpResponse.json({
      articles: matches.slice(start, end).map(({ body: _body, ...preview }) => preview),
      articlesCount: matches.length,
      nextCursor: end < matches.length ? cursorAt(end) : null,
    });
  });
  return { handler, queries, cursorAt };
}

const titlesShown = () =>
  screen.getAllByRole('article').map((article) => within(article).getByRole('heading').textContent);

const titles = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => `Article ${from + index}`);

/** The card of the article titled `title`. */
const articleTitled = (title: string) =>
  screen
    .getAllByRole('article')
    .find((article) => within(article).getByRole('heading').textContent === title) as HTMLElement;

type User = ReturnType<typeof renderApp>['user'];

/** Once the list shows the article titled `last`, asks for more. */
async function moreAfter(user: User, last: string) {
  await screen.findByRole('heading', { name: last });
  await user.click(screen.getByRole('button', { name: 'More articles' }));
}

describe("a profile's lists: More articles instead of page links", () => {
  it('shows ten articles, appends the next ten on request, and stops after the last one', async () => {
    const articles = articlesByJohn(23);
    const list = listWithCursors(articles);
    const { user } = renderApp('/profile/johndoe', { articles, overrides: [list.handler] });

    await moreAfter(user, 'Article 10');
    await waitFor(() => expect(titlesShown()).toEqual(titles(1, 20)));
    await moreAfter(user, 'Article 20');

    await waitFor(() => expect(titlesShown()).toEqual(titles(1, 23)));
    expect(screen.queryByRole('button', { name: 'More articles' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Pages' })).not.toBeInTheDocument();
  });

  it('asks for ten at a time, passing back each nextCursor as it came', async () => {
    const articles = articlesByJohn(23);
    const list = listWithCursors(articles);
    const { user } = renderApp('/profile/johndoe', { articles, overrides: [list.handler] });

    await moreAfter(user, 'Article 10');
    await moreAfter(user, 'Article 20');
    await screen.findByRole('heading', { name: 'Article 23' });

    expect(list.queries.map((query) => [query.get('limit'), query.get('cursor')])).toEqual([
      ['10', null],
      ['10', list.cursorAt(10)],
      ['10', list.cursorAt(20)],
    ]);
    expect(list.queries.every((query) => query.get('author') === 'johndoe')).toBe(true);
  });

  it('shows ten of the favorited articles first, without page links, and the rest on request', async () => {
    const articles = articlesByJohn(12, { favorited: true, favoritesCount: 1 });
    const list = listWithCursors(articles);
    const { user } = renderApp('/profile/johndoe/favorites', {
      articles,
      overrides: [list.handler],
    });

    await screen.findByRole('heading', { name: 'Article 10' });
    expect(titlesShown()).toEqual(titles(1, 10));
    expect(screen.queryByRole('list', { name: 'Pages' })).not.toBeInTheDocument();
    await moreAfter(user, 'Article 10');

    await waitFor(() => expect(titlesShown()).toEqual(titles(1, 12)));
    expect(list.queries.at(-1)?.get('favorited')).toBe('johndoe');
  });

  it('favorites an article that More articles brought, and keeps every article shown', async () => {
    const articles = articlesByJohn(15);
    const list = listWithCursors(articles);
    const { user } = renderApp('/profile/johndoe', {
      signedInAs: aUser({ username: 'jane' }),
      articles,
      overrides: [list.handler],
    });
    await moreAfter(user, 'Article 10');
    await screen.findByRole('heading', { name: 'Article 12' });

    await user.click(
      within(articleTitled('Article 12')).getByRole('button', { name: 'Favorite Article: 0' }),
    );

    await waitFor(() =>
      expect(
        within(articleTitled('Article 12')).getByRole('button', { name: 'Unfavorite Article: 1' }),
      ).toBeInTheDocument(),
    );
    expect(titlesShown()).toEqual(titles(1, 15));
  });

  it('no longer lists an article its author deleted', async () => {
    const articles = articlesByJohn(15);
    const list = listWithCursors(articles);
    const deleteArticle = http.delete('/api/articles/:slug', ({ params }) => {
      articles.splice(
        articles.findIndex((article) => article.slug === params.slug),
        1,
      );
      return new HttpResponse(null, { status: 204 });
    });
    const { user } = renderApp('/profile/johndoe', {
      signedInAs: aUser({ username: 'johndoe' }),
      articles,
      overrides: [list.handler, deleteArticle],
    });
    await moreAfter(user, 'Article 10');
    await screen.findByRole('heading', { name: 'Article 12' });

    await user.click(screen.getByRole('heading', { name: 'Article 12' }));
    await user.click(await screen.findByRole('button', { name: /Delete Article/ }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Delete Article/ })).not.toBeInTheDocument(),
    );
    await user.click(within(screen.getByRole('navigation')).getByRole('link', { name: /johndoe/ }));

    await waitFor(() =>
      expect(titlesShown()).toEqual(titles(1, 15).filter((title) => title !== 'Article 12')),
    );
  });
});
