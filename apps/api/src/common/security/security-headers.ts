import type { SecurityHeadersOptions } from '@nestjs/common';

/**
 * The security headers of every response (`app.useSecurityHeaders`, Nest's built-in equivalent of
 * helmet, with helmet's defaults), with a Content-Security-Policy that the built SPA and the API
 * docs satisfy: scripts only from our own origin (no inline script anywhere), fonts self-hosted,
 * images from anywhere over HTTP or HTTPS: a user's `image` is any such URL they chose, and the demo
 * avatars are on `PUBLIC_URL`, which need not be the origin the page was loaded from.
 */
export const SECURITY_HEADERS: SecurityHeadersOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // React's `style` attributes and Swagger UI's computed styles are inline styles.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'https:', 'http:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
};
