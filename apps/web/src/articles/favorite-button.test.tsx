import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { anArticle, aUser } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';
import { server } from '../testing/server';

describe('favoriting from a feed', () => {
  it('counts the favorite at once, then shows the count the API reports', async () => {
    const article = anArticle({ title: 'Popular', favoritesCount: 3 });
    const { user, data } = renderApp('/', { signedInAs: aUser(), articles: [article] });
    let answerFavorite: () => void = () => {};
    server.use(
      http.post('/api/articles/:slug/favorite', async () => {
        await new Promise<void>((resolve) => (answerFavorite = resolve));
        // Meanwhile two other readers favorited it too: the refetched list must say so.
        Object.assign(data.articles[0]!, { favorited: true, favoritesCount: 6 });
        return HttpResponse.json({ article: data.articles[0] });
      }),
    );

    await user.click(await screen.findByRole('button', { name: 'Favorite Article: 3' }));

    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Unfavorite Article: 4' })).toHaveClass(
        'btn-primary',
      ),
    );
    answerFavorite();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Unfavorite Article: 6' })).toBeVisible(),
    );
  });

  it('puts the count back and says why when the API refuses', async () => {
    const { user } = renderApp('/', {
      signedInAs: aUser(),
      articles: [anArticle({ favoritesCount: 3 })],
      overrides: [
        http.post('/api/articles/:slug/favorite', () =>
          HttpResponse.json({ errors: { token: ['is invalid'] } }, { status: 401 }),
        ),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Favorite Article: 3' }));

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Could not save: token is invalid'),
    );
    const button = screen.getByRole('button', { name: 'Favorite Article: 3' });
    expect(button).toHaveClass('btn-outline-primary');
  });

  it('sends a guest to sign in instead', async () => {
    const { user, router } = renderApp('/', { articles: [anArticle({ favoritesCount: 1 })] });

    await user.click(await screen.findByRole('button', { name: 'Favorite Article: 1' }));

    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument(),
    );
    expect(router.state.location.pathname).toBe('/login');
  });
});
