import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderApp } from '../testing/render-app';

// What the API adds to every answer in development, here as a test arranges it.
const costHeaders = (queryCount: number) => ({
  'X-Query-Count': String(queryCount),
  'Server-Timing': 'db;dur=1.5, total;dur=4.2',
  'X-Request-Id': `request-${queryCount}`,
});

describe('the dev panel', () => {
  it('lists each API request with what it cost, and marks one that ran many statements', async () => {
    const { user } = renderApp('/', {
      overrides: [
        http.get('/api/articles', () =>
          HttpResponse.json({ articles: [], articlesCount: 0 }, { headers: costHeaders(3) }),
        ),
        http.get('/api/tags', () => HttpResponse.json({ tags: [] }, { headers: costHeaders(12) })),
      ],
    });
    await screen.findByText('No articles are here... yet.');

    const toggle = screen.getByRole('button', { name: 'Dev panel' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);

    const panel = await screen.findByRole('region', { name: 'Dev panel' });
    const articles = within(panel).getByRole('row', { name: /\/api\/articles/ });
    const cells = within(articles).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'GET',
      '/api/articles?limit=10&offset=0',
      '200',
      expect.stringMatching(/^\d+\.\d$/),
      '3',
      '1.5',
    ]);
    expect(articles).not.toHaveClass('dev-panel-many-statements');
    const tags = within(panel).getByRole('row', { name: /\/api\/tags/ });
    expect(tags).toHaveClass('dev-panel-many-statements');
  });

  it('empties the list on Clear and hides again from the footer', async () => {
    const { user } = renderApp('/');
    await screen.findByText('No articles are here... yet.');
    await user.click(screen.getByRole('button', { name: 'Dev panel' }));
    const panel = await screen.findByRole('region', { name: 'Dev panel' });
    expect(within(panel).getAllByRole('row').length).toBeGreaterThan(1);

    await user.click(within(panel).getByRole('button', { name: 'Clear' }));
    // Only the header row is left.
    expect(within(panel).getAllByRole('row')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Dev panel' }));
    expect(screen.queryByRole('region', { name: 'Dev panel' })).not.toBeInTheDocument();
  });
});
