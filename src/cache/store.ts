import { createRedisCache } from '@envelop/response-cache-redis';
import { createInMemoryCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { SharedRedis } from '../shared/redis.js';
import { namespacedRedis } from './namespaced-redis.js';

/** Every response-cache key in Redis starts with this (namespaced-redis.ts). */
export const CACHE_KEY_PREFIX = 'sb:cache:';

/**
 * Where whole responses are kept: this process's memory, or Redis when REDIS_URL is set, so a
 * dashboard one replica answered is a hit on every other (README "Running more than one").
 *
 * The plugin neither awaits `set`/`invalidate` nor catches what they throw, and a failing `get`
 * would fail the request; so Redis is only ever asked while its connection is up, a failure is a
 * miss, and nothing here rejects. While Redis is down the replica caches in its own memory.
 */
export interface ResponseCacheStore extends Cache {
  /** Resolves when every write started so far has reached the store (or failed), or after `timeoutMs`. */
  flush(timeoutMs?: number): Promise<void>;
}

type Entities = Parameters<Cache['invalidate']>[0];
type Result = Parameters<Cache['set']>[1];

/**
 * @param opts.maxTtlMs the longest TTL any response gets: the Redis index sets (type → responses)
 *   expire that long after their last addition, when every response they list has expired too
 *   (the library never expires them, so without this they grow for ever) @default 1 hour
 * @param opts.maxEntries responses kept in memory (LRU) @default 1000
 */
export function createResponseCacheStore(redis?: SharedRedis, opts: { maxTtlMs?: number; maxEntries?: number } = {}): ResponseCacheStore {
  const maxEntries = opts.maxEntries ?? 1000;
  const horizonMs = Math.max(1000, Math.round((opts.maxTtlMs ?? 3_600_000) + 1000));
  const keys = redis ? namespacedRedis(redis.client, CACHE_KEY_PREFIX) : undefined;
  const remote = keys ? createRedisCache({ redis: keys as unknown as Parameters<typeof createRedisCache>[0]['redis'] }) : undefined;
  const pending = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    const settled = p.catch(() => undefined);
    pending.add(settled);
    void settled.finally(() => pending.delete(settled));
  };
  // While Redis is up it is the only tier: a memory copy could miss an invalidation another replica
  // made. While it is down, this replica caches alone, starting empty each time (what it kept during
  // an earlier outage may have been invalidated since).
  let memory = createInMemoryCache({ max: maxEntries });
  let wasRemote = true;
  const tier = (): 'remote' | Cache => {
    const up = remote !== undefined && redis!.ready;
    if (!up && wasRemote && remote !== undefined) memory = createInMemoryCache({ max: maxEntries });
    wasRemote = up || remote === undefined;
    return up ? 'remote' : memory;
  };

  return {
    async get(key) {
      const t = tier();
      if (t !== 'remote') return t.get(key);
      try {
        return ((await remote!.get(key)) ?? null) as Awaited<ReturnType<Cache['get']>>;
      } catch {
        // Redis went away mid-call: a miss, never a failed request.
        return null;
      }
    },
    set(key, result: Result, entities, ttl) {
      // The entity iterator can be consumed only once.
      const list = [...entities];
      const t = tier();
      if (t !== 'remote') return void t.set(key, result, list, ttl);
      track(
        Promise.resolve()
          .then(() => remote!.set(key, result, list, ttl))
          .then(() => {
            const pipeline = keys!.pipeline();
            // The index keys the Redis cache writes (its default key builders).
            for (const k of new Set([`operations:${key}`, ...list.flatMap((e) => (e.id != null ? [e.typename, `${e.typename}:${e.id}`] : [e.typename]))])) {
              pipeline.pexpire(k, horizonMs);
            }
            return pipeline.exec();
          }),
      );
    },
    invalidate(entities: Entities) {
      const list = [...entities];
      const t = tier();
      if (t !== 'remote') return void t.invalidate(list);
      track(Promise.resolve().then(() => remote!.invalidate(list)));
    },
    async flush(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (pending.size > 0 && Date.now() < deadline) {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, deadline - Date.now())));
        await Promise.race([Promise.all([...pending]), late]);
        clearTimeout(timer);
      }
    },
  };
}
