import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.js';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'conduit-embedded-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps its data across a stop and a start', async () => {
    const first = await startEmbeddedPostgres({ dataDir, log: () => {} });
    await query(
      first.url,
      'CREATE TABLE kept (value text); INSERT INTO kept VALUES ($$still here$$)',
    );
    await first.stop();
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir, log: () => {} });
    expect(await query(second.url, 'SELECT value FROM kept')).toEqual([{ value: 'still here' }]);
    await second.stop();
  });

  it('shares a server already running on the same folder instead of starting a second one', async () => {
    const messages: string[] = [];
    const owner = await startEmbeddedPostgres({ dataDir, log: () => {} });
    const guest = await startEmbeddedPostgres({
      dataDir,
      log: (message) => messages.push(message),
    });
    expect(guest.url).toBe(owner.url);
    expect(messages.join('\n')).toContain('already running');

    await guest.stop();
    expect(await query(owner.url, 'SELECT 1 AS up')).toEqual([{ up: 1 }]);
    await owner.stop();
  });

  it('says why the server did not start, such as a port that someone else holds', async () => {
    const holders = await holdPort();
    const port = (holders[0]?.address() as { port: number }).port;
    try {
      await expect(startEmbeddedPostgres({ dataDir, port, log: () => {} })).rejects.toThrow(
        new RegExp(`did not start on port ${port}:[\\s\\S]*could not`, 'i'),
      );
    } finally {
      for (const holder of holders) holder.close();
    }
  });
});

/** A port taken on both loopback addresses, where PostgreSQL listens for `localhost`. */
async function holdPort(): Promise<Server[]> {
  const listen = (port: number, host: string) =>
    new Promise<Server | undefined>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, host, () => resolve(server));
    });
  const ipv4 = (await listen(0, '127.0.0.1')) as Server;
  const ipv6 = await listen((ipv4.address() as { port: number }).port, '::1');
  return ipv6 ? [ipv4, ipv6] : [ipv4];
}
