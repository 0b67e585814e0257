import { createResponseCacheStore, type ResponseCacheStore } from '../cache/store.js';
import { MemoryRateLimitStore, type RateLimitStore } from '../limits/rate-limit-store.js';
import type { Logger } from '../logger.js';
import { createSharedRedis, type SharedRedis } from './redis.js';

/**
 * Everything that must be the same on every replica (design.md §1), each behind a small interface
 * with a memory implementation and a Redis one. Without REDIS_URL every part is memory, as with one
 * process; with it, every part uses Redis while it is reachable and this replica's memory while it
 * is not (logged once by shared/redis.ts), so an outage degrades sharing, never a request.
 */
export interface SharedState {
  /** The Redis connection, when REDIS_URL is set. */
  readonly redis?: SharedRedis;
  readonly responseCache: ResponseCacheStore;
  readonly rateLimits: RateLimitStore;
  close(): Promise<void>;
}

export function createSharedState(opts: { redisUrl?: string; logger: Logger }): SharedState {
  const redis = opts.redisUrl ? createSharedRedis(opts.redisUrl, opts.logger) : undefined;
  return {
    redis,
    responseCache: createResponseCacheStore(redis),
    rateLimits: new MemoryRateLimitStore(),
    async close() {
      await this.responseCache.flush();
      await redis?.close();
    },
  };
}
