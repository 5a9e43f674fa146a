import { z } from 'zod';

// The dev panel's own API: development only. These routes are not in `routes` (routes.ts) on
// purpose: they are not part of the public API, the OpenAPI document or the CORS table. The API does
// not register them at all when NODE_ENV=production, and answers only callers on loopback.

/** Where the dev panel's routes live, relative to the API base (`/api`). */
export const DEV_PANEL_PATHS = {
  /** GET: the statements one request ran, by the request's `X-Request-Id`. */
  request: '/_dev/requests/:requestId',
  /** POST: `EXPLAIN (ANALYZE, BUFFERS)` of one of those statements, in a rolled-back transaction. */
  explain: '/_dev/requests/:requestId/statements/:index/explain',
  /** GET the demo switches, PUT to change them. */
  demo: '/_dev/demo',
} as const;

/** A bound parameter as the panel shows it; a value that looks like a secret is replaced by `MASKED`. */
export const StatementParameter = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const MASKED = '•••• (masked)';

/** One SQL statement a request ran, in the order it ran. */
export const LoggedStatement = z.object({
  /** Its position in the request, from 0: the `:index` of the explain route. */
  index: z.number().int().nonnegative(),
  sql: z.string(),
  parameters: z.array(StatementParameter),
  durationMs: z.number().nonnegative(),
  /** Rows returned (for a write: rows affected), when the driver says. */
  rows: z.number().int().nonnegative().nullable(),
  /** Sent as a named prepared statement (common/database/prepared-query.ts). */
  prepared: z.boolean(),
  /** A read the explain route accepts; writes and transaction control are never explained. */
  explainable: z.boolean(),
});
export type LoggedStatement = z.infer<typeof LoggedStatement>;

/** `GET /api/_dev/requests/:requestId`: 404 once the request has left the API's recent history. */
export const LoggedRequestResponse = z.object({
  request: z.object({
    id: z.string(),
    method: z.string(),
    path: z.string(),
    statements: z.array(LoggedStatement),
  }),
});
export type LoggedRequestResponse = z.infer<typeof LoggedRequestResponse>;

/** A sequential scan over a table big enough to matter, and an index of the schema that could serve it. */
export const SequentialScan = z.object({
  table: z.string(),
  /** Rows the scan read (actual, from ANALYZE). */
  rows: z.number().int().nonnegative(),
  /** The name of an existing index on a column the scan filters on, or null if there is none. */
  usableIndex: z.string().nullable(),
});
export type SequentialScan = z.infer<typeof SequentialScan>;

/**
 * `POST /api/_dev/requests/:requestId/statements/:index/explain`: the plan as PostgreSQL prints it
 * (text format), and the sequential scans worth a look. 422 for a statement that is not a read.
 */
export const ExplainResponse = z.object({
  plan: z.object({
    text: z.string(),
    sequentialScans: z.array(SequentialScan),
  }),
});
export type ExplainResponse = z.infer<typeof ExplainResponse>;

/** `GET` / `PUT /api/_dev/demo`: the switches an instructor flips in class. */
export const DemoSwitches = z.object({
  /** The article list loads each article's tags with one query per article: a deliberate N+1. */
  nPlusOneArticleList: z.boolean(),
});
export type DemoSwitches = z.infer<typeof DemoSwitches>;
export const DemoSwitchesRequest = z.object({ demo: DemoSwitches.partial() });
export const DemoSwitchesResponse = z.object({ demo: DemoSwitches });
export type DemoSwitchesResponse = z.infer<typeof DemoSwitchesResponse>;
