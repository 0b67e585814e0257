import { randomUUID } from 'node:crypto';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';
import type { SharedRedis } from './redis.js';

/**
 * One poller per report task across replicas (backends/reporter/report-poller.ts): the replica
 * holding the task's lease in Redis polls the Reporter and publishes each change; every other
 * replica with subscribers follows the channel (`@graphql-yoga/redis-event-target`) and reads the
 * last state Redis keeps, and takes the lease over when the holder stops renewing it (its
 * subscribers left, or it died).
 *
 * Redis unreachable: `role` answers `leader`, so each replica polls for its own subscribers, as one
 * replica alone would; publishing and following quietly do nothing until Redis is back.
 */
export interface ReportCoordination {
  /** Takes or renews the task's lease (`SET NX PX`, renewed by its holder); `follower` while another replica holds it. */
  role(key: string, ttlMs: number): Promise<'leader' | 'follower'>;
  /** Gives the lease up (only if this replica holds it), so a follower takes over at its next tick. */
  release(key: string): Promise<void>;
  /** Fans a changed state out to every replica and keeps it as the task's last state. */
  publish(key: string, state: unknown): void;
  /** The last published state, for a follower that has none yet (or missed a message). */
  last(key: string): Promise<unknown>;
  /** Calls `onState` with every state published for the task; returns the unsubscribe. */
  follow(key: string, onState: (state: unknown) => void): () => void;
}

// Renew only our own lease; take it if free.
const ACQUIRE = `
local v = redis.call('GET', KEYS[1])
if v == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if not v then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/** How long a published state is kept for followers that join later. */
const LAST_TTL_MS = 10 * 60_000;

export function createReportCoordination(redis: SharedRedis): ReportCoordination {
  const owner = randomUUID();
  const lease = (key: string) => `sb:report:{${key}}:lease`;
  const lastKey = (key: string) => `sb:report:{${key}}:last`;
  const channel = (key: string) => `sb:report:${key}`;
  let target: ReturnType<typeof createRedisEventTarget> | undefined;
  const events = () =>
    (target ??= createRedisEventTarget({
      // The event target does not await or catch PUBLISH; a rejection here must not become unhandled.
      publishClient: { publish: (c: string, m: string) => redis.client.publish(c, m).catch(() => 0) } as unknown as Redis,
      subscribeClient: redis.duplicate(),
    }));

  return {
    async role(key, ttlMs) {
      if (!redis.ready) return 'leader';
      try {
        const got = await redis.client.eval(ACQUIRE, 1, lease(key), owner, String(Math.round(ttlMs)));
        return got === 1 ? 'leader' : 'follower';
      } catch {
        return 'leader';
      }
    },
    async release(key) {
      if (!redis.ready) return;
      await redis.client.eval(RELEASE, 1, lease(key), owner).catch(() => undefined);
    },
    publish(key, state) {
      if (!redis.ready) return;
      const json = JSON.stringify(state);
      void redis.client.set(lastKey(key), json, 'PX', LAST_TTL_MS).catch(() => undefined);
      void redis.client.publish(channel(key), json).catch(() => undefined);
    },
    async last(key) {
      if (!redis.ready) return undefined;
      const raw = await redis.client.get(lastKey(key)).catch(() => null);
      return raw === null ? undefined : (JSON.parse(raw) as unknown);
    },
    follow(key, onState) {
      const listener = (event: Event) => onState((event as CustomEvent).detail);
      events().addEventListener(channel(key), listener);
      return () => events().removeEventListener(channel(key), listener);
    },
  };
}
