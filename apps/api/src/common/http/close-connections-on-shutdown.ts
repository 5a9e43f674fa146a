import type { FastifyInstance } from 'fastify';

/**
 * On shutdown, the requests in flight finish, and each answer then closes its connection.
 * Otherwise a client's keep-alive connection would sit idle for Fastify's `keepAliveTimeout`
 * (72 s), holding the process open: the server closes only the connections idle when it stops.
 */
export function closeConnectionsOnShutdown(server: FastifyInstance): void {
  let isShuttingDown = false;
  server.addHook('preClose', (done) => {
    isShuttingDown = true;
    done();
  });
  server.addHook('onSend', (_request, reply, payload, done) => {
    if (isShuttingDown) reply.header('Connection', 'close');
    done(null, payload);
  });
}
