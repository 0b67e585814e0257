/**
 * A tiny TTL cache shared across requests, for the rarely-changing reference data the design allows
 * to outlive a request (design.md §3): the account time zone and the tag list. Entries are keyed by
 * the client object, and there is one client per configured credential set, so a cache is never
 * shared across tenants and never holds a token itself. A failed load is not cached; concurrent
 * loads of a cold entry share one upstream call.
 */
export class SharedTtlCache<K extends object, V> {
  private readonly entries = new WeakMap<K, { value: Promise<V>; expires: number }>();

  /** @param ttlMs how long a loaded value stays fresh */
  constructor(private readonly ttlMs: number, private readonly now: () => number = Date.now) {}

  get(key: K, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    const value = load();
    const entry = { value, expires: Number.POSITIVE_INFINITY };
    this.entries.set(key, entry);
    value.then(
      () => {
        entry.expires = this.now() + this.ttlMs;
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return value;
  }

  /** Forgets a key (tests, or after a write that changes the data). */
  delete(key: K): void {
    this.entries.delete(key);
  }
}
