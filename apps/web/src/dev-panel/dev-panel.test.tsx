import { MASKED } from '@conduit/contracts';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderApp } from '../testing/render-app';
import {
  aLoggedListRequest,
  costHeaders,
  expandListRequest,
  listAnsweredAs,
  listRequestButton,
  openDevPanel,
} from './dev-panel-test-support';

const PAGE_SQL =
  'SELECT "article"."slug" AS "slug" FROM "articles" "article" ORDER BY "article"."created_at" DESC LIMIT $1 OFFSET $2';
const TAGS_SQL =
  'SELECT "tag"."name" FROM "article_tags" "articleTag" WHERE "articleTag"."article_id" = $1';
const COUNT_SQL = 'SELECT count(*)::int AS "count" FROM "articles" "article"';

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
    const [, ...cells] = within(articles).getAllByRole('cell');
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
    const panel = await openDevPanel(user);
    expect(within(panel).getAllByRole('row').length).toBeGreaterThan(1);

    await user.click(within(panel).getByRole('button', { name: 'Clear' }));
    // Only the header row is left.
    expect(within(panel).getAllByRole('row')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Dev panel' }));
    expect(screen.queryByRole('region', { name: 'Dev panel' })).not.toBeInTheDocument();
  });

  it('expands a request, from the keyboard, to its statements: SQL laid out, values, cost, prepared', async () => {
    const { user } = renderApp('/', {
      overrides: [listAnsweredAs('list-request', 2)],
      devPanel: {
        requests: {
          'list-request': aLoggedListRequest('list-request', [
            { sql: PAGE_SQL, parameters: [10, 0], durationMs: 6.125, rows: 10, prepared: true },
            { sql: COUNT_SQL, parameters: [], durationMs: 0.4166, rows: 1, prepared: false },
          ]),
        },
      },
    });
    const panel = await openDevPanel(user);
    const expand = listRequestButton(panel);
    expect(expand).toHaveAttribute('aria-expanded', 'false');

    expand.focus();
    await user.keyboard('{Enter}');

    const statements = await within(panel).findByRole('list', { name: 'Statements' });
    expect(expand).toHaveAttribute('aria-expanded', 'true');
    const page = within(statements).getByRole('listitem', { name: 'Statement #1' });
    expect(page.querySelector('pre')?.textContent).toBe(
      [
        'SELECT "article"."slug" AS "slug"',
        'FROM "articles" "article"',
        'ORDER BY "article"."created_at" DESC',
        'LIMIT $1',
        'OFFSET $2',
      ].join('\n'),
    );
    expect(within(page).getByRole('list', { name: 'Runs' })).toHaveTextContent(
      '#1: $1 = 10, $2 = 0; 6.1 ms, 10 rows',
    );
    expect(within(page).getByText('prepared')).toBeInTheDocument();
    const count = within(statements).getByRole('listitem', { name: 'Statement #2' });
    expect(within(count).getByRole('list', { name: 'Runs' })).toHaveTextContent(
      '#2: no parameters; 0.42 ms, 1 row',
    );
    expect(within(count).queryByText('prepared')).not.toBeInTheDocument();
    expect(within(panel).queryByText(/N\+1\?/)).not.toBeInTheDocument();

    await user.click(expand);
    expect(within(panel).queryByRole('list', { name: 'Statements' })).not.toBeInTheDocument();
  });

  it('groups the runs of one SQL text into one entry flagged N+1? with their count', async () => {
    const { user } = renderApp('/', {
      overrides: [listAnsweredAs('n-plus-one', 5)],
      devPanel: {
        requests: {
          'n-plus-one': aLoggedListRequest('n-plus-one', [
            { sql: PAGE_SQL, parameters: [10, 0] },
            { sql: TAGS_SQL, parameters: [7] },
            { sql: TAGS_SQL, parameters: [8] },
            { sql: TAGS_SQL, parameters: [9] },
            { sql: COUNT_SQL, parameters: [] },
          ]),
        },
      },
    });
    const statements = await expandListRequest(user, await openDevPanel(user));

    const entries = within(statements).getAllByRole('listitem', { name: /^Statement / });
    expect(entries.map((entry) => entry.getAttribute('aria-label'))).toEqual([
      'Statement #1',
      'Statement #2',
      'Statement #5',
    ]);
    const tags = entries[1] as HTMLElement;
    expect(within(tags).getByText('N+1? 3 runs')).toBeInTheDocument();
    expect(
      within(within(tags).getByRole('list', { name: 'Runs' }))
        .getAllByRole('listitem')
        .map((run) => run.textContent),
    ).toEqual([
      '#2: $1 = 7; 0.40 ms, 1 row',
      '#3: $1 = 8; 0.40 ms, 1 row',
      '#4: $1 = 9; 0.40 ms, 1 row',
    ]);
    expect(within(entries[0] as HTMLElement).queryByText(/N\+1\?/)).not.toBeInTheDocument();
  });

  it('shows the values the API masked as it sent them, and the others as SQL writes them', async () => {
    const { user } = renderApp('/', {
      overrides: [listAnsweredAs('sign-in', 1)],
      devPanel: {
        requests: {
          'sign-in': aLoggedListRequest('sign-in', [
            {
              sql: 'SELECT "id", "password_hash" FROM "users" WHERE "email" = $1 AND "token" = $2 AND "bio" = $3 AND "image" IS NOT DISTINCT FROM $4',
              parameters: ["o'hara@example.com", MASKED, 'line one\nline two', null],
            },
          ]),
        },
      },
    });
    const statements = await expandListRequest(user, await openDevPanel(user));

    expect(within(statements).getByRole('list', { name: 'Runs' })).toHaveTextContent(
      `#1: $1 = 'o''hara@example.com', $2 = ${MASKED}, $3 = E'line one\\nline two', $4 = NULL;`,
    );
  });

  it('says so when the API no longer remembers the request', async () => {
    const { user } = renderApp('/', { overrides: [listAnsweredAs('forgotten', 3)] });
    const panel = await openDevPanel(user);
    await user.click(listRequestButton(panel));

    expect(await within(panel).findByText('Could not load the statements.')).toBeInTheDocument();
    expect(within(panel).getByRole('alert')).toHaveTextContent('request not found');
  });
});
