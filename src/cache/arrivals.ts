import type { Plugin } from 'graphql-yoga';

/**
 * The requests on their way to the coalescing point (cache/coalesce.ts): arrived at the gateway, not
 * yet past it, not yet answered. A finished execution's answer is kept for identical requests that
 * arrived while it ran (a burst taken in more slowly than one execution lasts) exactly as long as one
 * of them may still come for it, and no longer: an answer held "for a while" outlives two young-
 * generation collections, so V8 moves it, and every answer like it, to the old space, where it stays
 * until a full collection (measured: a 1 s hold took the calls page at concurrency 1 from 141 to 213 MB
 * of RSS). Arrivals are kept in arrival order, so the oldest one is the first of the map.
 */
export interface Arrivals {
  /** When the request reached the gateway (`performance.now()`); now for one never seen. */
  at(request: Request): number;
  /** The request is past the coalescing point (or was answered before it). */
  leave(request: Request): void;
  /** Calls `fn` once no request that arrived before `t` is still on its way: at once when none is. */
  whenPassed(t: number, fn: () => void): void;
  /** First in the plugin list: the arrival is stamped before any wait. */
  readonly plugin: Plugin;
}

/**
 * @param maxAgeMs a request on its way longer than this no longer holds anything back (one whose answer
 *   never reached onResponse would otherwise hold every later answer until the caller's cap)
 */
export function createArrivals(maxAgeMs: number): Arrivals {
  const pending = new Map<Request, number>();
  const stamps = new WeakMap<Request, number>();
  // Pushed in finishing order with `t` = now, so already sorted by `t`.
  const waiting: { t: number; fn: () => void }[] = [];
  const oldest = (): number | undefined => {
    const now = performance.now();
    for (const [request, t] of pending) {
      if (now - t <= maxAgeMs) return t;
      pending.delete(request);
    }
    return undefined;
  };
  const drain = () => {
    if (waiting.length === 0) return;
    const first = oldest();
    let n = 0;
    while (n < waiting.length && (first === undefined || first >= waiting[n]!.t)) n++;
    for (const w of waiting.splice(0, n)) w.fn();
  };
  const arrivals: Arrivals = {
    at: (request) => stamps.get(request) ?? performance.now(),
    leave(request) {
      if (pending.delete(request)) drain();
    },
    whenPassed(t, fn) {
      const first = oldest();
      if (first === undefined || first >= t) fn();
      else waiting.push({ t, fn });
    },
    plugin: {
      onRequest({ request }) {
        const t = performance.now();
        stamps.set(request, t);
        pending.set(request, t);
      },
      onResponse({ request }) {
        arrivals.leave(request);
      },
    },
  };
  return arrivals;
}
