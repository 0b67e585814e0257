/**
 * Counts hits per key in fixed windows: the per-principal rate limit (RATE_LIMIT_PER_MINUTE) and
 * anything else that must be counted. In one process it is memory; with REDIS_URL it is Redis, so
 * every replica counts against the same window (src/shared/).
 */
export interface RateLimitStore {
  /** Records one hit for `key` in the current window of `windowMs`; returns the window's count so far and when it ends (epoch ms). */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
}

/** Fixed windows in this process's memory; windows that ended are dropped as they are passed. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  async hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }> {
    const now = Date.now();
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      if (this.windows.size > 10_000) this.sweep(now);
      w = { count: 0, resetAt: now - (now % windowMs) + windowMs };
      this.windows.set(key, w);
    }
    w.count += 1;
    return { count: w.count, resetAt: w.resetAt };
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
  }
}
