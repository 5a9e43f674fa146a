import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * helmet's security headers on every response that reaches our hooks, errors and 404s included
 * (not a CORS preflight, nor the router's 400 for a malformed URL, both answered earlier), with a
 * Content-Security-Policy that the built SPA and the API docs satisfy: scripts only from our own
 * origin (no inline script anywhere), fonts self-hosted, avatars from anywhere over HTTPS (a user's
 * `image` is any URL they chose). helmet sets them on Node's response, which Fastify's own headers
 * join when it answers.
 */
export function addSecurityHeaders(app: FastifyInstance): void {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React's `style` attributes and Swagger UI's computed styles are inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  app.addHook('onRequest', (request, reply, done) =>
    setHeaders(request.raw, reply.raw, (error) => (error instanceof Error ? done(error) : done())),
  );
}
