import { once } from 'node:events';
import { createServer } from 'node:net';
import { spawnApi } from './support/api-process.js';

describe('when its port is taken', () => {
  it('stops with a message naming the setting that moves the API', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '0.0.0.0', resolve));
    const { port } = squatter.address() as { port: number };

    const api = spawnApi(port, 'pipe');
    let stderr = '';
    api.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(api, 'exit');
    squatter.close();

    expect(code).toBe(1);
    expect(stderr).toContain(`Port ${port}, for the API, is in use`);
    expect(stderr).toContain(`PORT=${port + 1} pnpm dev`);
  }, 60_000); // starts a whole API process: slow on a busy two-core machine
});
