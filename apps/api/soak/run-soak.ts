import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  API_FROM_BUILD,
  API_ROOT,
  prepareData,
  startApi,
  startDatabase,
} from '../bench/bench-harness.js';
import { measurePeakRss } from '../bench/processes.js';
import { DEMO_PASSWORD } from '../src/database/seed/demo-content.js';
import { seedSizes } from '../src/database/seed/seed-sizes.js';
import { type SoakTally, soakRequests } from './soak-mix.js';

/**
 * `pnpm soak`: the production build under a steady mix of reads and writes (100 connections for
 * 60 s after a 10 s warm-up, on loopback), then checks what production demands: no 5xx, memory that
 * does not keep growing, and a database whose counts agree with what the load did.
 */
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '100' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const WARMUP_SECONDS = 10;
const MAX_GROWTH = 0.2;
const SIZE = 'medium';
const log = (message: string) => console.log(`[soak] ${message}`);

if (!existsSync(join(API_ROOT, 'dist/main.js'))) {
  console.error('pnpm soak loads the production build: run `pnpm build` first.');
  process.exit(1);
}

const failures = await soak();
if (failures.length > 0) {
  console.error(`Soak failed:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
} else {
  log('passed: no 5xx, memory steady, counts consistent.');
}

/** Runs the whole soak; returns what went wrong. Everything it started is stopped in any case. */
async function soak(): Promise<string[]> {
  const stops: (() => Promise<void>)[] = [];
  try {
    const databaseUrl = await startDatabase(stops, log);
    await prepareData(databaseUrl, SIZE, log);
    const api = await startApi(databaseUrl, randomBytes(32).toString('hex'), API_FROM_BUILD);
    stops.push(api.stop);
    const tokens = await signInUsers(api.url, 10);
    const before = await counts(databaseUrl);

    const tally: SoakTally = { articlesCreated: 0, commentsCreated: 0 };
    const run = (duration: number) =>
      autocannon({ url: api.url, connections, duration, requests: soakRequests(tokens, tally) });
    log(`warming up for ${WARMUP_SECONDS} s…`);
    await run(WARMUP_SECONDS);
    const settledRssMb = await rssMb(api.pid);
    log(
      `resident memory after the warm-up: ${settledRssMb} MB; loading for ${seconds} s at c=${connections}…`,
    );
    const rssSeries: number[] = [];
    const sampler = setInterval(() => void rssMb(api.pid).then((mb) => rssSeries.push(mb)), 5_000);
    const { result, peakRssMb } = await measurePeakRss(api.pid, () => run(seconds)).finally(() =>
      clearInterval(sampler),
    );
    const finalRssMb = await rssMb(api.pid);
    const after = await counts(databaseUrl);

    const growth = (finalRssMb - settledRssMb) / settledRssMb;
    console.log(`
| measure | value |
|---|---|
| requests | ${result.requests.total} (${Math.round(result.requests.average)}/s) |
| latency p50 / p99 | ${result.latency.p50} ms / ${result.latency.p99} ms |
| 2xx / 4xx / 5xx / errors | ${result['2xx']} / ${result['4xx']} / ${result['5xx']} / ${result.errors} |
| memory every 5 s | ${rssSeries.join(', ')} MB |
| memory after warm-up → end (peak) | ${settledRssMb} MB → ${finalRssMb} MB (${peakRssMb} MB), ${(growth * 100).toFixed(1)} % |
| articles created (API said 201) / in the database | ${tally.articlesCreated} / ${after.articles - before.articles} |
| comments created (API said 201) / in the database | ${tally.commentsCreated} / ${after.comments - before.comments} |
| articles whose favoritesCount differs from their favorites | ${after.miscountedArticles} |
`);
    return [
      ...(result['5xx'] > 0 ? [`${result['5xx']} responses were 5xx`] : []),
      ...(result.errors > 0 ? [`${result.errors} requests failed or timed out`] : []),
      ...(growth > MAX_GROWTH
        ? [`memory grew ${(growth * 100).toFixed(1)} % after the warm-up`]
        : []),
      ...disagreement('articles', after.articles - before.articles, tally.articlesCreated),
      ...disagreement('comments', after.comments - before.comments, tally.commentsCreated),
      ...(after.miscountedArticles > 0 ? ['favoritesCount disagrees with favorites'] : []),
    ];
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

/**
 * Every 201 must be in the database. The database may hold a few more: the requests still in
 * flight when each of the two runs stopped, whose answers nobody read.
 */
function disagreement(what: string, inDatabase: number, answered: number): string[] {
  const unread = inDatabase - answered;
  if (unread >= 0 && unread <= 2 * connections) return [];
  return [`${what}: ${answered} created according to the API, ${inDatabase} in the database`];
}

/** Tokens of the generated users (`user1@example.com`…), who share the demo password. */
async function signInUsers(apiUrl: string, howMany: number): Promise<string[]> {
  const count = Math.min(howMany, seedSizes[SIZE].users);
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const response = await fetch(`${apiUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          user: { email: `user${index + 1}@example.com`, password: DEMO_PASSWORD },
        }),
      });
      if (!response.ok) throw new Error(`signing in user${index + 1}: ${response.status}`);
      return ((await response.json()) as { user: { token: string } }).user.token;
    }),
  );
}

async function counts(url: string) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const { rows } = await client.query<{
      articles: number;
      comments: number;
      miscounted: number;
    }>(`
      SELECT (SELECT count(*)::int FROM articles) AS articles,
             (SELECT count(*)::int FROM comments) AS comments,
             (SELECT count(*)::int FROM articles a
               WHERE a.favorites_count <> (SELECT count(*) FROM favorites f WHERE f.article_id = a.id)) AS miscounted`);
    const row = rows[0] as { articles: number; comments: number; miscounted: number };
    return { articles: row.articles, comments: row.comments, miscountedArticles: row.miscounted };
  } finally {
    await client.end();
  }
}

async function rssMb(pid: number): Promise<number> {
  const { peakRssMb } = await measurePeakRss(pid, async () => undefined);
  return peakRssMb ?? 0;
}
