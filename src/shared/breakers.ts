import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { SharedRedis } from './redis.js';

/**
 * Circuit breakers' state shared by replicas (upstream/breaker.ts): when one replica's breaker for a
 * tenant's backend opens, every replica's opens for the same time, and when its probe finds the
 * backend back, every replica's closes; each cool-down's probe is claimed here, so one replica
 * probes per window, not one per replica.
 *
 * Redis only helps, never blocks: events go over one pub/sub channel (fire and forget), and the probe
 * claim (`SET NX PX`) waits at most `CLAIM_TIMEOUT_MS`; Redis down, slow or failing, each replica
 * decides alone (it probes itself), as without REDIS_URL.
 */
export type BreakerEvent = { state: 'open'; forMs: number } | { state: 'closed' };

export interface BreakerStore {
  /** Tells the other replicas what this one decided for `scope` (`tenant:backend`). */
  publish(scope: string, event: BreakerEvent): void;
  /** Calls `on` with every other replica's decision for `scope`; returns the unsubscribe. */
  follow(scope: string, on: (event: BreakerEvent) => void): () => void;
  /** Whether this replica may send the probe of the cool-down now starting (one per `windowMs` across replicas). */
  claimProbe(scope: string, windowMs: number): Promise<boolean>;
}

/** The longest a probe claim waits for Redis before this replica probes on its own. */
export const CLAIM_TIMEOUT_MS = 250;

const CHANNEL = 'sb:breaker';

export function createRedisBreakerStore(redis: SharedRedis): BreakerStore {
  const origin = randomUUID();
  const followers = new Map<string, Set<(event: BreakerEvent) => void>>();
  let subscriber: Redis | undefined;
  const listen = () => {
    if (subscriber) return;
    subscriber = redis.duplicate();
    subscriber.on('message', (_channel: string, message: string) => {
      try {
        const m = JSON.parse(message) as { origin: string; scope: string; event: BreakerEvent };
        if (m.origin === origin) return;
        for (const on of followers.get(m.scope) ?? []) on(m.event);
      } catch {
        // Not ours: ignore.
      }
    });
    subscriber.subscribe(CHANNEL).catch(() => undefined);
  };
  return {
    publish(scope, event) {
      if (!redis.ready) return;
      void redis.client.publish(CHANNEL, JSON.stringify({ origin, scope, event })).catch(() => undefined);
    },
    follow(scope, on) {
      listen();
      let set = followers.get(scope);
      if (!set) followers.set(scope, (set = new Set()));
      set.add(on);
      return () => set.delete(on);
    },
    async claimProbe(scope, windowMs) {
      if (!redis.ready) return true;
      const key = `sb:breaker:{${scope}}:probe`;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), CLAIM_TIMEOUT_MS)));
      try {
        const got = await Promise.race([redis.client.set(key, origin, 'PX', Math.max(1, Math.round(windowMs)), 'NX'), late]);
        // No verdict in time, or an error: probe here (at worst one more probe, never none).
        return got === 'late' || got === 'OK';
      } catch {
        return true;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
