import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  apiDir,
  completed,
  freePort,
  previewArgs,
  start,
  stopProcess,
  vite,
  waitFor,
  webDir,
} from './stack';

const repoDir = join(webDir, '../..');
const turbo = join(repoDir, 'node_modules/turbo/bin/turbo');
const FROM_SOURCE = ['--conditions=source', '--import', '@swc-node/register/esm-register'];

type Started = ReturnType<typeof start>;

export interface CrossOriginStack {
  /** The API's base, as the SPA was built with it: `http://127.0.0.1:<port>/api`. */
  apiUrl: string;
  webUrl: string;
  stop: () => Promise<void>;
}

/**
 * The SPA and the API on two origins, as a client served apart from the API meets them: the SPA
 * built with `VITE_API_URL` naming the API's absolute address, served by `vite preview` on one
 * port; the API's production build (`node dist/main.js`) on another, with `CORS_ORIGINS` naming the
 * SPA's origin, on a throwaway PostgreSQL holding the demo data. The three builds run at once;
 * turbo's cache spares the API's when `pnpm build` has made it already (and makes it for the next).
 */
export async function startCrossOriginStack(): Promise<CrossOriginStack> {
  const scratch = await mkdtemp(join(tmpdir(), 'conduit-e2e-cross-origin-'));
  const [apiPort, webPort, deadPort] = [await freePort(), await freePort(), await freePort()];
  const apiOrigin = `http://127.0.0.1:${apiPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const outDir = join(scratch, 'dist');
  const running: Started[] = [];
  const stop = async () => {
    await Promise.all(running.map(({ child }) => stopProcess(child)));
    await rm(scratch, { recursive: true, force: true });
  };
  // Should jest end without its teardown (a crash, Ctrl-C), the servers still go with it.
  process.once('exit', () => running.forEach(({ child }) => child.kill('SIGTERM')));

  try {
    const database = start(
      process.execPath,
      [...FROM_SOURCE, 'test/support/serve-demo-database.ts'],
      apiDir,
      {},
    );
    running.push(database);
    const [databaseUrl] = await Promise.all([
      databaseUrlOf(database),
      // Without jest's NODE_ENV=test, which would give the build another cache key than `pnpm build`.
      completed(
        start(process.execPath, [turbo, 'run', 'build', '--filter=@conduit/api'], repoDir, {
          NODE_ENV: undefined,
        }),
        'the API build',
      ),
      completed(
        start(process.execPath, [vite, 'build', '--outDir', outDir], webDir, {
          VITE_API_URL: `${apiOrigin}/api`,
        }),
        'vite build',
      ),
    ]);

    const api = start(process.execPath, ['dist/main.js'], apiDir, {
      NODE_ENV: 'production',
      PORT: String(apiPort),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      PUBLIC_URL: apiOrigin,
      CORS_ORIGINS: webUrl,
      LOG_LEVEL: 'warn',
    });
    running.push(api);
    // Nothing listens on the proxy's target: a request the SPA sent to its own origin would fail.
    const web = start(process.execPath, previewArgs(outDir, webPort), webDir, {
      API_PROXY_TARGET: `http://127.0.0.1:${deadPort}`,
    });
    running.push(web);
    await Promise.all([waitFor(`${apiOrigin}/api/health`, api), waitFor(webUrl, web)]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrl: `${apiOrigin}/api`, webUrl, stop };
}

/** The URL the demo database prints once its data is in. */
function databaseUrlOf(database: Started): Promise<string> {
  return new Promise((resolve, reject) => {
    database.child.stdout?.on('data', () => {
      const url = /^DATABASE_URL=(\S+)$/m.exec(database.output.join(''))?.[1];
      if (url) resolve(url);
    });
    database.child.once('exit', () =>
      reject(new Error(`the demo database did not start:\n${database.output.join('')}`)),
    );
  });
}
