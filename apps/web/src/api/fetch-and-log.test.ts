import { http, HttpResponse } from 'msw';
import { server } from '../testing/server';
import { fetchAndLog } from './fetch-and-log';
import { requestLog } from './request-log';

const latest = () => requestLog.getSnapshot()[0];

describe('the request log', () => {
  afterEach(() => requestLog.clear());

  it("records a request with the API's cost headers", async () => {
    server.use(
      http.post('/api/articles', () =>
        HttpResponse.json(
          {},
          {
            status: 201,
            headers: {
              'X-Query-Count': '3',
              'Server-Timing': 'db;dur=1.5, total;dur=4.2',
              'X-Request-Id': 'abc',
            },
          },
        ),
      ),
    );

    await fetchAndLog('/api/articles?x=1', { method: 'POST' });

    expect(latest()).toMatchObject({
      method: 'POST',
      path: '/api/articles?x=1',
      status: 201,
      queryCount: 3,
      dbMs: 1.5,
      totalMs: 4.2,
      requestId: 'abc',
    });
    expect(latest()?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('tells a request the app cancelled from one the network lost', async () => {
    server.use(http.get('/api/tags', () => HttpResponse.error()));
    await expect(fetchAndLog('/api/tags', {})).rejects.toThrow();
    expect(latest()?.status).toBe('network error');

    const controller = new AbortController();
    controller.abort();
    await expect(fetchAndLog('/api/tags', { signal: controller.signal })).rejects.toThrow();
    expect(latest()?.status).toBe('cancelled');
  });

  it('keeps the last 50, newest first', async () => {
    server.use(http.get('/api/tags', () => HttpResponse.json({ tags: [] })));

    for (let page = 1; page <= 51; page += 1) await fetchAndLog(`/api/tags?page=${page}`, {});

    const paths = requestLog.getSnapshot().map((request) => request.path);
    expect(paths).toHaveLength(50);
    expect(paths[0]).toBe('/api/tags?page=51');
    expect(paths.at(-1)).toBe('/api/tags?page=2');
  });
});
