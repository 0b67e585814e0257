import { createRedisCache } from '@envelop/response-cache-redis';
import { createInMemoryCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { SharedRedis } from '../shared/redis.js';

/**
 * Where whole responses are kept: this process's memory, or Redis when REDIS_URL is set, so a
 * dashboard one replica answered is a hit on every other (README "Running more than one").
 *
 * The plugin neither awaits `set`/`invalidate` nor catches what they throw, and a failing `get`
 * would fail the request; so Redis is only ever asked while its connection is up, every failure
 * falls back to the memory tier (this replica alone), and nothing here rejects. The memory tier is
 * written too, so a replica keeps its own hits through a Redis outage.
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
  const memory = createInMemoryCache({ max: maxEntries });
  const remote = redis ? createRedisCache({ redis: redis.client }) : undefined;
  const pending = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    const settled = p.catch(() => undefined);
    pending.add(settled);
    void settled.finally(() => pending.delete(settled));
  };
  const useRemote = () => remote !== undefined && redis!.ready;

  return {
    async get(key) {
      if (useRemote()) {
        try {
          const hit = await remote!.get(key);
          if (hit) return hit as Awaited<ReturnType<Cache['get']>>;
        } catch {
          // Redis went away mid-call: this replica's own entries still answer.
        }
      }
      return memory.get(key);
    },
    set(key, result: Result, entities, ttl) {
      // The entity iterator is consumed once per tier.
      const list = [...entities];
      void memory.set(key, result, list, ttl);
      if (useRemote()) {
        track(
          Promise.resolve()
            .then(() => remote!.set(key, result, list, ttl))
            .then(() => {
              const pipeline = redis!.client.pipeline();
              // The index keys the Redis cache writes (its default key builders).
              for (const k of new Set([`operations:${key}`, ...list.flatMap((e) => (e.id != null ? [e.typename, `${e.typename}:${e.id}`] : [e.typename]))])) {
                pipeline.pexpire(k, horizonMs);
              }
              return pipeline.exec();
            }),
        );
      }
    },
    invalidate(entities: Entities) {
      const list = [...entities];
      void memory.invalidate(list);
      if (useRemote()) track(Promise.resolve().then(() => remote!.invalidate(list)));
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
