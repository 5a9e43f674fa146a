import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import {
  findArticle,
  listArticles,
  listComments,
  listTags,
  type ListFilters,
  userExists,
} from './baseline-queries.js';
import { tokenFromHeader, verifyToken } from './verify-token.js';

/**
 * The benchmark's yardstick: the API's read endpoints as an expert would serve them with no
 * framework at all, just `node:http`, a `pg` pool of the API's size and hand-written SQL sent as
 * named prepared statements (see `baseline-queries.ts`). It answers the same JSON as the API (the
 * benchmark checks that), so the gap between the two is what NestJS, TypeORM, validation and
 * logging cost. Reads only; not a second implementation of Conduit.
 *
 * Started by the benchmark with DATABASE_URL, JWT_SECRET, DB_POOL_SIZE (the API's too) and PORT in
 * its environment.
 */
const { DATABASE_URL, JWT_SECRET = '', DB_POOL_SIZE = '10', PORT = '0' } = process.env;
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: Number(DB_POOL_SIZE) });

type Viewer = number | null;
type Route = (params: string[], query: URLSearchParams, viewer: Viewer) => Promise<unknown>;

const routes: [RegExp, Route][] = [
  [
    /^\/api\/articles$/,
    (_, query, viewer) => listArticles(pool, viewer, filtersOf(query), pageOf(query)),
  ],
  [
    /^\/api\/articles\/feed$/,
    (_, query, viewer) =>
      viewer === null
        ? Promise.resolve(undefined)
        : listArticles(pool, viewer, { followedBy: viewer }, pageOf(query)),
  ],
  [/^\/api\/articles\/([^/]+)$/, ([slug], _, viewer) => findArticle(pool, viewer, slug ?? '')],
  [
    /^\/api\/articles\/([^/]+)\/comments$/,
    ([slug], _, viewer) => listComments(pool, viewer, slug ?? ''),
  ],
  [/^\/api\/tags$/, () => listTags(pool)],
];

function filtersOf(query: URLSearchParams): ListFilters {
  const filters: ListFilters = {};
  for (const name of ['tag', 'author', 'favorited'] as const) {
    const value = query.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

function pageOf(query: URLSearchParams) {
  return { limit: Number(query.get('limit') ?? 20), offset: Number(query.get('offset') ?? 0) };
}

/**
 * As in the API: no header is an anonymous viewer (null); a token counts only if it verifies and
 * its user still exists (undefined otherwise).
 */
async function viewerOf(header: string | undefined): Promise<Viewer | undefined> {
  const token = tokenFromHeader(header);
  if (token === undefined) return null;
  const id = verifyToken(token, JWT_SECRET);
  if (id === undefined) return undefined;
  return (await userExists(pool, id)) ? id : undefined;
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const viewer = await viewerOf(request.headers.authorization);
  if (viewer === undefined) return send(response, 401, { errors: { token: ['is invalid'] } });
  for (const [pattern, route] of routes) {
    const match = request.method === 'GET' ? pattern.exec(url.pathname) : null;
    if (!match) continue;
    const params = match.slice(1).map((param) => decodeURIComponent(param));
    const body = await route(params, url.searchParams, viewer);
    return body === undefined
      ? send(response, 404, { errors: { resource: ['not found'] } })
      : send(response, 200, body);
  }
  send(response, 404, { errors: { route: ['not found'] } });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    send(response, 500, { errors: { server: ['internal error'] } });
  });
});
server.listen(Number(PORT), '127.0.0.1', () => console.log(`baseline listening on ${PORT}`));

const stop = () => server.close(() => void pool.end());
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
