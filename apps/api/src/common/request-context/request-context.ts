import { AsyncLocalStorage } from 'node:async_hooks';

/** What we measure about one request while it runs. */
export interface RequestStats {
  /** SQL statements sent to the database. */
  queries: number;
  /** Time spent waiting for them, in milliseconds. */
  databaseMs: number;
  /** Each statement, in order, when the dev panel keeps this request (`recent-requests.ts`). */
  statements?: RanStatement[];
}

/** One statement as it ran: its parameters are the real ones, masked only when shown. */
export interface RanStatement {
  sql: string;
  parameters: readonly unknown[];
  durationMs: number;
  /** Rows returned, or affected by a write; null when the driver does not say. */
  rows: number | null;
  prepared: boolean;
}

/**
 * Follows each request through its awaits, so that code deep in the database layer can count
 * against the request that caused it without anything being passed down.
 */
export const requestContext = new AsyncLocalStorage<RequestStats>();
