import { screen, waitFor, within } from '@testing-library/react';
import { anArticle, aProfile, aUser } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

describe('the profile page', () => {
  it('follows an author from their profile, and Your Feed, seen empty before, then lists them', async () => {
    const author = aProfile({ username: 'johndoe', bio: 'Writes about dragons' });
    const { user } = renderApp('/?feed=following', {
      signedInAs: aUser({ username: 'jane' }),
      articles: [anArticle({ title: 'By johndoe', author })],
    });
    const emptyFeed = await screen.findByText(/Your feed is empty/);

    await user.click(within(emptyFeed).getByRole('link', { name: 'Global Feed' }));
    await user.click(await screen.findByRole('link', { name: 'johndoe' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 4, name: 'johndoe' })).toBeInTheDocument(),
    );
    expect(screen.getByText('Writes about dragons')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Follow johndoe' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Unfollow johndoe' })).toHaveClass('btn-secondary'),
    );
    await user.click(screen.getByRole('link', { name: 'Home' }));
    await user.click(await screen.findByRole('link', { name: 'Your Feed' }));

    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'By johndoe' })).toBeInTheDocument(),
    );
  });

  it('offers oneself a link to the settings instead of a follow button', async () => {
    renderApp('/profile/jane', { signedInAs: aUser({ username: 'jane' }) });

    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Edit Profile Settings' })).toHaveAttribute(
        'href',
        '/settings',
      ),
    );
    expect(screen.queryByRole('button', { name: /Follow/ })).not.toBeInTheDocument();
  });

  it('says so when the profile does not exist, without a user card', async () => {
    renderApp('/profile/nobody');

    await waitFor(() => expect(screen.getByText('profile not found')).toBeInTheDocument());
    expect(document.querySelector('.profile-page .user-info')).toBeNull();
  });
});
