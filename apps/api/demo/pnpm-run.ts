import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long a command may take to shut down in order (the API closes its pool, then PostgreSQL). */
const STOP_TIMEOUT_MS = 15_000;

/** A `pnpm run` started by the demo, and how to stop it. */
export interface PnpmRun {
  name: string;
  /** Settles with the exit code (or the signal's name) once pnpm has ended. */
  exited: Promise<number | string>;
  /** What Ctrl-C would do, then SIGKILL after 15 s; resolves once pnpm has ended. */
  stop(): Promise<void>;
}

/**
 * Runs `pnpm run <script>` in a process group of its own, as if in a terminal of its own: Ctrl-C
 * in ours reaches the demo alone, which then stops each command in turn. pnpm passes the SIGINT
 * on to the script and ends only after it, so once pnpm has ended, so has everything it started
 * (`node --watch` and the API, PostgreSQL, Vite). Output goes to our terminal. Input does not: a
 * process outside the terminal's foreground group that reads it is stopped by the terminal.
 */
export function startPnpmRun(
  name: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): PnpmRun {
  const child = spawn('pnpm', ['run', ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | string>((done) => {
    child.once('exit', (code, signal) => done(code ?? signal ?? 'no exit code'));
    child.once('error', (error) => done(error.message));
  });
  let stopping: Promise<void> | undefined;
  return { name, exited, stop: () => (stopping ??= stop(child, exited)) };
}

async function stop(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  // A negative pid addresses the whole process group, as the terminal does on Ctrl-C.
  process.kill(-child.pid, 'SIGINT');
  const timedOut = await Promise.race([
    exited.then(() => false),
    sleep(STOP_TIMEOUT_MS, true, { ref: false }),
  ]);
  if (timedOut) {
    process.kill(-child.pid, 'SIGKILL');
    await exited;
  }
}
