import { AsyncLocalStorage } from 'node:async_hooks';

/** What we measure about one request while it runs. */
export interface RequestStats {
  /** SQL statements sent to the database. */
  queries: number;
  /** Time spent waiting for them, in milliseconds. */
  databaseMs: number;
}

/**
 * Follows each request through its awaits, so that code deep in the database layer can count
 * against the request that caused it without anything being passed down.
 */
export const requestContext = new AsyncLocalStorage<RequestStats>();
