import type { RanStatement } from './request-context.js';

/** A request the dev panel can show: what it was, and the statements it ran, in order. */
export interface KeptRequest {
  id: string;
  method: string;
  /** As requested, with its query string. */
  path: string;
  statements: RanStatement[];
}

/**
 * How many requests the dev panel can look back on; the SPA lists 50. Their parameters are kept
 * whole, so a few requests with megabyte bodies hold a few megabytes: development only.
 */
export const KEPT_REQUESTS = 100;

/**
 * The statements of the last requests, by request id (`X-Request-Id`), for the dev panel
 * (development and tests only: production never creates one). A request that reuses an id
 * replaces the one before it; beyond `capacity`, the oldest is forgotten.
 */
export class RecentRequests {
  private readonly byId = new Map<string, KeptRequest>();

  constructor(private readonly capacity = KEPT_REQUESTS) {}

  keep(request: KeptRequest): void {
    // Deleted first, so that a reused id moves to the end: a Map iterates in insertion order.
    this.byId.delete(request.id);
    this.byId.set(request.id, request);
    if (this.byId.size > this.capacity) this.byId.delete(this.byId.keys().next().value!);
  }

  find(id: string): KeptRequest | undefined {
    return this.byId.get(id);
  }
}
