import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { anArticle, aProfile, aUser } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

describe('the article page', () => {
  it('renders the Markdown body as HTML with every script stripped', async () => {
    const article = anArticle({
      slug: 'md',
      body: 'A *bold* claim\n\n<script>window.hacked = true</script><img src="x" onerror="alert(1)">',
    });
    renderApp('/article/md', { articles: [article] });

    const emphasis = await screen.findByText('bold');
    expect(emphasis.tagName).toBe('EM');
    expect(document.querySelector('.article-content script')).toBeNull();
    expect(document.querySelector('.article-content img')).not.toHaveAttribute('onerror');
  });

  it('offers its author Edit and Delete instead of Follow and Favorite', async () => {
    const jane = aUser({ username: 'jane' });
    const article = anArticle({ slug: 'mine', author: aProfile({ username: 'jane' }) });
    renderApp('/article/mine', { signedInAs: jane, articles: [article] });

    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Edit Article' })).toHaveAttribute(
        'href',
        '/editor/mine',
      ),
    );
    expect(screen.getByRole('button', { name: 'Delete Article' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Follow/ })).not.toBeInTheDocument();
  });

  it("names the browser tab after the article's title", async () => {
    renderApp('/article/titled', { articles: [anArticle({ slug: 'titled', title: 'Titled' })] });

    await screen.findByRole('heading', { level: 1, name: 'Titled' });
    expect(document.title).toBe('Titled — Conduit');
  });

  it('keeps the article page and explains when the article does not exist', async () => {
    renderApp('/article/missing');

    await waitFor(() => expect(screen.getByText('article not found')).toBeInTheDocument());
    expect(document.querySelectorAll('.article-page')).toHaveLength(1);
  });

  it('takes back a follow the API refuses and says so', async () => {
    const article = anArticle({ slug: 'theirs', author: aProfile({ username: 'johndoe' }) });
    const { user } = renderApp('/article/theirs', {
      signedInAs: aUser(),
      articles: [article],
      overrides: [
        http.post('/api/profiles/:username/follow', () =>
          HttpResponse.json({ errors: { server: ['internal error'] } }, { status: 500 }),
        ),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Follow johndoe' }));

    await waitFor(() =>
      expect(screen.getByText('Could not save: server internal error')).toBeInTheDocument(),
    );
    expect(screen.getByRole('button', { name: 'Follow johndoe' })).toBeInTheDocument();
  });
});
