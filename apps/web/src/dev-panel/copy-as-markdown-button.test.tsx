import { within } from '@testing-library/react';
import { planKey } from '../testing/fake-dev-panel-api';
import { renderApp } from '../testing/render-app';
import {
  aLoggedListRequest,
  expandListRequest,
  listAnsweredAs,
  openDevPanel,
} from './dev-panel-test-support';

const TAGS_SQL = 'SELECT "name" FROM "article_tags" WHERE "article_id" = $1';

/**
 * A clipboard that keeps the last text written to it. (user-event's own cannot be read back here:
 * it hands Node's Blob to jsdom's FileReader.) Installed after `userEvent.setup()`, which puts its
 * own in place.
 */
function fakeClipboard() {
  const clipboard = { text: '', writeText: async (text: string) => void (clipboard.text = text) };
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true });
  return clipboard;
}

describe('Copy as Markdown', () => {
  it("copies the request, each SQL text with its runs' values, and the plans fetched so far", async () => {
    const { user } = renderApp('/', {
      overrides: [listAnsweredAs('export', 4)],
      devPanel: {
        requests: {
          export: aLoggedListRequest('export', [
            { sql: 'SELECT "id" FROM "users" WHERE "id" = $1', parameters: [1], prepared: true },
            { sql: TAGS_SQL, parameters: ['a'], durationMs: 0.25, rows: 2, prepared: false },
            { sql: TAGS_SQL, parameters: ['b'], durationMs: 0.5, rows: 0, prepared: false },
            { sql: 'COMMIT', parameters: [], rows: null, explainable: false },
          ]),
        },
        plans: {
          [planKey('export', 1)]: {
            text: 'Seq Scan on article_tags  (actual rows=2 loops=1)',
            sequentialScans: [{ table: 'article_tags', rows: 2, usableIndex: null }],
          },
        },
      },
    });
    const clipboard = fakeClipboard();
    const statements = await expandListRequest(user, await openDevPanel(user));
    const tags = within(statements).getByRole('listitem', { name: 'Statement #2' });
    await user.click(within(tags).getByRole('button', { name: 'Explain' }));
    await within(tags).findByLabelText('Plan');

    const request = statements.parentElement as HTMLElement;
    await user.click(within(request).getByRole('button', { name: 'Copy as Markdown' }));

    expect(await within(request).findByRole('status')).toHaveTextContent('Copied.');
    expect(clipboard.text).toBe(
      [
        '### GET /api/articles?limit=10&offset=0 → 200',
        '',
        '4 SQL statements.',
        '',
        '#### #1',
        '',
        '```sql',
        'SELECT "id"',
        'FROM "users"',
        'WHERE "id" = $1',
        '-- #1: $1 = 1; 0.40 ms, 1 row',
        '```',
        '',
        'Prepared.',
        '',
        '#### #2, N+1? 2 runs',
        '',
        '```sql',
        'SELECT "name"',
        'FROM "article_tags"',
        'WHERE "article_id" = $1',
        "-- #2: $1 = 'a'; 0.25 ms, 2 rows",
        "-- #3: $1 = 'b'; 0.50 ms, 0 rows",
        '```',
        '',
        'Not prepared.',
        '',
        'Plan:',
        '',
        '```text',
        'Seq Scan on article_tags  (actual rows=2 loops=1)',
        '```',
        '',
        '- Sequential scan on article_tags: 2 rows read; no index fits.',
        '',
        '#### #4',
        '',
        '```sql',
        'COMMIT',
        '-- #4: no parameters; 0.40 ms, rows unknown',
        '```',
        '',
        'Prepared.',
        '',
      ].join('\n'),
    );
  });
});
