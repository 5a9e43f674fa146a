import { createServer, type Socket } from 'node:net';
import { freeLoopbackPort } from '../src/common/net/free-port.js';
import { startServer } from './processes.js';

// A port found free can be taken by another process before the server binds it. Here the first
// port handed out is held on purpose, by a listener that accepts connections and never answers:
// the server must come up on another port instead of failing, or waiting for an answer forever.
test('a server whose port was taken in the meantime starts on another port', async () => {
  const holder = createServer();
  const held = new Set<Socket>();
  holder.on('connection', (socket) => held.add(socket));
  await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
  const taken = (holder.address() as { port: number }).port;
  const ports = [taken];
  try {
    const server = await startServer(
      {
        name: 'a tiny server',
        args: [
          '-e',
          `require('node:http').createServer((_, res) => res.end('ok'))` +
            `.listen(Number(process.env.PORT), '127.0.0.1')`,
        ],
        cwd: process.cwd(),
        env: (port) => ({ PORT: String(port) }),
        readyPath: '/',
      },
      { pickPort: async () => ports.shift() ?? freeLoopbackPort() },
    );
    try {
      expect(server.url).not.toBe(`http://127.0.0.1:${taken}`);
      expect(await (await fetch(server.url)).text()).toBe('ok');
    } finally {
      await server.stop();
    }
  } finally {
    for (const socket of held) socket.destroy();
    await new Promise((done) => holder.close(done));
  }
});
