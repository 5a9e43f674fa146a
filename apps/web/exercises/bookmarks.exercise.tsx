import type { Article } from '@conduit/contracts';
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { anArticle, aProfile, aUser } from '../src/testing/fixtures';
import { renderApp } from '../src/testing/render-app';

// Exercise 3, docs/exercises/03-bookmarks.md, the SPA's half: a Bookmark button on the article
// page for a signed-in reader, and a Bookmarks tab on the home page that lists the reader's own.
// The fake API of src/testing does not know bookmarks yet: the handlers below answer for it.

type Bookmarkable = Article & { bookmarked: boolean };

const anArticleOf = ({
  bookmarked = false,
  ...overrides
}: Partial<Article> & { bookmarked?: boolean } = {}): Bookmarkable => ({
  ...anArticle(overrides),
  bookmarked,
});

const reader = aUser({ username: 'jane' });

/**
 * The bookmark routes and `?bookmarked=true`, over `articles` (the same objects the fake API
 * serves, so that a bookmark shows everywhere); `sent` records each change the SPA asks for.
 */
function bookmarkApi(articles: Bookmarkable[], sent: string[] = []) {
  const isSignedIn = (request: Request) =>
    request.headers.get('Authorization') === `Token ${reader.token}`;
  const unauthorized = () =>
    HttpResponse.json({ errors: { token: ['is missing'] } }, { status: 401 });
  return [
    ...(['post', 'delete'] as const).map((method) =>
      http[method]('/api/articles/:slug/bookmark', ({ params, request }) => {
        if (!isSignedIn(request)) return unauthorized();
        const article = articles.find(({ slug }) => slug === params.slug);
        if (!article)
          return HttpResponse.json({ errors: { article: ['not found'] } }, { status: 404 });
        article.bookmarked = method === 'post';
        sent.push(`${method.toUpperCase()} ${article.slug}`);
        return HttpResponse.json({ article });
      }),
    ),
    // Other lists fall through to the fake API.
    http.get('/api/articles', ({ request }) => {
      if (new URL(request.url).searchParams.get('bookmarked') !== 'true') return;
      if (!isSignedIn(request)) return unauthorized();
      const bookmarks = articles
        .filter(({ bookmarked }) => bookmarked)
        .map(({ body: _body, ...preview }) => preview);
      return HttpResponse.json({ articles: bookmarks, articlesCount: bookmarks.length });
    }),
  ];
}

describe('the Bookmark button on the article page', () => {
  it('bookmarks the article for a signed-in reader, and takes the bookmark back', async () => {
    const articles = [anArticleOf({ slug: 'dragons', title: 'Dragons' })];
    const sent: string[] = [];
    const { user } = renderApp('/article/dragons', {
      signedInAs: reader,
      articles,
      overrides: bookmarkApi(articles, sent),
    });

    await user.click(await screen.findByRole('button', { name: /^bookmark$/i }));
    await user.click(await screen.findByRole('button', { name: /^remove bookmark$/i }));

    await screen.findByRole('button', { name: /^bookmark$/i });
    expect(sent).toEqual(['POST dragons', 'DELETE dragons']);
  });

  it('shows an article bookmarked earlier as bookmarked', async () => {
    const articles = [anArticleOf({ slug: 'kept', bookmarked: true })];
    renderApp('/article/kept', { signedInAs: reader, articles, overrides: bookmarkApi(articles) });

    expect(await screen.findByRole('button', { name: /^remove bookmark$/i })).toBeVisible();
  });

  it('is there for the author too: anyone may keep their own article for later', async () => {
    const articles = [anArticleOf({ slug: 'mine', author: aProfile({ username: 'jane' }) })];
    renderApp('/article/mine', { signedInAs: reader, articles, overrides: bookmarkApi(articles) });

    await screen.findByRole('button', { name: 'Delete Article' });
    expect(screen.getByRole('button', { name: /^bookmark$/i })).toBeVisible();
  });
});

describe('the Bookmarks tab on the home page', () => {
  it("lists the signed-in reader's bookmarks only", async () => {
    const articles = [
      anArticleOf({ title: 'Kept for later', bookmarked: true }),
      anArticleOf({ title: 'Only read once' }),
    ];
    const { user, router } = renderApp('/', {
      signedInAs: reader,
      articles,
      overrides: bookmarkApi(articles),
    });
    await screen.findByRole('heading', { name: 'Only read once' });

    await user.click(screen.getByRole('link', { name: 'Bookmarks' }));

    await screen.findByRole('heading', { name: 'Kept for later' });
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Only read once' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'Bookmarks' })).toHaveClass('active');
    expect(router.state.location.search).toBe('?feed=bookmarks');
  });

  it('shows a bookmark made on the article page when the reader comes back to the tab', async () => {
    const articles = [anArticleOf({ slug: 'later', title: 'Read me later' })];
    const { user, router } = renderApp('/?feed=bookmarks', {
      signedInAs: reader,
      articles,
      overrides: bookmarkApi(articles),
    });
    await screen.findByRole('link', { name: 'Bookmarks' });
    await waitFor(() => expect(screen.queryByText(/Loading articles/)).not.toBeInTheDocument());
    expect(screen.queryByRole('heading', { name: 'Read me later' })).not.toBeInTheDocument();

    await router.navigate('/article/later');
    await user.click(await screen.findByRole('button', { name: /^bookmark$/i }));
    await screen.findByRole('button', { name: /^remove bookmark$/i });
    await router.navigate('/?feed=bookmarks');
    await screen.findByRole('link', { name: 'Bookmarks' });

    expect(await screen.findByRole('heading', { name: 'Read me later' })).toBeVisible();
  });
});

describe('for a guest', () => {
  it('offers no bookmarks: no button, no tab, and the Bookmarks address leads to sign in', async () => {
    const articles = [anArticleOf({ slug: 'public', title: 'Public' })];
    const { router } = renderApp('/article/public', { articles, overrides: bookmarkApi(articles) });
    await screen.findByRole('button', { name: /Favorite Article/ });
    expect(screen.queryByRole('button', { name: /bookmark/i })).not.toBeInTheDocument();

    await router.navigate('/');
    await screen.findByText('Read more...');
    expect(screen.queryByRole('link', { name: 'Bookmarks' })).not.toBeInTheDocument();

    await router.navigate('/?feed=bookmarks');
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/login');
  });
});
