import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { anArticle, aUser } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

const manyArticles = (count: number, tagList: string[] = []) =>
  Array.from({ length: count }, (_, index) =>
    anArticle({ title: `Article ${index + 1}`, tagList }),
  );

describe('the home page', () => {
  it('lists ten articles a page, with page links that keep the filter', async () => {
    renderApp('/tag/dragons?page=2', { articles: manyArticles(23, ['dragons']) });

    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Article 11' })).toBeInTheDocument(),
    );
    expect(screen.getAllByRole('article')).toHaveLength(10);
    const pages = screen.getByRole('list', { name: 'Pages' });
    expect(
      within(pages)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/tag/dragons?page=1', '/tag/dragons?page=2', '/tag/dragons?page=3']);
    expect(within(pages).getByRole('link', { current: 'page' })).toHaveTextContent('2');
  });

  it('marks the tag tab active and lists the popular tags', async () => {
    renderApp('/tag/dragons', { articles: manyArticles(1, ['dragons']) });

    await waitFor(() =>
      expect(screen.getByRole('link', { name: '# dragons' })).toHaveClass('active'),
    );
    expect(screen.getByRole('link', { name: 'Global Feed' })).not.toHaveClass('active');
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'dragons' })).toHaveAttribute('href', '/tag/dragons'),
    );
  });

  it('says an empty Your Feed is empty and links to the global feed', async () => {
    renderApp('/?feed=following', { signedInAs: aUser(), articles: manyArticles(2) });

    await waitFor(() => expect(screen.getByText(/Your feed is empty/)).toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Your Feed' })).toHaveClass('active');
  });

  it('keeps the banner and tabs when the feed fails, and offers to try again', async () => {
    renderApp('/', {
      overrides: [
        http.get('/api/articles', () =>
          HttpResponse.json({ errors: { server: ['internal error'] } }, { status: 500 }),
        ),
      ],
    });

    await waitFor(() => expect(screen.getByText('server internal error')).toBeInTheDocument());
    expect(screen.getByText('A place to share your knowledge.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Global Feed' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
