import type { SharedRedis } from './redis.js';
import { MemoryRateLimitStore, type RateLimitStore } from './rate-limit-store.js';

/**
 * The same fixed windows as MemoryRateLimitStore, counted in Redis so every replica counts against
 * one window: INCR and PEXPIRE of the window's key in one Lua script (atomic, one round trip).
 * The key carries the window's number, so replicas agree on windows by the clock alone.
 *
 * While Redis is unreachable it counts in this replica's memory (the outage is logged once by
 * shared/redis.ts): a limit of N per replica then, never a failed request.
 */
const HIT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

export class RedisRateLimitStore implements RateLimitStore {
  constructor(
    private readonly redis: SharedRedis,
    private readonly fallback: RateLimitStore = new MemoryRateLimitStore(),
    private readonly prefix = 'sb:rl:',
  ) {}

  async hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }> {
    if (!this.redis.ready) return this.fallback.hit(key, windowMs);
    const now = Date.now();
    const window = Math.floor(now / windowMs);
    const resetAt = (window + 1) * windowMs;
    try {
      const count = (await this.redis.client.eval(HIT, 1, `${this.prefix}${key}:${windowMs}:${window}`, String(resetAt - now + 1000))) as number;
      return { count, resetAt };
    } catch {
      return this.fallback.hit(key, windowMs);
    }
  }
}
