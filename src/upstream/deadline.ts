import { setMaxListeners } from 'node:events';
/**
 * The operation deadline (OPERATION_TIMEOUT_MS): one AbortSignal per GraphQL request that aborts
 * when the client leaves or when the deadline passes. Every upstream call of the request gets it,
 * so retries, Retry-After waits and queueing for an execution slot all count against one budget.
 *
 * A plain AbortSignal carries no expiry, so the expiry of each deadline signal is remembered here:
 * the retry policy needs it to refuse a wait that would end past the deadline, and each attempt's
 * timer is cut to what is left.
 */

/** The abort reason of a deadline signal whose time ran out (not a client that left). */
export class DeadlineExceeded extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the operation deadline of ${timeoutMs} ms passed`);
    this.name = 'DeadlineExceeded';
  }
}

export interface Deadline {
  /** Aborts with DeadlineExceeded at the deadline, or with the parent's reason when the parent aborts. */
  readonly signal: AbortSignal;
  /** `performance.now()` time at which the deadline passes. */
  readonly expiresAt: number;
  readonly timeoutMs: number;
  /** Stops the timer and detaches from the parent (the request is answered). */
  dispose(): void;
}

const expiries = new WeakMap<AbortSignal, number>();

/** A deadline `timeoutMs` from `start` (default now), also aborted when `parent` aborts. */
export function createDeadline(timeoutMs: number, parent?: AbortSignal, start = performance.now()): Deadline {
  const controller = new AbortController();
  // Every upstream call of the operation listens to this one signal (a CRM page makes 20+), which is
  // expected, not a leak: without this Node warns past 10 listeners on every such request.
  setMaxListeners(0, controller.signal);
  const expiresAt = start + timeoutMs;
  expiries.set(controller.signal, expiresAt);
  const onParentAbort = () => controller.abort(parent?.reason);
  const timer = setTimeout(() => controller.abort(new DeadlineExceeded(timeoutMs)), Math.max(0, expiresAt - performance.now()));
  // A deadline must never keep the process alive (server drain, test runners).
  timer.unref?.();
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener('abort', onParentAbort, { once: true });
  return {
    signal: controller.signal,
    expiresAt,
    timeoutMs,
    dispose() {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}

/**
 * Gives `signal` (one that no deadline made: a read shared by several operations, shared-reads.ts)
 * the expiry `expiresAt`, or moves it later; Infinity once any of its operations has no deadline.
 */
export function extendExpiry(signal: AbortSignal, expiresAt: number): void {
  const at = expiries.get(signal);
  if (at === undefined || expiresAt > at) expiries.set(signal, expiresAt);
}

/** The `performance.now()` time at which `signal`'s deadline passes; Infinity for a signal without one. */
export function expiryOf(signal: AbortSignal | undefined): number {
  return (signal && expiries.get(signal)) ?? Number.POSITIVE_INFINITY;
}

/** Milliseconds left before `signal`'s deadline; Infinity for a signal without one (or none). */
export function remainingMs(signal: AbortSignal | undefined, now = performance.now()): number {
  const at = signal ? expiries.get(signal) : undefined;
  if (at === undefined) return Number.POSITIVE_INFINITY;
  // Timers may fire a fraction of a millisecond before the clock reaches `at`.
  return signal!.aborted ? 0 : Math.max(0, at - now);
}

/** Whether an abort reason says the deadline passed (rather than the client leaving). */
export function isDeadlineExceeded(reason: unknown): reason is DeadlineExceeded {
  return reason instanceof DeadlineExceeded;
}
