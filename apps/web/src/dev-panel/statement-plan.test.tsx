import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { planKey } from '../testing/fake-dev-panel-api';
import { renderApp } from '../testing/render-app';
import {
  aLoggedListRequest,
  expandListRequest,
  listAnsweredAs,
  openDevPanel,
} from './dev-panel-test-support';

const FEED_COUNT_PLAN = [
  'Aggregate  (cost=229.00..229.01 rows=1 width=4) (actual time=2.1..2.1 rows=1 loops=1)',
  '  ->  Seq Scan on articles article  (cost=0.00..204.00 rows=10000 width=0) (actual time=0.01..1.4 rows=10000 loops=1)',
  '        Filter: (author_id = ANY ($1))',
  'Planning Time: 0.1 ms',
].join('\n');

describe('the plan of a statement', () => {
  it('explains a read and marks each sequential scan, with its table, rows and a usable index', async () => {
    const { user } = renderApp('/', {
      overrides: [listAnsweredAs('feed', 2)],
      devPanel: {
        requests: {
          feed: aLoggedListRequest('feed', [{}, { sql: 'SELECT count(*) FROM articles' }]),
        },
        plans: {
          [planKey('feed', 1)]: {
            text: FEED_COUNT_PLAN,
            sequentialScans: [
              { table: 'articles', rows: 10_000, usableIndex: 'articles_author_id_idx' },
              { table: 'users', rows: 2_000, usableIndex: null },
            ],
          },
        },
      },
    });
    const statements = await expandListRequest(user, await openDevPanel(user));
    const count = within(statements).getByRole('listitem', { name: 'Statement #2' });

    await user.click(within(count).getByRole('button', { name: 'Explain' }));

    const plan = await within(count).findByLabelText('Plan');
    expect(plan.textContent).toBe(FEED_COUNT_PLAN);
    const marked = plan.querySelectorAll('mark');
    expect([...marked].map((line) => line.textContent)).toEqual([
      expect.stringContaining('Seq Scan on articles article'),
    ]);
    expect(
      within(within(count).getByRole('list', { name: 'Sequential scans' }))
        .getAllByRole('listitem')
        .map((scan) => scan.textContent),
    ).toEqual([
      'Sequential scan on articles: 10,000 rows read; the index articles_author_id_idx could serve it.',
      'Sequential scan on users: 2,000 rows read; no index fits.',
    ]);
    // The first statement was not explained.
    const first = within(statements).getByRole('listitem', { name: 'Statement #1' });
    expect(within(first).queryByLabelText('Plan')).not.toBeInTheDocument();
  });

  it("shows the API's message when it refuses to explain a statement (422)", async () => {
    const { user } = renderApp('/', {
      overrides: [
        listAnsweredAs('masked', 1),
        http.post('/api/_dev/requests/masked/statements/0/explain', () =>
          HttpResponse.json(
            { errors: { statement: ['has masked parameters and cannot run again'] } },
            { status: 422 },
          ),
        ),
      ],
      devPanel: { requests: { masked: aLoggedListRequest('masked', [{}]) } },
    });
    const statements = await expandListRequest(user, await openDevPanel(user));

    await user.click(within(statements).getByRole('button', { name: 'Explain' }));

    expect(await within(statements).findByRole('alert')).toHaveTextContent(
      'statement has masked parameters and cannot run again',
    );
    expect(within(statements).queryByLabelText('Plan')).not.toBeInTheDocument();
  });

  it('offers no Explain for a statement that is not a read', async () => {
    const { user } = renderApp('/', {
      overrides: [listAnsweredAs('write', 1)],
      devPanel: {
        requests: {
          write: aLoggedListRequest('write', [
            { sql: 'UPDATE "articles" SET "favorites_count" = 1', explainable: false },
          ]),
        },
      },
    });
    const statements = await expandListRequest(user, await openDevPanel(user));

    expect(within(statements).getByText(/UPDATE "articles"/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Explain' })).not.toBeInTheDocument();
  });
});
