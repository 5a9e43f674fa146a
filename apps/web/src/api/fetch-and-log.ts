import { requestLog, type LoggedRequest } from './request-log';

/**
 * `fetch`, timed, with the outcome and the API's cost headers added to the request log. The
 * client uses it instead of `fetch` in development only (`import.meta.env.DEV`).
 */
export async function fetchAndLog(url: string, init: RequestInit): Promise<Response> {
  const { pathname, search } = new URL(url, window.location.href);
  const startedAt = performance.now();
  const request = { method: init.method ?? 'GET', path: `${pathname}${search}`, at: new Date() };
  const elapsedMs = () => performance.now() - startedAt;
  try {
    const response = await fetch(url, init);
    requestLog.add({
      ...request,
      status: response.status,
      durationMs: elapsedMs(),
      ...costOf(response.headers),
    });
    return response;
  } catch (error) {
    // TanStack Query aborts the requests it no longer needs, such as the first of each pair that
    // React's Strict Mode causes by mounting every page twice: not a network failure. (A timeout
    // is a `TimeoutError`.) `fetch` rejects with a `DOMException` or a `TypeError`: both have a name.
    const wasCancelled = (error as Error).name === 'AbortError';
    requestLog.add({
      ...request,
      status: wasCancelled ? 'cancelled' : 'network error',
      durationMs: elapsedMs(),
    });
    throw error;
  }
}

/** What the API's development headers say; a header that is missing stays `undefined`. */
function costOf(
  headers: Headers,
): Pick<LoggedRequest, 'queryCount' | 'dbMs' | 'totalMs' | 'requestId'> {
  const queryCount = headers.get('X-Query-Count');
  const timing = headers.get('Server-Timing');
  return {
    queryCount: queryCount === null ? undefined : Number(queryCount),
    dbMs: serverTimingDuration(timing, 'db'),
    totalMs: serverTimingDuration(timing, 'total'),
    requestId: headers.get('X-Request-Id') ?? undefined,
  };
}

/** `serverTimingDuration('db;dur=1.5, total;dur=4.2', 'db')` → `1.5`. */
function serverTimingDuration(header: string | null, metric: string): number | undefined {
  for (const entry of header?.split(',') ?? []) {
    const [name, ...parameters] = entry.split(';').map((part) => part.trim());
    if (name !== metric) continue;
    const duration = parameters.find((parameter) => parameter.startsWith('dur='));
    return duration === undefined ? undefined : Number(duration.slice('dur='.length));
  }
  return undefined;
}
