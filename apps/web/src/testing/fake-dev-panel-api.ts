import type {
  DemoSwitches,
  DemoSwitchesRequest,
  ExplainResponse,
  LoggedRequestResponse,
} from '@conduit/contracts';
import { http, HttpResponse } from 'msw';
import type { z } from 'zod';

/** What the fake dev panel routes know; tests arrange it and read the demo switches back. */
export interface FakeDevPanel {
  /** The statements of each request, by its request id. */
  requests: Record<string, LoggedRequestResponse['request']>;
  /** The plan of each statement that a test explains, by `<request id>/<index>`. */
  plans: Record<string, ExplainResponse['plan']>;
  demo: DemoSwitches;
}

/** The key of `FakeDevPanel.plans`. */
export const planKey = (requestId: string, index: number) => `${requestId}/${index}`;

/**
 * The API's development-only routes of the dev panel (contracts' `dev-panel.ts`), in memory: a
 * request the API no longer remembers, or a plan nobody arranged, is a 404. A refusal (422) is
 * arranged by the test that shows it.
 */
export function fakeDevPanelHandlers(devPanel: FakeDevPanel) {
  const findRequest = (requestId: unknown) => devPanel.requests[String(requestId)];
  const requestNotFound = () =>
    HttpResponse.json({ errors: { request: ['not found'] } }, { status: 404 });

  return [
    http.get('/api/_dev/requests/:requestId', ({ params }) => {
      const request = findRequest(params.requestId);
      return request ? HttpResponse.json({ request }) : requestNotFound();
    }),
    http.post('/api/_dev/requests/:requestId/statements/:index/explain', ({ params }) => {
      const plan = devPanel.plans[planKey(String(params.requestId), Number(params.index))];
      return plan ? HttpResponse.json({ plan }) : requestNotFound();
    }),
    http.get('/api/_dev/demo', () => HttpResponse.json({ demo: devPanel.demo })),
    http.put('/api/_dev/demo', async ({ request }) => {
      const { demo } = (await request.json()) as z.input<typeof DemoSwitchesRequest>;
      Object.assign(devPanel.demo, demo);
      return HttpResponse.json({ demo: devPanel.demo });
    }),
  ];
}
