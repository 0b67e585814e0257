import { createInMemoryAPQStore } from '@graphql-yoga/plugin-apq';
import type { SharedRedis } from './redis.js';

/**
 * Where automatic persisted queries (Apollo's persisted-query link: a hash first, the text when the
 * gateway answers PersistedQueryNotFound) keep the documents they registered, keyed by sha256 hex.
 * With REDIS_URL every replica shares one store, so a hash registered through one replica is known to
 * all (a load balancer may send the next request anywhere); while Redis is down, or without it, this
 * replica's memory.
 *
 * Bounded, since any caller can register documents: at most `maxEntries` in memory (LRU), each entry
 * lives `ttlMs` (in Redis too, under `sb:apq:`), and a document over `maxDocumentBytes` is run but
 * not stored (its client sends the text again next time).
 */
export interface ApqStore {
  get(hash: string): Promise<string | null>;
  set(hash: string, document: string): Promise<void>;
}

export interface ApqLimits {
  /** @default 1000 */
  maxEntries?: number;
  /** @default 86_400_000 (a day) */
  ttlMs?: number;
  /** @default 65_536 */
  maxDocumentBytes?: number;
}

export const APQ_KEY_PREFIX = 'sb:apq:';

export function createApqStore(redis?: SharedRedis, limits: ApqLimits = {}): ApqStore {
  const ttlMs = limits.ttlMs ?? 86_400_000;
  const maxBytes = limits.maxDocumentBytes ?? 65_536;
  // The plugin's own in-memory store (an LRU with a TTL).
  const memory = createInMemoryAPQStore({ max: limits.maxEntries ?? 1000, ttl: ttlMs });
  return {
    async get(hash) {
      if (redis?.ready) {
        try {
          const text = await redis.client.get(APQ_KEY_PREFIX + hash);
          if (text !== null) return text;
        } catch {
          // Redis went away mid-call: this replica's memory below.
        }
      }
      return (await memory.get(hash)) ?? null;
    },
    async set(hash, document) {
      if (Buffer.byteLength(document) > maxBytes) return;
      await memory.set(hash, document);
      if (redis?.ready) await redis.client.set(APQ_KEY_PREFIX + hash, document, 'PX', ttlMs).catch(() => undefined);
    },
  };
}
