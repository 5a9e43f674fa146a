import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** `apps/api/public/avatars`: beside both `src/` and `dist/`, so one path serves either. */
const AVATARS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/avatars');

/**
 * The API's own images (the demo users' avatars) under `prefix`, one route per file found at start.
 * Any page may show them: a client on its own origin, or the SPA on Vite's port in development. The
 * security headers answer `Cross-Origin-Resource-Policy: same-origin` to everything, which makes a
 * browser refuse such an image from another origin; these files say `cross-origin` instead.
 */
export async function serveAvatars(server: FastifyInstance, prefix: string): Promise<void> {
  await server.register(fastifyStatic, {
    root: AVATARS_DIR,
    prefix,
    wildcard: false,
    index: false,
    decorateReply: false,
    setHeaders: (reply) => reply.header('Cross-Origin-Resource-Policy', 'cross-origin'),
  });
}
