import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freeLoopbackPort } from '../src/common/net/free-port.js';
import { loadConfig } from '../src/config/app-config.js';
import { type PnpmRun, startPnpmRun } from './pnpm-run.js';
import { tour } from './tour.js';

/**
 * `pnpm demo`: a class demo in one command. It resets the development data (`pnpm db:reset`),
 * starts the API and the SPA (the two processes of `pnpm dev`), waits until both answer, and
 * prints a tour: the addresses, the demo logins and a curl walk. Ctrl-C stops everything.
 * The ports are those of `pnpm dev`: `PORT` for the API, `WEB_PORT` (default 5173) for the SPA,
 * which `--web-port` overrides.
 */
const STARTUP_TIMEOUT_MS = 120_000;
const API_ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));
const log = (message: string) => console.log(`[demo] ${message}`);

const { values } = parseArgs({
  options: { 'web-port': { type: 'string', default: process.env.WEB_PORT ?? '5173' } },
});
const apiPort = loadConfig().port;
const webPort = Number(values['web-port']);
const apiUrl = `http://localhost:${apiPort}/api`;
const webUrl = `http://localhost:${webPort}`;

const runs: PnpmRun[] = [];
let isStopping = false;

/** Stops every process the demo started, then exits. */
async function stopAll(exitCode: number): Promise<never> {
  isStopping = true;
  if (runs.length > 0) {
    await Promise.all(runs.map((run) => run.stop()));
    log('Stopped: no process of the demo is left.');
  }
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (isStopping) return;
    log(`${signal}: stopping the SPA, the API and its database…`);
    void stopAll(0);
  });
}

try {
  await demo();
} catch (error) {
  console.error(`[demo] ${(error as Error).message}`);
  await stopAll(1);
}

async function demo(): Promise<void> {
  if (process.platform === 'win32') {
    throw new Error(
      'pnpm demo needs macOS, Linux or WSL; on Windows run `pnpm db:reset`, then `pnpm dev`.',
    );
  }
  if (!Number.isInteger(webPort)) throw new Error('--web-port must be a port number, e.g. 5174');
  // Before the reset: a busy port is most often a `pnpm dev` already running on this same data.
  await assertFree(apiPort, 'the API', `PORT=${apiPort + 1} pnpm demo`);
  await assertFree(webPort, 'the SPA', `WEB_PORT=${webPort + 1} pnpm demo`);

  const startedAt = Date.now();
  log('Resetting the development data (pnpm db:reset)…');
  const reset = startPnpmRun('pnpm db:reset', ['db:reset'], { cwd: API_ROOT });
  runs.push(reset);
  const resetResult = await reset.exited;
  if (resetResult !== 0)
    throw new Error(`pnpm db:reset failed (${resetResult}); see its output above.`);

  log('Starting the API and the SPA (the processes of pnpm dev)…');
  const api = startPnpmRun('the API', ['dev'], { cwd: API_ROOT });
  // Vite's proxy sends `/api` to the API wherever `PORT` put it.
  const web = startPnpmRun('the SPA', ['dev', '--port', String(webPort)], {
    cwd: WEB_ROOT,
    env: { API_PROXY_TARGET: `http://localhost:${apiPort}` },
  });
  runs.push(api, web);
  for (const run of [api, web]) {
    void run.exited.then((result) => {
      if (isStopping) return;
      console.error(`[demo] ${run.name} stopped (${result}); stopping the rest.`);
      void stopAll(1);
    });
  }

  await waitUntilOk(`${apiUrl}/health`, 'the API');
  await waitUntilOk(webUrl, 'the SPA');
  await waitUntilOk(`${webUrl}/api/health`, "the SPA's proxy to the API");
  console.log(tour({ apiUrl, webUrl, readySeconds: (Date.now() - startedAt) / 1000 }));
}

async function assertFree(port: number, what: string, alternative: string): Promise<void> {
  if ((await freeLoopbackPort(port)) === port) return;
  throw new Error(
    `Port ${port}, for ${what}, is in use (is \`pnpm dev\` running?). Stop what holds it ` +
      `(\`ss -ltnp\` or \`lsof -i :${port}\` names it), or pick another port: ${alternative}`,
  );
}

/** Polls until `url` answers 2xx. The API prints why it cannot start; we only wait. */
async function waitUntilOk(url: string, what: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const isOk = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (isOk) return;
    await sleep(250);
  }
  throw new Error(
    `${what} did not answer at ${url} within ${STARTUP_TIMEOUT_MS / 1000} s; see the output above.`,
  );
}
