// The dev panel's memory: the last requests the client sent, newest first. A plain module with the
// subscribe/getSnapshot pair that React's `useSyncExternalStore` reads, so no library is needed.
// Only `fetch-and-log.ts` writes to it, and only in development.

/** One finished request, with what the API says it cost (its development-only headers). */
export interface LoggedRequest {
  /** Unique within the page's life: the rows' React key (a failed request has no request id). */
  id: number;
  method: string;
  path: string;
  /** The answer's status, or why there is none: the app gave up on it, or the network failed. */
  status: number | 'cancelled' | 'network error';
  /** Measured in the browser: from sending until the answer's headers arrived. */
  durationMs: number;
  /** `X-Query-Count`: the SQL statements the request ran. */
  queryCount?: number;
  /** `Server-Timing`'s `db` and `total` metrics. */
  dbMs?: number;
  totalMs?: number;
  requestId?: string;
  at: Date;
}

const MAX_ENTRIES = 50;

let entries: readonly LoggedRequest[] = [];
let lastId = 0;
const listeners = new Set<() => void>();

// A new array on every change: `useSyncExternalStore` re-renders when the snapshot's identity changes.
function replaceEntries(next: readonly LoggedRequest[]) {
  entries = next;
  for (const listener of listeners) listener();
}

export const requestLog = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): readonly LoggedRequest[] => entries,
  add(entry: Omit<LoggedRequest, 'id'>) {
    lastId += 1;
    replaceEntries([{ ...entry, id: lastId }, ...entries].slice(0, MAX_ENTRIES));
  },
  clear: () => replaceEntries([]),
};
