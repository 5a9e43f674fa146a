import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { aUser } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

const jane = aUser({ username: 'jane', bio: null, image: null });

describe('the settings form', () => {
  it('saves the changes without an empty password and shows the renamed profile', async () => {
    let sent: unknown;
    const renamed = { ...jane, username: 'jane2', bio: 'Hello', token: 'token-2' };
    const { user, router } = renderApp('/settings', {
      signedInAs: jane,
      overrides: [
        http.put('/api/user', async ({ request }) => {
          sent = await request.json();
          return HttpResponse.json({ user: renamed });
        }),
        http.get('/api/profiles/:username', () =>
          HttpResponse.json({ profile: { ...renamed, following: false } }),
        ),
      ],
    });
    const username = await screen.findByLabelText('Username');

    expect(screen.getByLabelText('Short bio about you')).toHaveValue('');
    await user.clear(username);
    await user.type(username, 'jane2');
    await user.type(screen.getByLabelText('Short bio about you'), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Update Settings' }));

    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 4, name: 'jane2' })).toBeInTheDocument(),
    );
    expect(router.state.location.pathname).toBe('/profile/jane2');
    expect(sent).toEqual({
      user: { image: '', username: 'jane2', bio: 'Hello', email: jane.email },
    });
    expect(localStorage.getItem('jwtToken')).toBe('token-2');
    expect(window.__conduit_debug__?.getCurrentUser()?.username).toBe('jane2');
  });

  it('shows a conflict from the API and keeps the form filled', async () => {
    const { user } = renderApp('/settings', {
      signedInAs: jane,
      overrides: [
        http.put('/api/user', () =>
          HttpResponse.json({ errors: { email: ['has already been taken'] } }, { status: 409 }),
        ),
      ],
    });
    const email = await screen.findByLabelText('Email');

    await user.clear(email);
    await user.type(email, 'taken@example.com');
    await user.click(screen.getByRole('button', { name: 'Update Settings' }));

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('email has already been taken'),
    );
    expect(email).toHaveValue('taken@example.com');
  });

  it('refuses a picture that is not an http or https URL before sending, in the API words', async () => {
    let sent = false;
    const { user } = renderApp('/settings', {
      signedInAs: jane,
      overrides: [
        http.put('/api/user', () => {
          sent = true;
          return HttpResponse.json({ user: jane });
        }),
      ],
    });

    await user.type(await screen.findByLabelText('URL of profile picture'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Update Settings' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'image must be an http or https URL',
    );
    expect(sent).toBe(false);
  });

  it('logs out to the home page as a guest', async () => {
    const { user, router } = renderApp('/settings', { signedInAs: jane });

    await user.click(await screen.findByRole('button', { name: 'Or click here to logout' }));

    await waitFor(() => expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/');
    expect(localStorage.getItem('jwtToken')).toBeNull();
  });
});
