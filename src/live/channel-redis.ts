import { randomUUID } from 'node:crypto';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';
import type { SharedRedis } from '../shared/redis.js';
import { createMemoryLiveChannel, type LiveChange, type LiveChannel, type SharedResult } from './channel.js';

/**
 * The live channel in Redis (REDIS_URL), shaped like shared/report-coordination.ts:
 * - lease: `SET NX PX` through a script that renews only our own lease;
 * - results: PUBLISH on `sb:live:r:<key>` to the other replicas (`@graphql-yoga/redis-event-target`
 *   on a second, subscribed connection), the last one kept beside its fingerprint for late joiners;
 * - changes: PUBLISH on `sb:live:changes`, heard by every replica.
 *
 * Every call is bounded (COMMAND_LIMIT_MS) and falls back to this replica alone: a stalled Redis
 * makes each replica lead its own live queries, as without Redis, and never holds a push back.
 * Messages carry this replica's id, so its own echo is ignored (it already delivered locally).
 */

/** How long one Redis command may take before this replica acts alone for that decision. */
export const COMMAND_LIMIT_MS = 1000;

const ACQUIRE = `
local v = redis.call('GET', KEYS[1])
if v == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if not v then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
const CHANGES = 'sb:live:changes';

/** Resolves with `p`'s value, or `fallback` when it fails or takes longer than `ms`. */
export function within<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    timer.unref?.();
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

export function createRedisLiveChannel(redis: SharedRedis): LiveChannel & { close(): void } {
  const origin = randomUUID();
  const local = createMemoryLiveChannel();
  const lease = (key: string) => `sb:live:{${key}}:lease`;
  const lastKey = (key: string) => `sb:live:{${key}}:last`;
  const fpKey = (key: string) => `sb:live:{${key}}:fp`;
  const channel = (key: string) => `sb:live:r:${key}`;
  let target: ReturnType<typeof createRedisEventTarget> | undefined;
  const events = () =>
    (target ??= createRedisEventTarget({
      // The event target neither awaits nor catches PUBLISH: a rejection must not become unhandled.
      publishClient: { publish: (c: string, m: string) => redis.client.publish(c, m).catch(() => 0) } as unknown as Redis,
      subscribeClient: redis.duplicate(),
    }));
  const publish = (name: string, message: unknown) => {
    if (redis.ready) void within(redis.client.publish(name, JSON.stringify(message)), COMMAND_LIMIT_MS, 0);
  };
  let unlistenChanges: (() => void) | undefined;

  return {
    async role(key, ttlMs) {
      if (!redis.ready) return 'leader';
      const got = await within(redis.client.eval(ACQUIRE, 1, lease(key), origin, String(Math.round(ttlMs))) as Promise<unknown>, COMMAND_LIMIT_MS, 1);
      return got === 1 ? 'leader' : 'follower';
    },
    async release(key) {
      if (redis.ready) await within(redis.client.eval(RELEASE, 1, lease(key), origin) as Promise<unknown>, COMMAND_LIMIT_MS, 0);
    },
    publish(key, result, keepMs) {
      if (!redis.ready) return;
      const px = String(Math.max(1000, Math.round(keepMs)));
      void within(redis.client.multi().set(lastKey(key), JSON.stringify(result), 'PX', px).set(fpKey(key), result.fingerprint, 'PX', px).exec(), COMMAND_LIMIT_MS, null);
      publish(channel(key), { o: origin, ...result });
    },
    keep(key, keepMs) {
      if (!redis.ready) return;
      const ms = Math.max(1000, Math.round(keepMs));
      void within(redis.client.multi().pexpire(lastKey(key), ms).pexpire(fpKey(key), ms).exec(), COMMAND_LIMIT_MS, null);
    },
    async last(key) {
      if (!redis.ready) return undefined;
      const raw = await within(redis.client.get(lastKey(key)), COMMAND_LIMIT_MS, null);
      if (raw === null) return undefined;
      try {
        const parsed = JSON.parse(raw) as Partial<SharedResult>;
        return typeof parsed.fingerprint === 'string' && typeof parsed.json === 'string' ? { fingerprint: parsed.fingerprint, json: parsed.json } : undefined;
      } catch {
        return undefined;
      }
    },
    async lastFingerprint(key) {
      if (!redis.ready) return undefined;
      return (await within(redis.client.get(fpKey(key)), COMMAND_LIMIT_MS, null)) ?? undefined;
    },
    follow(key, onResult) {
      const listener = (event: Event) => {
        const m = (event as CustomEvent).detail as { o?: unknown; fingerprint?: unknown; json?: unknown } | null;
        if (m && m.o !== origin && typeof m.fingerprint === 'string' && typeof m.json === 'string') onResult({ fingerprint: m.fingerprint, json: m.json });
      };
      events().addEventListener(channel(key), listener);
      return () => events().removeEventListener(channel(key), listener);
    },
    announce(change) {
      local.announce(change);
      publish(CHANGES, { o: origin, ...change });
    },
    onChange(listener) {
      const off = local.onChange(listener);
      // One Redis subscription for every listener of this replica: the first one opens it.
      if (!unlistenChanges) {
        const fromRedis = (event: Event) => {
          const m = (event as CustomEvent).detail as { o?: unknown } & Partial<LiveChange>;
          if (!m || m.o === origin || typeof m.tenant !== 'string' || !Array.isArray(m.types)) return;
          const source = m.source === 'uis' || m.source === 'leeloo' ? m.source : 'mutation';
          local.announce({ tenant: m.tenant, types: m.types.filter((t): t is string => typeof t === 'string').slice(0, 100), source });
        };
        events().addEventListener(CHANGES, fromRedis);
        unlistenChanges = () => events().removeEventListener(CHANGES, fromRedis);
      }
      return off;
    },
    close() {
      unlistenChanges?.();
      unlistenChanges = undefined;
    },
  };
}
