import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDataSource } from '../src/database/data-source.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { migrate } from '../src/database/migrate.js';
import { DEMO_PASSWORD } from '../src/database/seed/demo-content.js';
import { seedGeneratedData } from '../src/database/seed/seed-generated-data.js';
import { type SeedSizeName, seedSizes } from '../src/database/seed/seed-sizes.js';
import { combineRounds, type LoadResult, type LoadSettings, runLoad } from './load.js';
import { highWaterRssMb, type RunningServer, startServer } from './processes.js';
import { assertSameJson } from './same-json.js';
import { type Scenario, SIGNED_IN_EMAIL, sameJsonSamples, scenariosFor } from './scenarios.js';

export const API_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * How to start the API: the production build for measurements, exactly as `pnpm start` runs it
 * (read from its script, so that the memory flags measured are the ones shipped; the Dockerfile
 * sets the same, and docs/benchmarks.md says why these), and the source for the harness's test.
 */
export const API_FROM_BUILD = startScriptArgs();
const FROM_SOURCE = ['--conditions=source', '--import', '@swc-node/register/esm-register'];
export const API_FROM_SOURCE = [...FROM_SOURCE, 'src/main.ts'];

/** The API's default pool, given to both servers so that neither has more connections. */
const DB_POOL_SIZE = '10';

export interface BenchOptions {
  size: SeedSizeName;
  load: LoadSettings;
  /** The list again at this many connections, for its tail latency. */
  lowConcurrency?: number;
  /** An empty database to use (the harness's test); else a throwaway embedded PostgreSQL. */
  databaseUrl?: string;
  apiArgs: string[];
  log: (message: string) => void;
}

export interface ScenarioOutcome {
  scenario: Scenario;
  connections: number;
  ours: LoadResult;
  baseline?: LoadResult;
}

export interface BenchOutcome {
  size: SeedSizeName;
  seedSeconds: number;
  outcomes: ScenarioOutcome[];
  /** The API's resident-memory high-water mark over the whole run (VmHWM), in MB. */
  apiHighWaterRssMb: number | undefined;
}

/**
 * The whole benchmark: a throwaway PostgreSQL with generated data, the API and the baseline on
 * loopback ports, a check that both answer the same JSON, then every scenario against each server
 * in turn. Whatever happens, everything it started is stopped before it returns or throws.
 */
export async function runBenchmark(options: BenchOptions): Promise<BenchOutcome> {
  const { log } = options;
  const stops: (() => Promise<void>)[] = [];
  try {
    const databaseUrl = options.databaseUrl ?? (await startDatabase(stops, log));
    const seedSeconds = await prepareData(databaseUrl, options.size, log);

    const secret = randomBytes(32).toString('hex');
    const starting = [
      startApi(databaseUrl, secret, options.apiArgs),
      startBaseline(databaseUrl, secret),
    ] as const;
    // Both start at once; whichever did start is stopped even if the other failed.
    for (const server of await Promise.allSettled(starting))
      if (server.status === 'fulfilled') stops.push(server.value.stop);
    const [api, baseline] = await Promise.all(starting);

    const token = await signIn(api.url);
    await assertSameJson(api.url, baseline.url, sameJsonSamples(seedSizes[options.size]), token);
    log('The baseline answers the same JSON as the API.');

    const outcomes: ScenarioOutcome[] = [];
    const measure = async (scenario: Scenario, settings: LoadSettings) => {
      const load = { ...settings, connections: scenario.connections ?? settings.connections };
      log(`${scenario.name} (${scenario.method} ${scenario.path}, c=${load.connections})…`);
      const ours: LoadResult[] = [];
      const baselineRounds: LoadResult[] = [];
      for (let round = 0; round < load.rounds; round++) {
        const settingsOfRound = { ...load, warmupSeconds: round === 0 ? load.warmupSeconds : 0 };
        ours.push(await runLoad(api, scenario, token, settingsOfRound));
        if (!scenario.isOursOnly)
          baselineRounds.push(await runLoad(baseline, scenario, token, settingsOfRound));
      }
      outcomes.push({
        scenario,
        connections: load.connections,
        ours: combineRounds(ours),
        baseline: scenario.isOursOnly ? undefined : combineRounds(baselineRounds),
      });
    };
    const scenarios = scenariosFor(seedSizes[options.size]);
    const reads = scenarios.filter((scenario) => !scenario.isOursOnly);
    for (const scenario of reads) await measure(scenario, options.load);
    if (options.lowConcurrency !== undefined)
      await measure(reads[0] as Scenario, { ...options.load, connections: options.lowConcurrency });
    for (const scenario of scenarios.filter((scenario) => scenario.isOursOnly))
      await measure(scenario, options.load);
    return {
      size: options.size,
      seedSeconds,
      outcomes,
      apiHighWaterRssMb: await highWaterRssMb(api.pid),
    };
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

export async function startDatabase(
  stops: (() => Promise<void>)[],
  log: (message: string) => void,
) {
  const dataDir = await mkdtemp(join(tmpdir(), 'conduit-bench-'));
  const database = await startEmbeddedPostgres({ dataDir, ephemeral: true, log });
  stops.push(database.stop);
  return database.url;
}

export async function prepareData(url: string, size: SeedSizeName, log: (message: string) => void) {
  const dataSource = await createDataSource({ url, poolSize: 1 }).initialize();
  try {
    await migrate(dataSource);
    const startedAt = Date.now();
    await seedGeneratedData(dataSource, seedSizes[size], { log, onlyIfEmpty: false });
    return (Date.now() - startedAt) / 1000;
  } finally {
    await dataSource.destroy();
  }
}

export function startApi(databaseUrl: string, secret: string, apiArgs: string[]) {
  return startServer({
    name: 'the API',
    args: apiArgs,
    cwd: API_ROOT,
    readyPath: '/api/health',
    env: (port) => ({
      NODE_ENV: 'production',
      // As the Dockerfile sets it: see there, and docs/deployment.md.
      MALLOC_ARENA_MAX: '1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: secret,
      DB_POOL_SIZE,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'warn',
      // The production limits would answer most of the load with 429s.
      RATE_LIMIT_PER_MINUTE: '1000000000',
      SIGN_IN_RATE_LIMIT_PER_MINUTE: '1000000000',
    }),
  });
}

function startBaseline(databaseUrl: string, secret: string): Promise<RunningServer> {
  return startServer({
    name: 'the baseline',
    args: [...FROM_SOURCE, 'bench/baseline/baseline-server.ts'],
    cwd: API_ROOT,
    readyPath: '/api/tags',
    env: (port) => ({
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: secret,
      DB_POOL_SIZE,
    }),
  });
}

function startScriptArgs(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(API_ROOT, 'package.json'), 'utf8'));
  const [command, ...args] = String(scripts.start).split(' ');
  if (command !== 'node') throw new Error(`pnpm start runs ${command}; the benchmark expects node`);
  return args;
}

async function signIn(apiUrl: string): Promise<string> {
  const response = await fetch(`${apiUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: { email: SIGNED_IN_EMAIL, password: DEMO_PASSWORD } }),
  });
  if (!response.ok) throw new Error(`signing in as ${SIGNED_IN_EMAIL}: ${response.status}`);
  return ((await response.json()) as { user: { token: string } }).user.token;
}
