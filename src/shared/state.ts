import { createResponseCacheStore, type ResponseCacheStore } from '../cache/store.js';
import { MemoryRateLimitStore, type RateLimitStore } from './rate-limit-store.js';
import type { Logger } from '../observability/logger.js';
import { RedisRateLimitStore } from './redis-rate-limit-store.js';
import { MemoryBudgetStore, RedisBudgetStore, type BudgetStore } from './budget.js';
import { createRedisBreakerStore, type BreakerStore } from './breakers.js';
import { createApqStore, type ApqStore } from './apq-store.js';
import type { SharedRedis } from './redis.js';
import { createReportCoordination, type ReportCoordination } from './report-coordination.js';
import { LOCAL_REFERENCE_STORE, RedisReferenceStore, type ReferenceStore } from './reference-cache.js';
import { createMemoryLiveChannel, type LiveChannel } from '../live/channel.js';
import { createRedisLiveChannel } from '../live/channel-redis.js';

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
  /** Per-principal rate limits (RATE_LIMIT_PER_MINUTE): one window across replicas. */
  readonly rateLimits: RateLimitStore;
  /** Upstream budgets per tenant and backend (UIS points, Leeloo's throttle). */
  readonly budgets: BudgetStore;
  /** Automatic persisted queries' registered documents, by hash (plugins/use-trusted-documents.ts). */
  readonly apq: ApqStore;
  /** Reference data (UIS account zone, tag list) per tenant. */
  readonly reference: ReferenceStore;
  /** One report poller per task across replicas; undefined without Redis (each process polls for itself). */
  readonly reports?: ReportCoordination;
  /** Circuit breakers' openings, closings and probe claims; undefined without Redis (each process decides alone). */
  readonly breakers?: BreakerStore;
  /** Live queries' leases, result fan-out and change announcements (live/channel.ts). */
  readonly live: LiveChannel;
  close(): Promise<void>;
}

/**
 * The shared state over REDIS_URL's Redis, or this process's memory without one. ioredis is loaded
 * only here and only with a URL: a single-process deployment never carries it (bench/findings.md
 * "Memory").
 * @param opts.redisTimeoutMs REDIS_TIMEOUT_MS: how long one Redis command may take (shared/redis.ts)
 */
export async function openSharedState(opts: { redisUrl?: string; logger: Logger; maxCacheTtlMs?: number; redisTimeoutMs?: number }): Promise<SharedState> {
  const redis = opts.redisUrl ? (await import('./redis.js')).createSharedRedis(opts.redisUrl, opts.logger, { timeoutMs: opts.redisTimeoutMs }) : undefined;
  return createSharedState({ redis, logger: opts.logger, maxCacheTtlMs: opts.maxCacheTtlMs });
}

/** The shared state over a connection already made, or memory only without one. */
export function createSharedState(opts: { redis?: SharedRedis; logger: Logger; maxCacheTtlMs?: number }): SharedState {
  const redis = opts.redis;
  const live = redis ? createRedisLiveChannel(redis) : undefined;
  return {
    redis,
    responseCache: createResponseCacheStore(redis, { maxTtlMs: opts.maxCacheTtlMs }),
    rateLimits: redis ? new RedisRateLimitStore(redis) : new MemoryRateLimitStore(),
    budgets: redis ? new RedisBudgetStore(redis) : new MemoryBudgetStore(),
    reference: redis ? new RedisReferenceStore(redis) : LOCAL_REFERENCE_STORE,
    apq: createApqStore(redis),
    reports: redis ? createReportCoordination(redis) : undefined,
    breakers: redis ? createRedisBreakerStore(redis) : undefined,
    live: live ?? createMemoryLiveChannel(),
    async close() {
      live?.close();
      await this.responseCache.flush();
      await redis?.close();
    },
  };
}
