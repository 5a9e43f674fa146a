import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  type RunningDatabase,
  startEmbeddedPostgres,
} from '../../src/database/embedded-postgres.js';

/**
 * A database no one else uses, never the development data: a new database on the server of
 * `DATABASE_URL` when it is set, else a throwaway embedded cluster. Either is removed on stop.
 */
export async function startTestDatabase(serverUrl: string | undefined): Promise<RunningDatabase> {
  if (serverUrl) return createThrowawayDatabase(serverUrl);
  const dataDir = await mkdtemp(join(tmpdir(), 'conduit-test-'));
  return startEmbeddedPostgres({ dataDir, ephemeral: true, log: () => {} });
}

async function createThrowawayDatabase(serverUrl: string): Promise<RunningDatabase> {
  const name = `conduit_test_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client(serverUrl);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), stop: () => admin(`DROP DATABASE ${name} WITH (FORCE)`) };
}
