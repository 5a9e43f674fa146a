import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { freeLoopbackPort } from '../src/common/net/free-port.js';
import { startApiProcess } from './support/api-process.js';
import { PASSWORD, uniqueName } from './support/factories.js';

function health(port: number, agent: Agent): Promise<void> {
  return new Promise((resolve, reject) => {
    request({ port, host: '127.0.0.1', path: '/api/health', agent }, (response) => {
      response.resume();
      response.on('end', resolve);
    })
      .on('error', reject)
      .end();
  });
}

interface Registration {
  /** Settles once the request has left for the server. */
  sent: Promise<void>;
  status: Promise<number>;
  /** Whether the answer has arrived yet. */
  isAnswered: () => boolean;
}

/** A registration through `agent`, whose connections the server has already accepted. */
function register(port: number, agent: Agent): Registration {
  const username = uniqueName();
  const body = JSON.stringify({
    user: { username, email: `${username}@example.com`, password: PASSWORD },
  });
  let sent!: () => void;
  let isAnswered = false;
  const registration: Registration = {
    isAnswered: () => isAnswered,
    sent: new Promise((resolve) => (sent = resolve)),
    status: new Promise((resolve, reject) => {
      const call = request(
        {
          port,
          host: '127.0.0.1',
          method: 'POST',
          path: '/api/users',
          agent,
          headers: { 'Content-Type': 'application/json' },
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            isAnswered = true;
            resolve(response.statusCode ?? 0);
          });
        },
      );
      call.on('finish', () => sent());
      call.on('error', reject);
      call.end(body);
    }),
  };
  return registration;
}

const IN_FLIGHT = 16;

describe('on SIGTERM', () => {
  it('finishes the requests in flight, then exits cleanly', async () => {
    const port = await freeLoopbackPort();
    const api = await startApiProcess(port);
    const exited = once(api, 'exit');
    // Connections opened and accepted before anything else happens, so that the requests below
    // reach a server that is listening, whatever the machine's load.
    const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
    await Promise.all(Array.from({ length: IN_FLIGHT }, () => health(port, agent)));
    // Registrations hash a password (argon2id, about 50 ms of CPU each): this many at once are
    // still running when they have all arrived.
    const registrations = Array.from({ length: IN_FLIGHT }, () => register(port, agent));
    await Promise.all(registrations.map((registration) => registration.sent));

    api.kill('SIGTERM');
    const unansweredAtStop = registrations.filter((registration) => !registration.isAnswered());

    const statuses = await Promise.all(registrations.map((registration) => registration.status));
    expect(unansweredAtStop.length).toBeGreaterThan(0);
    expect(statuses).toEqual(Array(IN_FLIGHT).fill(201));
    const [code] = await exited;
    expect(code).toBe(0);
    agent.destroy();
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
  }, 60_000); // starts a whole API process: slow on a busy two-core machine
});
