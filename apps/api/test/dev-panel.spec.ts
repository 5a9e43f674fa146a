import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import {
  DemoSwitchesResponse,
  ExplainResponse,
  LoggedRequestResponse,
  MASKED,
} from '@conduit/contracts';
import {
  articlesCountBy,
  createArticles,
  registerUser,
  PASSWORD,
  queryCount,
  type SignedIn,
  uniqueName,
} from './support/factories.js';
import { RecentRequests } from '../src/common/request-context/recent-requests.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The dev panel's API (packages/contracts/src/dev-panel.ts): each request's statements, the plan
// of one, the demo switches. Development and tests only, and for callers on loopback only.

let t: TestApp;
let writer: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  writer = await registerUser(t);
  await createArticles(t, writer, 3, { tagList: [uniqueName('panel'), uniqueName('other')] });
});
afterAll(() => t.close());

/** Sends a request under an id of our choosing; the dev panel knows it by that id. */
async function loggedRequest(send: (id: string) => PromiseLike<unknown>) {
  const id = randomUUID();
  await send(id);
  const { body } = await t.api.get(`/api/_dev/requests/${id}`).expect(200);
  return LoggedRequestResponse.parse(body).request;
}

/** A new article by the writer, sent under the request id `id`. */
const publish = (id: string, tagList: string[] = []) =>
  t.api
    .post('/api/articles')
    .set(writer.auth)
    .set('X-Request-Id', id)
    .send({ article: { title: uniqueName('Logged'), description: 'd', body: 'b', tagList } })
    .expect(201);

const explain = (requestId: string, index: number) =>
  t.api.post(`/api/_dev/requests/${requestId}/statements/${index}/explain`);

describe("a request's statements", () => {
  it('come back in the order they ran, the prepared reads marked as such', async () => {
    const request = await loggedRequest((id) => publish(id, ['a', 'b']));

    expect(request.method).toBe('POST');
    expect(request.path).toBe('/api/articles');
    expect(request.statements.map((statement) => statement.index)).toEqual(
      request.statements.map((_, at) => at),
    );
    const firstWords = request.statements.map((statement) => statement.sql.split(' ')[0]);
    // The caller's lookup, the transaction of the article and its tags, the read-back.
    expect(firstWords).toEqual([
      'SELECT',
      'START',
      'INSERT',
      'INSERT',
      'SELECT',
      'INSERT',
      'COMMIT',
      'SELECT',
    ]);
    expect(request.statements.map((statement) => statement.prepared)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it("of a list are its page's SELECT and its count, with their parameters and rows", async () => {
    const request = await loggedRequest((id) =>
      t.api.get('/api/articles?limit=2&offset=1').set('X-Request-Id', id).expect(200),
    );

    const page = request.statements.find((statement) => statement.sql.includes('LIMIT'));
    expect(page).toMatchObject({
      parameters: [null, 2, 1],
      rows: 2,
      prepared: true,
      explainable: true,
    });
    expect(page?.sql).toMatch(/^SELECT .* FROM "articles" "article"/);
    expect(request.statements).toHaveLength(2);
  });

  it('are timed to a fraction of a millisecond, and add up to the database time of the answer', async () => {
    let serverTiming: string | undefined;
    const request = await loggedRequest(async (id) => {
      serverTiming = (await publish(id)).headers['server-timing'];
    });

    const durations = request.statements.map((statement) => statement.durationMs);
    // Eight statements that all took a whole number of milliseconds: a clock that counts in them.
    expect(durations.some((ms) => !Number.isInteger(ms))).toBe(true);
    const databaseMs = durations.reduce((sum, ms) => sum + ms, 0);
    expect(serverTiming).toMatch(new RegExp(`^db;dur=${databaseMs.toFixed(2)}, total;dur=`));
  });
  it('show no password hash, password or token', async () => {
    const username = uniqueName();
    const signUp = await loggedRequest((id) =>
      t.api
        .post('/api/users')
        .set('X-Request-Id', id)
        .send({ user: { username, email: `${username}@example.com`, password: PASSWORD } })
        .expect(201),
    );
    const newPassword = await loggedRequest((id) =>
      t.api
        .put('/api/user')
        .set(writer.auth)
        .set('X-Request-Id', id)
        .send({ user: { password: 'another long password' } })
        .expect(200),
    );

    const insert = signUp.statements.find((statement) => statement.sql.startsWith('INSERT'));
    expect(insert?.parameters).toEqual([
      username,
      `${username}@example.com`,
      expect.any(String),
      MASKED,
    ]);
    const update = newPassword.statements.find((statement) => statement.sql.startsWith('UPDATE'));
    expect(update?.parameters).toEqual([MASKED, expect.any(Number)]);
    const shown = JSON.stringify([signUp, newPassword]);
    expect(shown).not.toContain('$argon2');
    expect(shown).not.toContain(writer.token);
  });

  it("leave out the dev panel's own requests", async () => {
    const id = randomUUID();
    await t.api.get('/api/_dev/demo').set('X-Request-Id', id).expect(200);
    const { body } = await t.api.get(`/api/_dev/requests/${id}`).expect(404);
    expect(body).toEqual({ errors: { request: ['not found'] } });
  });

  it('are a 404 in the error shape for a request not kept, or a statement it did not run', async () => {
    const { body } = await t.api.get('/api/_dev/requests/never-sent').expect(404);
    expect(body).toEqual({ errors: { request: ['not found'] } });
    const list = await loggedRequest((id) => t.api.get('/api/tags').set('X-Request-Id', id));
    for (const index of ['5', 'x', '-1', '1e0']) {
      const response = await t.api
        .post(`/api/_dev/requests/${list.id}/statements/${index}/explain`)
        .expect(404);
      expect(response.body).toEqual({ errors: { statement: ['not found'] } });
    }
  });
});

describe('the explain of a statement', () => {
  it('gives the plan of a read, run with its parameters', async () => {
    const request = await loggedRequest((id) =>
      t.api.get(`/api/articles?author=${writer.user.username}`).set('X-Request-Id', id).expect(200),
    );
    const page = request.statements.find((statement) => statement.sql.includes('LIMIT'))!;

    const { body } = await explain(request.id, page.index).expect(200);

    const { plan } = ExplainResponse.parse(body);
    // The page's rows, sorted again once its ids are picked (`LIMIT` in a subquery).
    expect(plan.text).toMatch(/^Sort .*\(actual time=.* rows=[\d.]+ loops=1\)/);
    expect(plan.text).toMatch(/\n\s+->\s+Limit .*\(actual time=.* rows=[\d.]+ loops=1\)/);
    // Run with the request's own value: PostgreSQL planned for this author.
    expect(plan.text).toContain(`= '${writer.user.username}'::text`);
    expect(plan.text).toContain('Buffers:');
    expect(plan.text).toContain('Execution Time:');
    expect(plan.sequentialScans).toEqual(expect.any(Array));
  });

  it('refuses a write with a 422 and changes nothing', async () => {
    const before = await articlesCountBy(t, writer);
    const request = await loggedRequest((id) => publish(id));
    expect(await articlesCountBy(t, writer)).toBe(before + 1);
    const writes = request.statements.filter((statement) => !/^SELECT/.test(statement.sql));
    expect(writes.map((statement) => statement.explainable)).toEqual([false, false, false]);

    for (const write of writes) {
      const { body } = await explain(request.id, write.index).expect(422);
      expect(body).toEqual({ errors: { statement: [expect.stringContaining('not a read')] } });
    }
    expect(await articlesCountBy(t, writer)).toBe(before + 1);
  });
  it('answers a read that PostgreSQL will not run read-only with a 422, and changes nothing', async () => {
    const dataSource = t.app.get(DataSource);
    const sequence = uniqueName('explain_probe');
    await dataSource.query(`CREATE SEQUENCE ${sequence}`);
    try {
      // A SELECT that writes: `nextval` advances a sequence. No route runs one, so the test keeps
      // it the way the query counter keeps every request's statements, through the recorder.
      const id = randomUUID();
      t.app.get(RecentRequests).keep({
        id,
        method: 'GET',
        path: '/api/sequence',
        statements: [
          {
            sql: `SELECT nextval('${sequence}')`,
            parameters: [],
            durationMs: 1,
            rows: 1,
            prepared: false,
          },
        ],
      });

      const { body } = await explain(id, 0).expect(422);

      expect(body).toEqual({
        errors: {
          statement: [
            'could not be explained: cannot execute nextval() in a read-only transaction',
          ],
        },
      });
      const [{ is_called }] = await dataSource.query(`SELECT is_called FROM ${sequence}`);
      expect(is_called).toBe(false);
    } finally {
      await dataSource.query(`DROP SEQUENCE ${sequence}`);
    }
  });
});

describe('the demo switch of an N+1 article list', () => {
  const costOf = async (limit: number) =>
    queryCount(
      await t.api.get(`/api/articles?author=${writer.user.username}&limit=${limit}`).expect(200),
    );
  const flip = (nPlusOneArticleList: boolean) =>
    t.api.put('/api/_dev/demo').send({ demo: { nPlusOneArticleList } }).expect(200);

  afterEach(() => flip(false));

  it('is off by default, and costs one statement more per article when on, until off again', async () => {
    const { body } = await t.api.get('/api/_dev/demo').expect(200);
    expect(DemoSwitchesResponse.parse(body)).toEqual({ demo: { nPlusOneArticleList: false } });
    const normal = [await costOf(1), await costOf(3)];
    expect(normal[1]).toBe(normal[0]);

    const on = await flip(true);
    expect(on.body).toEqual({ demo: { nPlusOneArticleList: true } });
    expect(await costOf(3)).toBe((await costOf(1)) + 2);

    await flip(false);
    expect([await costOf(1), await costOf(3)]).toEqual(normal);
  });

  it('gives the same articles either way', async () => {
    const list = () => t.api.get(`/api/articles?author=${writer.user.username}`).expect(200);
    const normal = (await list()).body;
    await flip(true);
    expect((await list()).body).toEqual(normal);
  });

  it("shows in the request's statements as one SELECT repeated, once per article", async () => {
    await flip(true);
    const request = await loggedRequest((id) =>
      t.api.get(`/api/articles?author=${writer.user.username}`).set('X-Request-Id', id).expect(200),
    );
    const { body } = await t.api.get(`/api/articles?author=${writer.user.username}`).expect(200);
    const slugs = body.articles.map((article: { slug: string }) => article.slug);

    const repeated = request.statements.filter((statement) => !statement.prepared);
    expect(new Set(repeated.map((statement) => statement.sql)).size).toBe(1);
    expect(repeated.map((statement) => statement.parameters)).toEqual(
      slugs.map((slug: string) => [slug]),
    );
  });

  it('refuses a switch that is not a boolean, and changes nothing', async () => {
    const { body } = await t.api
      .put('/api/_dev/demo')
      .send({ demo: { nPlusOneArticleList: 'yes' } })
      .expect(422);
    expect(body.errors).toHaveProperty('nPlusOneArticleList');
    const now = await t.api.get('/api/_dev/demo').expect(200);
    expect(now.body).toEqual({ demo: { nPlusOneArticleList: false } });
  });
});

describe('who may call the dev panel', () => {
  // supertest connects from 127.0.0.1: Fastify's `inject` lets a test name the socket's peer.
  const injectFrom = (remoteAddress: string, headers: Record<string, string> = {}, app = t) =>
    (app.app as NestFastifyApplication).getHttpAdapter().getInstance().inject({
      method: 'GET',
      url: '/api/_dev/demo',
      remoteAddress,
      headers,
    });

  it('answers a caller on loopback', async () => {
    expect((await injectFrom('127.0.0.1')).statusCode).toBe(200);
    expect((await injectFrom('::1')).statusCode).toBe(200);
  });

  it('refuses any other caller with a 403 in the error shape', async () => {
    const response = await injectFrom('203.0.113.7');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ errors: { caller: [expect.stringContaining('loopback')] } });
  });

  it('refuses a browser on this machine sent by another site', async () => {
    // DNS rebinding: another site's name, resolved to 127.0.0.1.
    const rebound = await injectFrom('127.0.0.1', { Host: 'evil.example:3000' });
    expect(rebound.statusCode).toBe(403);
    expect(rebound.json()).toEqual({ errors: { caller: [expect.stringContaining('localhost')] } });
    // A page of another site, which development's CORS would let call.
    const crossSite = await injectFrom('127.0.0.1', { 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json()).toEqual({ errors: { caller: ["must not be another site's page"] } });
    // The app's own page, through Vite's proxy.
    const own = await injectFrom('127.0.0.1', {
      Host: 'localhost:3000',
      'Sec-Fetch-Site': 'same-origin',
    });
    expect(own.statusCode).toBe(200);
  });

  it('refuses a remote caller who claims to be local in X-Forwarded-For, proxies trusted', async () => {
    const trusting = await createTestApp({ TRUST_PROXY: 'true' });
    try {
      const response = await injectFrom(
        '203.0.113.7',
        { 'X-Forwarded-For': '127.0.0.1' },
        trusting,
      );
      expect(response.statusCode).toBe(403);
    } finally {
      await trusting.close();
    }
  });
});

describe('in production', () => {
  it('has no dev panel routes at all, and keeps no statements', async () => {
    const production = await createTestApp({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://conduit.example',
      JWT_SECRET: 'a production secret of at least thirty-two characters',
    });
    try {
      const list = await production.api.get('/api/articles').expect(200);
      expect(list.headers).not.toHaveProperty('x-query-count');
      // Nothing watches the statements: TypeORM has no subscriber to call.
      expect(production.app.get(DataSource).subscribers).toEqual([]);
      for (const send of [
        production.api.get(`/api/_dev/requests/${list.headers['x-request-id']}`),
        production.api.post(
          `/api/_dev/requests/${list.headers['x-request-id']}/statements/0/explain`,
        ),
        production.api.get('/api/_dev/demo'),
        production.api.put('/api/_dev/demo').send({ demo: { nPlusOneArticleList: true } }),
      ]) {
        const { body } = await send.expect(404);
        expect(body).toEqual({ errors: { route: ['not found'] } });
      }
    } finally {
      await production.close();
    }
  });
});
