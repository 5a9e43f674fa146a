export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Above this many tracked keys, expired windows are swept so memory stays bounded. */
const SWEEP_ABOVE = 10_000;

/**
 * The simplest rate limiter: at most `limit` hits per key in each window of `windowMs`, the window
 * starting at a key's first hit. Counters live in this process's memory, which suits one API
 * process; several processes would keep them in a shared store such as Redis instead.
 */
export class FixedWindowCounter {
  private readonly windows = new Map<string, { hits: number; endsAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  hit(key: string): Verdict {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      if (this.windows.size >= SWEEP_ABOVE) this.sweep(now);
      window = { hits: 0, endsAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.hits += 1;
    if (window.hits <= this.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.ceil((window.endsAt - now) / 1000) };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
