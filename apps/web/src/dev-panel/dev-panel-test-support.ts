import type { LoggedRequestResponse, LoggedStatement } from '@conduit/contracts';
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { aLoggedStatement } from '../testing/fixtures';

/** What the API adds to every answer in development, here as a test arranges it. */
export const costHeaders = (queryCount: number, requestId = `request-${queryCount}`) => ({
  'X-Query-Count': String(queryCount),
  'Server-Timing': 'db;dur=1.5, total;dur=4.2',
  'X-Request-Id': requestId,
});

/** The home page's article list, answered empty with `requestId` and `queryCount` as its costs. */
export const listAnsweredAs = (requestId: string, queryCount: number) =>
  http.get('/api/articles', () =>
    HttpResponse.json(
      { articles: [], articlesCount: 0 },
      { headers: costHeaders(queryCount, requestId) },
    ),
  );

/** A logged request of the list, whose statements are `statements` numbered in order. */
export function aLoggedListRequest(
  id: string,
  statements: Partial<LoggedStatement>[],
): LoggedRequestResponse['request'] {
  return {
    id,
    method: 'GET',
    path: '/api/articles?limit=10&offset=0',
    statements: statements.map((statement, index) => aLoggedStatement({ ...statement, index })),
  };
}

/** Opens the panel from the footer, once the home page has listed its articles. */
export async function openDevPanel(user: UserEvent): Promise<HTMLElement> {
  await screen.findByText('No articles are here... yet.');
  await user.click(screen.getByRole('button', { name: 'Dev panel' }));
  return screen.findByRole('region', { name: 'Dev panel' });
}

/**
 * The expand button of the newest row of the list request. (In development React mounts a page
 * twice, so the list may have been asked for twice.)
 */
export function listRequestButton(panel: HTMLElement): HTMLElement {
  const [newest] = within(panel).getAllByRole('button', {
    name: 'Statements of GET /api/articles?limit=10&offset=0',
  });
  return newest as HTMLElement;
}

/** Expands the newest row of the list request and waits for its statements. */
export async function expandListRequest(user: UserEvent, panel: HTMLElement) {
  await user.click(listRequestButton(panel));
  return within(panel).findByRole('list', { name: 'Statements' });
}
