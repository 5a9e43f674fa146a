import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { anArticle, aUser } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

// Looked up afresh on every try, and checked inside the wait: the navbar shown while the first
// page loads is replaced by the layout's, so an element found once may be gone when it is checked.
const inNavbar = (text: string) => within(screen.getByRole('navigation')).getByText(text);

describe('restoring the session on load', () => {
  it('signs the stored token in and shows the user in the navbar', async () => {
    renderApp('/', { signedInAs: aUser({ username: 'jane' }) });

    await waitFor(() => expect(inNavbar('jane')).toBeInTheDocument());
    expect(window.__conduit_debug__?.getAuthState()).toBe('authenticated');
    expect(window.__conduit_debug__?.getCurrentUser()?.username).toBe('jane');
  });

  it('forgets a token the API rejects and keeps the guest on the page they opened', async () => {
    localStorage.setItem('jwtToken', 'expired');
    const { router } = renderApp('/', {
      articles: [anArticle({ title: 'Still listed' })],
      overrides: [
        // A slow answer to the restore, so that the feed would be asked for meanwhile...
        http.get('/api/user', async () => {
          await delay(300);
          return HttpResponse.json({ errors: { token: ['is invalid'] } }, { status: 401 });
        }),
        // ...and, as docs/api.md says, an invalid token is refused even where a token is optional:
        // the feed must wait until the session is settled and then ask as a guest.
        http.get('/api/articles', ({ request }) =>
          request.headers.has('Authorization')
            ? HttpResponse.json({ errors: { token: ['is invalid'] } }, { status: 401 })
            : HttpResponse.json({
                articles: [anArticle({ title: 'Still listed' })],
                articlesCount: 1,
              }),
        ),
      ],
    });

    await waitFor(() => expect(inNavbar('Sign in')).toBeInTheDocument());
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Still listed' })).toBeInTheDocument(),
    );
    expect(localStorage.getItem('jwtToken')).toBeNull();
    expect(router.state.location.pathname).toBe('/');
    expect(window.__conduit_debug__?.getAuthState()).toBe('unauthenticated');
  });

  it('keeps the token and says Connecting… when the API fails, while public pages still work', async () => {
    localStorage.setItem('jwtToken', 'maybe-good');
    renderApp('/', {
      articles: [anArticle({ title: 'Public reading' })],
      overrides: [
        http.get('/api/user', () =>
          HttpResponse.json({ errors: { server: ['internal error'] } }, { status: 500 }),
        ),
      ],
    });

    await waitFor(() => expect(inNavbar('Connecting…')).toBeVisible());
    expect(screen.getAllByText('Connecting…')).toHaveLength(1);
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Public reading' })).toBeInTheDocument(),
    );
    expect(localStorage.getItem('jwtToken')).toBe('maybe-good');
    expect(window.__conduit_debug__?.getAuthState()).toBe('unavailable');
  });

  it('treats an unreadable answer like an unreachable API', async () => {
    localStorage.setItem('jwtToken', 'maybe-good');
    renderApp('/', {
      overrides: [http.get('/api/user', () => new HttpResponse('<html>proxy error</html>'))],
    });

    await waitFor(() => expect(inNavbar('Connecting…')).toBeVisible());
    expect(localStorage.getItem('jwtToken')).toBe('maybe-good');
  });

  it('sends a guest who opens a protected page to exactly /login', async () => {
    const { router } = renderApp('/settings');

    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument(),
    );
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('');
  });

  it('opens a protected page once the stored session is restored', async () => {
    renderApp('/settings', { signedInAs: aUser({ username: 'jane' }) });

    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Your Settings' })).toBeInTheDocument(),
    );
    expect(screen.getByLabelText('Username')).toHaveValue('jane');
  });
});
