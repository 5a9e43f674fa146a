import { routes } from '@conduit/contracts';
import type { FastifyCorsOptions } from '@fastify/cors';
import { REQUEST_ID_HEADER } from '../logging/request-logger.js';
import { QUERY_COUNT_HEADER } from '../request-context/request-stats.js';

/**
 * Every method of the route table, so that a client on another origin can do every write: the
 * default of `@fastify/cors` (GET, HEAD, POST) made the browser refuse each PUT and DELETE at its
 * preflight. HEAD too, which Fastify answers for every GET route.
 */
const METHODS = [...new Set(['HEAD', ...Object.values(routes).map((route) => route.method)])];

/** How long a browser may reuse a preflight's answer: one preflight per route every 10 minutes. */
const PREFLIGHT_MAX_AGE_SECONDS = 10 * 60;

/** What `@fastify/cors` answers to a browser on one of `origins` (`true`: any origin). */
export function corsOptions(origins: true | string[]): FastifyCorsOptions {
  return {
    origin: origins,
    methods: METHODS,
    allowedHeaders: ['Content-Type', 'Authorization', REQUEST_ID_HEADER],
    exposedHeaders: [REQUEST_ID_HEADER, QUERY_COUNT_HEADER, 'Server-Timing'],
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    // An OPTIONS request that is not a browser's preflight (no `Origin`, or no
    // `Access-Control-Request-Method`) would get `400 Invalid Preflight Request` in plain text,
    // outside the API's error shape; it gets an empty 204 that allows nothing instead.
    strictPreflight: false,
  };
}
