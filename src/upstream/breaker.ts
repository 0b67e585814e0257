import { ErrorCode, UpstreamError, type ServiceName } from '../gateway/errors.js';
import type { BreakerStore } from '../shared/breakers.js';

/**
 * A circuit breaker per tenant and backend (one per UpstreamHttp: backends/registry.ts). After
 * `failures` consecutive answers that say the backend is unhealthy, it opens: every call to that
 * backend fails at once with UPSTREAM_UNAVAILABLE naming the service, with `retryAfter`, and nothing is
 * sent (a write's outcome is NOT_APPLIED); the other backends' fields still answer. After `cooldownMs`
 * the next read is sent as the one probe (half-open; the others keep failing fast); an answer closes
 * the breaker, a failure opens it for another cool-down.
 *
 * Unhealthy: our own per-attempt timeout, no connection or a reset, HTTP 408 and 5xx, a UIS
 * `internal_error`, a body cut off (every retryable failure except rate limiting). Healthy: any other
 * answer, 4xx included (BAD_USER_INPUT, NOT_FOUND, 401: the backend is answering). Neither: the
 * operation's deadline or its client ending the call, and our own budget refusals.
 *
 * The probe's caller waits for it at most `probeWaitMs` (and its own deadline): a backend that is back
 * answers it with data; a hung one leaves it to fail fast like the others while the probe runs on, to
 * its own UPSTREAM_TIMEOUT_MS, and decides the state. Only reads probe: a write must never run on after
 * its caller was told it failed. Retries go through the breaker too (http.ts admits every attempt), so
 * no read retries into an open breaker.
 *
 * Across replicas (shared/breakers.ts): an opening is published and every replica opens for the same
 * time; a closing too; the probe of each cool-down is claimed in the store, so one replica probes.
 * Without Redis (or while it is down) each replica decides alone.
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  service: ServiceName;
  tenant: string;
  /** Consecutive unhealthy failures that open it (BREAKER_FAILURES). @default 5 */
  failures: number;
  /** How long it stays open before one read may probe (BREAKER_COOLDOWN_MS). @default 5000 */
  cooldownMs: number;
  /** How long the caller whose read is the probe waits for it before failing fast (BREAKER_PROBE_WAIT_MS). @default 100 */
  probeWaitMs: number;
  /** Shared with other replicas; absent: this process decides alone. */
  store?: BreakerStore;
  /** Every transition (and the initial state, with `from` undefined): metrics. */
  onTransition?: (e: { tenant: string; service: ServiceName; from?: BreakerState; to: BreakerState }) => void;
  now?: () => number;
}

/** What `admit` decides for one attempt. */
export type Admission = 'pass' | 'probe';

export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private failuresInRow = 0;
  private openUntil = 0;
  private readonly now: () => number;
  private readonly scope: string;
  private readonly unfollow?: () => void;

  constructor(readonly opts: BreakerOptions) {
    this.now = opts.now ?? (() => performance.now());
    this.scope = `${opts.tenant}:${opts.service}`;
    opts.onTransition?.({ tenant: opts.tenant, service: opts.service, to: 'closed' });
    // Another replica's decision applies here too (never published back).
    this.unfollow = opts.store?.follow(this.scope, (e) => (e.state === 'open' ? this.open(e.forMs, false) : this.close(false)));
  }

  get state(): BreakerState {
    return this.current;
  }

  get probeWaitMs(): number {
    return this.opts.probeWaitMs;
  }

  /**
   * Whether an attempt may be sent: 'pass' (closed), 'probe' (this read is the half-open probe), or
   * an UpstreamError to throw (open, or another read is probing).
   */
  async admit(read: boolean, endpoint: string): Promise<Admission> {
    if (this.current === 'closed') return 'pass';
    if (this.current === 'open' && read && this.now() >= this.openUntil) {
      // One probe per cool-down, across replicas when they share a store.
      this.transition('half-open');
      const mine = await (this.opts.store?.claimProbe(this.scope, this.opts.cooldownMs) ?? Promise.resolve(true));
      if (mine) return 'probe';
      // Another replica probes this window: wait for its verdict (published), failing fast meanwhile.
      this.open(this.opts.cooldownMs, false);
    }
    throw this.openError(endpoint);
  }

  /** The probe admitted was not sent after all (our own budget refused it): the next read may probe. */
  probeNotSent(): void {
    if (this.current !== 'half-open') return;
    this.openUntil = this.now();
    this.transition('open');
  }

  /** An answer that says the backend is healthy (any answer that is not a failure below). */
  success(): void {
    this.failuresInRow = 0;
    // Only the probe closes it: a slow answer to a request sent before it opened proves little.
    if (this.current === 'half-open') this.close(true);
  }

  /** An unhealthy failure (see the class comment). */
  failure(): void {
    if (this.current === 'half-open') return this.open(this.opts.cooldownMs, true);
    if (this.current === 'open') return;
    if (++this.failuresInRow >= this.opts.failures) this.open(this.opts.cooldownMs, true);
  }

  /** The error of a call the breaker refused: nothing was sent. */
  openError(endpoint: string): UpstreamError {
    const service = this.opts.service;
    const waitMs = Math.max(0, this.openUntil - this.now());
    const retryAfter = Math.max(1, Math.ceil((this.current === 'half-open' ? this.opts.cooldownMs : waitMs) / 1000));
    const why = this.current === 'half-open' ? 'one probe is checking whether it answers again' : `after ${this.opts.failures} consecutive failures`;
    const error = new UpstreamError(`${service} is unavailable: its circuit breaker is open (${why}); retry after ${retryAfter} s`, {
      code: ErrorCode.UPSTREAM_UNAVAILABLE,
      service,
      endpoint,
      detail: `circuit ${this.current}: not sent`,
      // Never retried here: a retry would only meet the open breaker again.
      retryable: false,
      retryAfterMs: retryAfter * 1000,
      refused: true,
    });
    // Seconds, as HTTP's Retry-After counts them; beside the family's retryAfterMs.
    Object.assign(error.extensions as Record<string, unknown>, { retryAfter, circuit: this.current });
    return error;
  }

  dispose(): void {
    this.unfollow?.();
  }

  private open(forMs: number, publish: boolean): void {
    this.openUntil = this.now() + forMs;
    this.failuresInRow = 0;
    this.transition('open');
    if (publish) this.opts.store?.publish(this.scope, { state: 'open', forMs });
  }

  private close(publish: boolean): void {
    this.failuresInRow = 0;
    this.transition('closed');
    if (publish) this.opts.store?.publish(this.scope, { state: 'closed' });
  }

  private transition(to: BreakerState): void {
    const from = this.current;
    if (from === to) return;
    this.current = to;
    this.opts.onTransition?.({ tenant: this.opts.tenant, service: this.opts.service, from, to });
  }
}

/** Whether a failed attempt says the backend is unhealthy: every retryable failure but rate limiting. */
export function isUnhealthy(error: UpstreamError): boolean {
  return error.retryable && error.code !== ErrorCode.UPSTREAM_RATE_LIMITED;
}
