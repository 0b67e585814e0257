/**
 * Execution slots with bulkheads: at most `max` operations run at once, and at most `poolMax` of
 * them may hold any one pool (a tenant's backend: `acme:uis`). An operation asks for the global slot
 * and one slot in every pool it touches, all at once or not at all, so a backend that stops
 * answering can fill its own pool but never the slots the others need.
 *
 * Waiters are served in arrival order among those that fit: after every release the queue is
 * walked from the front and each waiter whose pools and the global limit all have room is granted.
 * A waiter held up only by its own full pool therefore never holds up a later one for another pool
 * (no head-of-line blocking), and within one pool the order is FIFO. A newcomer that fits runs at
 * once: no queued waiter fits at that moment (the walk after each release granted every one that did).
 */
export class Bulkhead {
  private active = 0;
  private readonly held = new Map<string, number>();
  private readonly queue: Waiter[] = [];

  constructor(
    /** Operations running at once. */
    readonly max: number,
    /** Operations one pool may hold at once. */
    readonly poolMax: number,
  ) {}

  /** Operations running now, and those holding each pool (for tests and metrics). */
  get running(): number {
    return this.active;
  }

  holding(pool: string): number {
    return this.held.get(pool) ?? 0;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /**
   * A release function once the global slot and one slot in every pool are held; undefined when
   * `signal` aborts first (the waiter leaves the queue).
   */
  acquire(pools: readonly string[], signal?: AbortSignal): Promise<(() => void) | undefined> {
    if (this.fits(pools)) return Promise.resolve(this.take(pools));
    if (signal?.aborted) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        pools,
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(this.take(pools));
        },
      };
      const onAbort = () => {
        const i = this.queue.indexOf(waiter);
        if (i >= 0) this.queue.splice(i, 1);
        resolve(undefined);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
    });
  }

  private fits(pools: readonly string[]): boolean {
    return this.active < this.max && pools.every((p) => (this.held.get(p) ?? 0) < this.poolMax);
  }

  private take(pools: readonly string[]): () => void {
    this.active++;
    for (const p of pools) this.held.set(p, (this.held.get(p) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      for (const p of pools) {
        const n = (this.held.get(p) ?? 1) - 1;
        if (n === 0) this.held.delete(p);
        else this.held.set(p, n);
      }
      this.drain();
    };
  }

  private drain(): void {
    for (let i = 0; i < this.queue.length && this.active < this.max; ) {
      const w = this.queue[i]!;
      if (!this.fits(w.pools)) {
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      w.grant();
    }
  }
}

interface Waiter {
  pools: readonly string[];
  grant(): void;
}
