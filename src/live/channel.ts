/**
 * What live queries share between replicas (design.md §1: the same shared-state interface as the
 * report pollers): who executes a live query this interval (a lease), its results fanned out to
 * every replica's subscribers, and "data of these types changed" announcements (a mutation, a UIS
 * notification) heard by every replica.
 *
 * Two implementations: this process alone (memory: every replica leads its own queries, announcements
 * stay local) and Redis (live/channel-redis.ts). While Redis is unreachable the Redis one behaves like
 * the memory one, so an outage costs one execution per replica per interval, never a subscriber.
 */
export interface LiveChannel {
  /** Takes or renews `key`'s lease for `ttlMs`: `leader` executes, `follower` waits for the leader's results. */
  role(key: string, ttlMs: number): Promise<'leader' | 'follower'>;
  /** Gives the lease up (if this replica holds it), so another replica's coordinator takes over at its next tick. */
  release(key: string): Promise<void>;
  /** Fans a changed result out to every other replica, and keeps it (for `keepMs`) for coordinators that start later. */
  publish(key: string, result: SharedResult, keepMs: number): void;
  /** Keeps the last published result (unchanged since) for another `keepMs`. */
  keep(key: string, keepMs: number): void;
  /** The result last published for `key`, if still kept. */
  last(key: string): Promise<SharedResult | undefined>;
  /** The fingerprint of that result: cheap to read every interval, so a missed message is caught up. */
  lastFingerprint(key: string): Promise<string | undefined>;
  /** Hears results other replicas publish for `key`; returns the unsubscribe. */
  follow(key: string, onResult: (result: SharedResult) => void): () => void;
  /** Announces a change to every replica, this one included (at once, whatever Redis does). */
  announce(change: LiveChange): void;
  /** Hears every announcement; returns the unsubscribe. */
  onChange(listener: (change: LiveChange) => void): () => void;
}

/** A live query's result as replicas exchange it: JSON text, and the fingerprint it is compared by. */
export interface SharedResult {
  fingerprint: string;
  json: string;
}

/** Data of `types` changed for `tenant`: every live query of that tenant reading one of them re-runs. */
export interface LiveChange {
  tenant: string;
  types: readonly string[];
  /** Where it came from (a metric label: bounded). */
  source: 'mutation' | 'uis' | 'leeloo';
}

/** This process alone: it leads every live query; announcements reach its own listeners only. */
export function createMemoryLiveChannel(): LiveChannel {
  const listeners = new Set<(change: LiveChange) => void>();
  return {
    role: async () => 'leader',
    release: async () => undefined,
    publish: () => undefined,
    keep: () => undefined,
    last: async () => undefined,
    lastFingerprint: async () => undefined,
    follow: () => () => undefined,
    announce(change) {
      for (const l of listeners) l(change);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
