import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** A server the benchmark started: where it answers, and how to stop it. */
export interface RunningServer {
  name: string;
  pid: number;
  url: string;
  /** SIGTERM, then SIGKILL if it has not exited within 5 s; safe to call twice. */
  stop(): Promise<void>;
}

export interface ServerCommand {
  name: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  url: string;
  /** A path that answers once the server is ready. */
  readyPath: string;
}

/** Starts `node <args>` and waits until it answers on `readyPath` (at most 60 s). */
export async function startServer(command: ServerCommand): Promise<RunningServer> {
  const child = spawn(process.execPath, command.args, {
    cwd: command.cwd,
    env: { ...process.env, ...command.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept for the error message if the server dies; its normal chatter is not shown.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const server: RunningServer = {
    name: command.name,
    pid: child.pid ?? 0,
    url: command.url,
    stop: once(() => stopChild(child, exited)),
  };
  try {
    await waitUntilReady(child, `${command.url}${command.readyPath}`);
  } catch (error) {
    await server.stop();
    throw new Error(`${command.name} did not start: ${(error as Error).message}\n${output}`, {
      cause: error,
    });
  }
  return server;
}

async function waitUntilReady(child: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`no answer from ${url} within 60 s`);
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timedOut = await Promise.race([
    exited.then(() => false),
    sleep(5_000, true, { ref: false }),
  ]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

function once(work: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= work());
}

/**
 * The peak resident memory of a process while some work runs, sampled from `/proc/<pid>/status`
 * every 50 ms (VmRSS), in MB. Linux only; elsewhere it reports nothing.
 */
export async function measurePeakRss<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ result: T; peakRssMb: number | undefined }> {
  let peakKb: number | undefined;
  const sample = async () => {
    const kb = await readStatusKb(pid, 'VmRSS');
    if (kb !== undefined) peakKb = Math.max(peakKb ?? 0, kb);
  };
  await sample();
  const timer = setInterval(() => void sample(), 50);
  try {
    const result = await work();
    await sample();
    return { result, peakRssMb: peakKb === undefined ? undefined : Math.round(peakKb / 1024) };
  } finally {
    clearInterval(timer);
  }
}

/** The high-water mark of a process's resident memory since it started (VmHWM), in MB. */
export async function highWaterRssMb(pid: number): Promise<number | undefined> {
  const kb = await readStatusKb(pid, 'VmHWM');
  return kb === undefined ? undefined : Math.round(kb / 1024);
}

async function readStatusKb(pid: number, field: string): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
