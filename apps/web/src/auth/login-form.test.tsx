import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderApp } from '../testing/render-app';
import { server } from '../testing/server';
import { aUser } from '../testing/fixtures';

describe('signing in', () => {
  it("lists the contract's messages for empty fields without calling the API", async () => {
    const { user } = renderApp('/login');

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    await waitFor(() => {
      const errors = screen.getByRole('alert');
      expect(errors).toHaveClass('error-messages');
      expect(errors.querySelectorAll('li')).toHaveLength(2);
      expect(errors).toHaveTextContent("email can't be blank");
      expect(errors).toHaveTextContent("password can't be blank");
    });
  });

  it('shows the API refusing the credentials and keeps what was typed', async () => {
    server.use(
      http.post('/api/users/login', () =>
        HttpResponse.json({ errors: { credentials: ['invalid'] } }, { status: 401 }),
      ),
    );
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText('Email'), 'jane@example.com');
    await user.type(screen.getByLabelText('Password'), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('credentials invalid'));
    expect(screen.getByLabelText('Email')).toHaveValue('jane@example.com');
  });

  it('says it is unable to connect when the API cannot be reached', async () => {
    server.use(http.post('/api/users/login', () => HttpResponse.error()));
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText('Email'), 'jane@example.com');
    await user.type(screen.getByLabelText('Password'), 'password123');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Unable to connect'));
  });

  it('goes home signed in, with the name in the navbar', async () => {
    const jane = aUser({ username: 'jane' });
    server.use(http.post('/api/users/login', () => HttpResponse.json({ user: jane })));
    const { user, router } = renderApp('/login', { users: [jane] });

    await user.type(await screen.findByLabelText('Email'), jane.email);
    await user.type(screen.getByLabelText('Password'), 'password123');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(screen.getByRole('link', { name: 'jane' })).toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/');
    expect(localStorage.getItem('jwtToken')).toBe(jane.token);
  });
});
