import { createServer } from 'node:net';

/**
 * A loopback port nothing listens on at the moment: `preferred` when it is free (a stable address
 * to remember), else whatever port the system hands out.
 */
export async function freeLoopbackPort(preferred = 0): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | undefined>((done) => {
      const probe = createServer();
      probe.once('error', () => done(undefined));
      probe.listen(port, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => done(typeof address === 'object' && address ? address.port : undefined));
      });
    });
  const port = (await tryListen(preferred)) ?? (await tryListen(0));
  if (port === undefined) throw new Error('no free port on 127.0.0.1');
  return port;
}
