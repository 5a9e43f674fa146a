import {
  DEV_PANEL_PATHS,
  DemoSwitchesResponse,
  ExplainResponse,
  LoggedRequestResponse,
  pathTo,
  type DemoSwitches,
} from '@conduit/contracts';
import type { z } from 'zod';
import { readAnswer } from '../api/client';
import { apiBase } from '../api/config';
import { NetworkError } from '../api/errors';

interface DevPanelCall {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Calls one of the dev panel's own routes and checks the answer against its contract: the API
 * half of the panel is built apart from this one, and a drift should fail loudly here. Plain
 * `fetch`, not `fetchAndLog`: the panel's own calls would otherwise fill the list it shows.
 */
async function callDevPanelApi<Answer extends z.ZodType>(
  answer: Answer,
  { method, path, body, signal }: DevPanelCall,
): Promise<z.output<Answer>> {
  const headers = new Headers({ Accept: 'application/json' });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  let response: Response;
  try {
    response = await fetch(`${apiBase}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new NetworkError({ cause });
  }
  return answer.parse(await readAnswer(response, true));
}

/** The statements one request ran, by its `X-Request-Id`. */
export async function getLoggedRequest(requestId: string, signal?: AbortSignal) {
  const path = pathTo(DEV_PANEL_PATHS.request, { requestId });
  return (await callDevPanelApi(LoggedRequestResponse, { method: 'GET', path, signal })).request;
}

/** The plan of statement `index` of that request; an `ApiError` 422 when it is not a read. */
export async function explainStatement(requestId: string, index: number) {
  const path = pathTo(DEV_PANEL_PATHS.explain, { requestId, index });
  return (await callDevPanelApi(ExplainResponse, { method: 'POST', path })).plan;
}

export async function getDemoSwitches(signal?: AbortSignal) {
  const path = DEV_PANEL_PATHS.demo;
  return (await callDevPanelApi(DemoSwitchesResponse, { method: 'GET', path, signal })).demo;
}

/** Changes the switches named in `demo`, and answers all of them. */
export async function setDemoSwitches(demo: Partial<DemoSwitches>) {
  const path = DEV_PANEL_PATHS.demo;
  const body = { demo };
  return (await callDevPanelApi(DemoSwitchesResponse, { method: 'PUT', path, body })).demo;
}
