import { type ChildProcess, spawn } from 'node:child_process';

/**
 * The API as `pnpm dev` runs it (from source), as its own process, on the run's test database:
 * for what only shows between two processes, such as how connections end.
 */
export function spawnApi(port: number, stdio: 'ignore' | 'pipe'): ChildProcess {
  return spawn(
    process.execPath,
    ['--conditions=source', '--import', '@swc-node/register/esm-register', 'src/main.ts'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: process.env.TEST_DATABASE_URL,
        LOG_LEVEL: 'silent',
      },
      stdio,
    },
  );
}

/** `spawnApi`, once it answers its health check. */
export async function startApiProcess(port: number): Promise<ChildProcess> {
  const api = spawnApi(port, 'ignore');
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const isUp = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (isUp) return api;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  api.kill('SIGKILL');
  throw new Error('the API did not start');
}
