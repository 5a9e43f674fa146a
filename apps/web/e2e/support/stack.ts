import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const webDir = fileURLToPath(new URL('../..', import.meta.url));
export const apiDir = join(webDir, '../api');
export const vite = join(webDir, 'node_modules/vite/bin/vite.js');
const STARTUP_TIMEOUT_MS = 120_000;

export interface Stack {
  apiUrl: string;
  webUrl: string;
  stop: () => Promise<void>;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export function start(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'pipe' });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return { child, output };
}

/** Waits for a command started with `start` to end; throws with its output if it failed. */
export async function completed(started: { child: ChildProcess; output: string[] }, name: string) {
  const { child } = started;
  const hasEnded = child.exitCode !== null || child.signalCode !== null;
  const code = hasEnded
    ? child.exitCode
    : await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${name} failed:\n${started.output.join('')}`);
}

export async function waitFor(url: string, started: { child: ChildProcess; output: string[] }) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) break;
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200:\n${started.output.join('')}`);
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * A folder for one run's files (the database's included), deleted by the caller. Run as root, the
 * API starts PostgreSQL as the `postgres` user, which must be able to enter it (mkdtemp makes it
 * private); otherwise the data goes elsewhere, past the clean-up.
 */
export async function scratchDir(prefix: string): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), prefix));
  await chmod(scratch, 0o755);
  return scratch;
}

/**
 * The API from source in development, as `pnpm dev` runs it, on `port` and a throwaway embedded
 * PostgreSQL in `scratch` (it migrates and seeds the demo data, johndoe included, itself).
 */
export function startDevelopmentApi(scratch: string, port: number) {
  return start(
    process.execPath,
    ['--conditions=source', '--import', '@swc-node/register/esm-register', 'src/main.ts'],
    apiDir,
    {
      PORT: String(port),
      EMBEDDED_PG_DIR: join(scratch, 'pg'),
      LOG_LEVEL: 'warn',
      // Jest runs with NODE_ENV=test; the stack under test is the development one.
      NODE_ENV: 'development',
    },
  );
}

/**
 * The arguments of `vite preview` serving the build in `outDir` on `port`. A run serves two builds
 * at once, this stack's and the cross-origin one's, each from its own folder on its own port: Vite
 * (since 8.4) refuses a second preview of one project unless told that it is meant.
 */
export function previewArgs(outDir: string, port: number): string[] {
  return [
    vite,
    'preview',
    '--outDir',
    outDir,
    '--port',
    String(port),
    '--strictPort',
    '--bypass-lock',
  ];
}

/** The SPA's dev server (`vite`, as `pnpm dev` starts it) on `port`, sending `/api` to `apiOrigin`. */
export function startDevServer(port: number, apiOrigin: string) {
  return start(process.execPath, [vite], webDir, {
    WEB_PORT: String(port),
    API_PROXY_TARGET: apiOrigin,
  });
}

/**
 * Starts the whole stack on free ports: the development API on a throwaway embedded PostgreSQL,
 * and the production build of the SPA served by `vite preview` with `/api` proxied to that API.
 */
export async function startStack(): Promise<Stack> {
  const scratch = await scratchDir('conduit-e2e-');
  const [apiPort, webPort] = [await freePort(), await freePort()];

  const api = startDevelopmentApi(scratch, apiPort);
  const apiUrl = `http://127.0.0.1:${apiPort}/api`;
  const outDir = join(scratch, 'dist');
  await completed(
    start(process.execPath, [vite, 'build', '--outDir', outDir], webDir, {}),
    'vite build',
  );
  const web = start(process.execPath, previewArgs(outDir, webPort), webDir, {
    API_PROXY_TARGET: `http://127.0.0.1:${apiPort}`,
  });
  const webUrl = `http://127.0.0.1:${webPort}`;

  const stop = async () => {
    await Promise.all([stopProcess(web.child), stopProcess(api.child)]);
    await rm(scratch, { recursive: true, force: true });
  };
  // Should jest end without its teardown (a crash, Ctrl-C), the servers still go with it.
  process.once('exit', () => {
    web.child.kill('SIGTERM');
    api.child.kill('SIGTERM');
  });
  try {
    await Promise.all([waitFor(`${apiUrl}/health`, api), waitFor(webUrl, web)]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrl, webUrl, stop };
}
