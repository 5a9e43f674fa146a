import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { freeLoopbackPort } from '../src/common/net/free-port.js';

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
  /** The environment of a server that is to listen on `port` of 127.0.0.1. */
  env: (port: number) => Record<string, string>;
  /** A path that answers once the server is ready. */
  readyPath: string;
}

/** Ports tried before giving up, when the one picked was taken before the server could bind it. */
const PORT_ATTEMPTS = 3;

/**
 * Starts `node <args>` on a free loopback port and waits until it answers on `readyPath` (at most
 * 60 s). A port found free can still be taken before the server binds it: a busy machine opens
 * outgoing connections from the same range of ports. When the server exits because of that, it is
 * started again on another port.
 */
export async function startServer(
  command: ServerCommand,
  { pickPort = () => freeLoopbackPort() }: { pickPort?: () => Promise<number> } = {},
): Promise<RunningServer> {
  for (let attempt = 1; ; attempt++) {
    const port = await pickPort();
    try {
      return await startOnPort(command, port);
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt === PORT_ATTEMPTS) throw error;
    }
  }
}

/** The server exited before it was ready, and its port is in use by another process. */
class PortTaken extends Error {}

async function startOnPort(command: ServerCommand, port: number): Promise<RunningServer> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, command.args, {
    cwd: command.cwd,
    env: { ...process.env, ...command.env(port) },
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
    url,
    stop: once(() => stopChild(child, exited)),
  };
  try {
    await waitUntilReady(child, `${url}${command.readyPath}`);
  } catch (error) {
    const hasExited = child.exitCode !== null;
    await server.stop();
    // Asked once the server has gone: a port still in use is held by another process.
    const isPortTaken = hasExited && (await freeLoopbackPort(port)) !== port;
    const message = `${command.name} did not start on port ${port}: ${(error as Error).message}`;
    throw new (isPortTaken ? PortTaken : Error)(`${message}\n${output}`, { cause: error });
  }
  return server;
}

async function waitUntilReady(child: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      // A time limit, for when the port is held by another process that accepts and never answers.
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
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
