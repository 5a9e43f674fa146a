import { once } from 'node:events';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { createTestApp, type TestApp } from './support/test-app.js';

// A client that sends its request slowly, or never finishes it, must not hold a connection for
// ever (src/common/http/request-timeout.ts); the limit is 30 s in the app, 1 s here. What Node
// refuses before any route sees it is answered in the API's error shape (client-errors.ts).
const REQUEST_TIMEOUT_MS = 1_000;

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await createTestApp({}, { requestTimeoutMs: REQUEST_TIMEOUT_MS });
  await t.app.listen(0, '127.0.0.1');
  port = (t.app.getHttpServer().address() as AddressInfo).port;
});
afterAll(() => t.close());

// A test that fails leaves its connection open (that is the failure): closed here, so that the
// app can close and jest can exit with the failure instead of waiting for ever.
const openSockets = new Set<Socket>();
afterEach(() => {
  for (const socket of openSockets) socket.destroy();
  openSockets.clear();
});

/** Opens a connection and sends `text`; `answer()` is what has come back so far. */
async function send(text: string): Promise<{ socket: Socket; answer: () => string }> {
  const socket = connect(port, '127.0.0.1');
  openSockets.add(socket);
  await once(socket, 'connect');
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  // A server that closes a connection while a trickled byte is still unread resets it (RST):
  // the client's ECONNRESET is then expected, and the end of the connection is what counts.
  socket.on('error', () => {});
  socket.write(text);
  return { socket, answer: () => received };
}

/**
 * Resolves once the connection is closed, however it closed. Not `once(socket, 'close')`: that
 * rejects on an `error` event first, and a reset (see `send`) is one, on a busy machine sometimes
 * before the test's own close.
 */
function closed(socket: Socket): Promise<void> {
  return new Promise((resolve) => socket.once('close', () => resolve()));
}

/** Sends the start of a JSON POST that declares `length` bytes of body. */
const startPost = (length: number) =>
  send(
    `POST /api/users/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${length}\r\n\r\n{"user":`,
  );

/** The status line and the JSON body of a raw HTTP answer. */
function parse(answer: string) {
  const headEnd = answer.indexOf('\r\n\r\n');
  return {
    statusLine: answer.slice(0, answer.indexOf('\r\n')),
    body: JSON.parse(answer.slice(headEnd + 4)),
  };
}

/** Sends one byte of body every 100 ms until the connection closes, however it closes. */
function trickle(socket: Socket): void {
  const sender = setInterval(() => socket.writable && socket.write(' '), 100);
  socket.once('close', () => clearInterval(sender));
}

// Without the limit, neither connection is ever closed, and each test fails on jest's timeout.
describe('a request whose body does not arrive in time', () => {
  it('is answered 408 and its connection closed, when the client stops sending', async () => {
    const { socket, answer } = await startPost(1_000);

    await closed(socket);

    expect(parse(answer())).toEqual({
      statusLine: 'HTTP/1.1 408 Request Timeout',
      body: { errors: { request: ['did not arrive in time'] } },
    });
  });

  it('is cut off, however steadily it trickles in', async () => {
    const { socket, answer } = await startPost(1_000);
    trickle(socket);

    await closed(socket);

    // The 408 is sent, but a reset can overtake it (see `send`).
    expect(answer()).toMatch(/^(HTTP\/1\.1 408 Request Timeout\r\n[\s\S]*)?$/);
  });

  it('is cut off after its 413 too, instead of being read and dropped for ever', async () => {
    // Over BODY_LIMIT (1 MB), so refused as soon as its length is known; the rest is then drained.
    const { socket, answer } = await startPost(2 * 1024 * 1024);
    trickle(socket);

    await closed(socket);

    // Only the 413: a 408 after it would be read as the answer to a next request.
    expect(parse(answer())).toEqual({
      statusLine: 'HTTP/1.1 413 Payload Too Large',
      body: { errors: { body: ['is too large'] } },
    });
  });
});

describe('a request that Node cannot take', () => {
  it('is answered 400 in the error shape when it is not HTTP', async () => {
    const { socket, answer } = await send('NOT HTTP AT ALL\r\n\r\n');

    await closed(socket);

    expect(parse(answer())).toEqual({
      statusLine: 'HTTP/1.1 400 Bad Request',
      body: { errors: { request: ['is not valid HTTP'] } },
    });
  });

  it('is answered 431 in the error shape when its headers are over 16 KB', async () => {
    const { socket, answer } = await send(
      `GET /api/tags HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'x'.repeat(20_000)}\r\n\r\n`,
    );

    await closed(socket);

    expect(parse(answer())).toEqual({
      statusLine: 'HTTP/1.1 431 Request Header Fields Too Large',
      body: { errors: { headers: ['are too large'] } },
    });
  });
});
