import type { Socket } from 'node:net';

/** Sockets whose request was answered before its body had all arrived (drain-refused-bodies.ts). */
const answeredEarly = new WeakSet<Socket>();

export function markAnsweredEarly(socket: Socket): void {
  answeredEarly.add(socket);
}

const ANSWERS: Record<string, [status: string, body: object]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [
    '408 Request Timeout',
    { errors: { request: ['did not arrive in time'] } },
  ],
  HPE_HEADER_OVERFLOW: [
    '431 Request Header Fields Too Large',
    { errors: { headers: ['are too large'] } },
  ],
};
const MALFORMED: [string, object] = [
  '400 Bad Request',
  { errors: { request: ['is not valid HTTP'] } },
];

/**
 * Fastify's `clientErrorHandler`: what Node reports about a connection before any route sees a
 * request (HTTP it cannot parse, headers too large, a request that took longer than
 * `REQUEST_TIMEOUT_MS`). Answered in the API's error shape, like every other error, then closed.
 * A request that already has its answer, a 413 whose body was still being read, only gets closed:
 * a second answer on the same connection would be taken for the answer to the next request.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable && !answeredEarly.has(socket)) {
    const [status, body] = ANSWERS[error.code ?? ''] ?? MALFORMED;
    const json = JSON.stringify(body);
    socket.write(
      `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(error);
}
