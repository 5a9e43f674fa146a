import type { ArticlesResponse, UserResponse } from '@conduit/contracts';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { freeLoopbackPort } from '../src/common/net/free-port.js';
import { startApiProcess } from './support/api-process.js';
import { PASSWORD, uniqueName } from './support/factories.js';

// The client must be another process than the API: in one process, the client's writes and the
// server's close take turns on one event loop, and the reset this guards against never happens.
let api: ChildProcess;
let base: string;
beforeAll(async () => {
  const port = await freeLoopbackPort();
  api = await startApiProcess(port);
  base = `http://127.0.0.1:${port}/api`;
}, 60_000); // starts a whole API process: slow on a busy two-core machine
afterAll(async () => {
  const exited = once(api, 'exit');
  api.kill();
  await exited;
});

/** What a client sees: the status and body of the answer, or the error that took its place. */
async function outcome(request: Promise<Response>) {
  try {
    const response = await request;
    return { status: response.status, body: await response.json() };
  } catch (error) {
    return { error: ((error as Error).cause as { code?: string } | undefined)?.code ?? error };
  }
}

describe("a body far over BODY_LIMIT, sent with Node's fetch", () => {
  it('is answered 413 in the error shape every time, never with a reset connection', async () => {
    const username = uniqueName();
    const registration = await fetch(`${base}/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        user: { username, email: `${username}@example.com`, password: PASSWORD },
      }),
    });
    const { token } = ((await registration.json()) as UserResponse).user;
    const twelveMegabytes = JSON.stringify({
      article: { title: 'Long', description: 'd', body: 'x'.repeat(12 * 1024 * 1024) },
    });

    const outcomes = [];
    for (let attempt = 0; attempt < 20; attempt += 1) {
      outcomes.push(
        await outcome(
          fetch(`${base}/articles`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Token ${token}` },
            body: twelveMegabytes,
          }),
        ),
      );
    }

    expect(outcomes).toEqual(
      Array(20).fill({ status: 413, body: { errors: { body: ['is too large'] } } }),
    );
    const list = await fetch(`${base}/articles?author=${username}`);
    expect(((await list.json()) as ArticlesResponse).articlesCount).toBe(0);
  });
});
