import { ErrorResponse, pathTo, routes } from '@conduit/contracts';
import type { z } from 'zod';
import { apiBase } from './config';
import { ApiError, NetworkError, unreadableAnswer } from './errors';
import { fetchAndLog } from './fetch-and-log';
import { tokenStorage } from './token-storage';

type Routes = typeof routes;
export type RouteName = keyof Routes;

/** `'/articles/:slug/comments/:id'` → `'slug' | 'id'`. */
type ParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

type Schema<Name extends RouteName, Part extends string> = Routes[Name] extends {
  [key in Part]: z.ZodType;
}
  ? Routes[Name][Part]
  : never;

/** What a route answers: its response schema's type, or nothing for a 204. */
export type ResponseOf<Name extends RouteName> = [Schema<Name, 'response'>] extends [never]
  ? void
  : z.output<Schema<Name, 'response'>>;

type CallOptions<Name extends RouteName> = ([ParamNames<Routes[Name]['path']>] extends [never]
  ? { params?: never }
  : { params: Record<ParamNames<Routes[Name]['path']>, string | number> }) &
  ([Schema<Name, 'request'>] extends [never]
    ? { body?: never }
    : { body: z.input<Schema<Name, 'request'>> }) &
  ([Schema<Name, 'query'>] extends [never]
    ? { query?: never }
    : { query?: z.input<Schema<Name, 'query'>> }) & {
    signal?: AbortSignal;
    /** How long to wait for an answer before calling it a lost connection. */
    timeoutMs?: number;
  };

// A request with no answer after this long counts as a lost connection, not an endless spinner.
const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Calls one endpoint of the contracts' route table: fills the path, adds the token, sends JSON
 * and turns every failure into an `ApiError` (the API's `{errors}` map) or a `NetworkError`.
 */
export async function callApi<Name extends RouteName>(
  name: Name,
  // The options may be left out when none of them is required.
  ...[options]: Partial<CallOptions<Name>> extends CallOptions<Name>
    ? [CallOptions<Name>?]
    : [CallOptions<Name>]
): Promise<ResponseOf<Name>> {
  const route: Routes[RouteName] = routes[name];
  const {
    params,
    body,
    query,
    signal,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  } = (options ?? {}) as {
    params?: Record<string, string | number>;
    body?: unknown;
    query?: Record<string, string | number | undefined>;
    signal?: AbortSignal;
    timeoutMs?: number;
  };
  const headers = new Headers({ Accept: 'application/json' });
  const token = tokenStorage.read();
  if (token && route.auth !== 'none') headers.set('Authorization', `Token ${token}`);
  if (body !== undefined) headers.set('Content-Type', 'application/json');

  // In development every request is also logged for the dev panel. The condition is a constant
  // to Vite, so production builds call `fetch` and contain no trace of the log.
  const send = import.meta.env.DEV ? fetchAndLog : fetch;
  let response: Response;
  try {
    const timeout = AbortSignal.timeout(timeoutMs);
    response = await send(`${apiBase}${pathTo(route.path, params)}${toSearch(query)}`, {
      method: route.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new NetworkError({ cause });
  }
  return (await readAnswer(response, 'response' in route)) as ResponseOf<Name>;
}

function toSearch(query: Record<string, string | number | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * The body of an answer: its JSON on a 2xx, else an `ApiError` with the API's `{errors}` map. Also
 * used by the dev panel, whose development-only routes are not in the route table.
 */
export async function readAnswer(response: Response, expectsBody: boolean): Promise<unknown> {
  const text = await response.text().catch(() => null);
  // A DELETE answers 204 with no body, or 200 with `{}`: both are a success with nothing to read.
  if (response.ok && !expectsBody) return undefined;
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    throw unreadableAnswer(response.status);
  }
  if (response.ok) {
    if (json === undefined) throw unreadableAnswer(response.status);
    return json;
  }
  const errorBody = ErrorResponse.safeParse(json);
  throw errorBody.success
    ? new ApiError(response.status, errorBody.data.errors)
    : new ApiError(response.status, { server: [`answered ${response.status}`] });
}
