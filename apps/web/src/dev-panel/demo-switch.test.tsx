import { waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderApp } from '../testing/render-app';
import {
  aLoggedListRequest,
  costHeaders,
  expandListRequest,
  openDevPanel,
} from './dev-panel-test-support';

const PAGE_SQL = 'SELECT "article"."id" FROM "articles" "article" LIMIT $1';
const TAGS_SQL = 'SELECT "tag"."name" FROM "article_tags" WHERE "article_id" = $1';

describe('the N+1 demo switch', () => {
  it('reads the demo, flips it on the API, and the refetched list shows the N+1 in the panel', async () => {
    const { user, devPanel } = renderApp('/', {
      devPanel: {
        requests: {
          fixed: aLoggedListRequest('fixed', [{ sql: PAGE_SQL }]),
          'n-plus-one': aLoggedListRequest('n-plus-one', [
            { sql: PAGE_SQL },
            ...[1, 2, 3, 4, 5, 6].map((id) => ({ sql: TAGS_SQL, parameters: [id] })),
          ]),
        },
      },
      overrides: [
        // The list as the API answers it with the demo on or off.
        http.get('/api/articles', () => {
          const isOn = devPanel.demo.nPlusOneArticleList;
          const headers = isOn ? costHeaders(7, 'n-plus-one') : costHeaders(1, 'fixed');
          return HttpResponse.json({ articles: [], articlesCount: 0 }, { headers });
        }),
      ],
    });
    const panel = await openDevPanel(user);
    const demoSwitch = await within(panel).findByRole('switch', { name: 'N+1 demo' });
    await within(panel).findByRole('switch', { name: 'N+1 demo', checked: false });
    const newestListRow = () => within(panel).getAllByRole('row', { name: /\/api\/articles/ })[0];
    expect(newestListRow()).not.toHaveClass('dev-panel-many-statements');

    await user.click(demoSwitch);

    await within(panel).findByRole('switch', { name: 'N+1 demo', checked: true });
    expect(devPanel.demo).toEqual({ nPlusOneArticleList: true });
    // The list was asked for again: its newest row is the one that ran 7 statements.
    await waitFor(() => expect(newestListRow()).toHaveClass('dev-panel-many-statements'));
    const statements = await expandListRequest(user, panel);
    expect(within(statements).getByText('N+1? 6 runs')).toBeInTheDocument();

    await user.click(demoSwitch);

    await within(panel).findByRole('switch', { name: 'N+1 demo', checked: false });
    expect(devPanel.demo).toEqual({ nPlusOneArticleList: false });
  });
});
