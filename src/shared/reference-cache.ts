import type { SharedRedis } from './redis.js';

/**
 * Reference data that every replica would otherwise fetch for itself (the UIS account time zone,
 * the tag list): kept in Redis as JSON under the tenant's key, so the first replica to load it pays
 * the upstream call and the others read it. Each replica still keeps its own copy in front
 * (backends/uis/shared-cache.ts), so Redis is asked once per TTL per replica, not per request.
 *
 * Redis unreachable or a value unreadable: load from the upstream, as one replica alone would.
 * Loads that fail are never stored.
 */
export interface ReferenceStore {
  getOrLoad<V>(key: string, ttlMs: number, load: () => Promise<V>): Promise<V>;
}

/** Without Redis: nothing to share beyond the process's own copy. */
export const LOCAL_REFERENCE_STORE: ReferenceStore = {
  getOrLoad: (_key, _ttl, load) => load(),
};

export class RedisReferenceStore implements ReferenceStore {
  constructor(private readonly redis: SharedRedis) {}

  async getOrLoad<V>(key: string, ttlMs: number, load: () => Promise<V>): Promise<V> {
    const redisKey = `sb:ref:${key}`;
    if (this.redis.ready) {
      try {
        const raw = await this.redis.client.get(redisKey);
        if (raw !== null) return JSON.parse(raw) as V;
      } catch {
        // fall through to the upstream
      }
    }
    const value = await load();
    if (this.redis.ready) await this.redis.client.set(redisKey, JSON.stringify(value), 'PX', Math.max(1, Math.round(ttlMs))).catch(() => undefined);
    return value;
  }
}
