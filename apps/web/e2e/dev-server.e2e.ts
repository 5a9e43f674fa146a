import { once } from 'node:events';
import { createServer } from 'node:net';
import { freePort, start, stopProcess, vite, waitFor, webDir } from './support/stack';

/** `vite` as `pnpm dev` starts it, with `settings` in its environment instead of the caller's. */
function startDevServer(settings: { WEB_PORT: string; PORT?: string }) {
  return start(process.execPath, [vite], webDir, { API_PROXY_TARGET: undefined, ...settings });
}

// The SPA's dev server, which `pnpm dev` starts next to the API (the other tests use a build).
describe('the dev server', () => {
  it('listens on WEB_PORT and sends /api to the API on PORT', async () => {
    const webPort = await freePort();
    const apiPort = new URL(process.env.E2E_API_URL ?? '').port;
    const devServer = startDevServer({ WEB_PORT: String(webPort), PORT: apiPort });
    try {
      await waitFor(`http://localhost:${webPort}/api/health`, devServer);
    } finally {
      await stopProcess(devServer.child);
    }
  }, 150_000); // past waitFor's own limit, whose error shows the server's output

  it('stops with a message naming WEB_PORT when its port is taken', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, resolve));
    const { port } = squatter.address() as { port: number };

    const devServer = startDevServer({ WEB_PORT: String(port) });
    const [code] = await once(devServer.child, 'exit');
    squatter.close();

    expect(code).toBe(1);
    expect(devServer.output.join('')).toContain(`WEB_PORT=${port + 1} pnpm dev`);
  });
});
