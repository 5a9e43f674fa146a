import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { markAnsweredEarly } from './client-errors.js';

/** The most of a refused body the API reads only to throw it away. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * A body over `BODY_LIMIT` is refused (413) as soon as its size is known, often while the client
 * is still sending it. Fastify then closes the connection, and a socket closed with data still
 * arriving is reset: Node's `fetch` or a browser uploading a long article saw a connection reset
 * instead of the 413. So the rest of the body is read and thrown away, and the connection stays
 * open as after any answer. Past `DRAIN_LIMIT_BYTES` (declared or counted), or past
 * `REQUEST_TIMEOUT_MS` (request-timeout.ts), it is cut after all.
 */
export function drainRefusedBodies(server: FastifyInstance): void {
  server.addHook('onSend', (request, reply, payload, done) => {
    const declaredLength = Number(request.headers['content-length'] ?? 0);
    if (reply.statusCode === 413 && !request.raw.complete && declaredLength <= DRAIN_LIMIT_BYTES) {
      reply.removeHeader('connection');
      markAnsweredEarly(request.raw.socket);
      discardAtMost(request.raw, DRAIN_LIMIT_BYTES);
    }
    done(null, payload);
  });
}

function discardAtMost(body: IncomingMessage, limit: number): void {
  let discarded = 0;
  body.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > limit) body.socket.destroy();
  });
  body.resume();
}
