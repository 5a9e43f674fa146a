import { type ChildProcess, spawn } from 'node:child_process';

/** The API as `pnpm dev` runs it (from source), as its own process, on the run's test database. */
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
