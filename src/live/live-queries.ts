import type { ExecutionResult } from 'graphql';
import type { Registry } from 'prom-client';
import { ErrorCode } from '../gateway/errors.js';
import type { LiveChange, LiveChannel } from './channel.js';
import { LiveCoordinator, type LiveTrigger } from './coordinator.js';
import { createLiveMetrics, type LiveMetrics } from './metrics.js';
import type { LiveResult } from './result.js';
import { liveStream } from './stream.js';

/** One live query as the plugin hands it over: who and what, and how to execute it once. */
export interface LiveQuerySpec {
  /** Hash of (tenant, scopes, document, variables): equal exactly when the results must be equal. */
  key: string;
  tenant: string;
  /** Object types its results can contain (live/types-read.ts). */
  types: ReadonlySet<string>;
  /** One execution through the ordinary path with a fresh context, bounded by `signal`. */
  execute(signal: AbortSignal): Promise<LiveResult>;
}

export interface LiveQueriesOptions {
  channel: LiveChannel;
  /** LIVE_POLL_INTERVAL_MS. */
  intervalMs: number;
  /** Where the live metrics are registered (the /metrics registry). @default none */
  registry?: Registry;
}

/** How much slower than the interval a tenant's polls may become while its budgets are spent. */
export const MAX_SLOWDOWN = 16;

/**
 * The live queries of one gateway: a coordinator per distinct query (live/coordinator.ts), created
 * with its first subscriber and dropped with its last, and the changes announced to them.
 *
 * Budgets: polls run through the tenant's ordinary clients, so they take from the same upstream
 * budgets as every query (shared/budget.ts). When a poll meets UPSTREAM_RATE_LIMITED (a spent UIS or
 * Leeloo window, here or upstream), every live query of that tenant polls half as often, down to
 * 1/MAX_SLOWDOWN of the interval, and speeds up again by halves as polls succeed: live screens lag a
 * little while the budget is short, instead of spending what is left before ordinary queries can.
 */
export class LiveQueries {
  private readonly coordinators = new Map<string, LiveCoordinator>();
  private readonly slowdowns = new Map<string, number>();
  readonly metrics: LiveMetrics;
  private readonly unlisten: () => void;

  constructor(private readonly opts: LiveQueriesOptions) {
    this.metrics = createLiveMetrics(opts.registry, () => this.stats());
    this.unlisten = opts.channel.onChange((change) => this.changed(change));
  }

  /** A stream of `spec`'s results: the current one first, then each change. `onEnd` runs once when it ends. */
  subscribe(spec: LiveQuerySpec, opts: { signal?: AbortSignal; onEnd?: () => void } = {}): AsyncGenerator<ExecutionResult, undefined, unknown> {
    let coordinator = this.coordinators.get(spec.key);
    if (!coordinator) {
      const created: LiveCoordinator = new LiveCoordinator(
        spec.key,
        spec.tenant,
        spec.types,
        spec.execute,
        {
          channel: this.opts.channel,
          intervalMs: this.opts.intervalMs,
          slowdown: (tenant) => this.slowdownOf(tenant),
          executed: (tenant, trigger, result) => this.executed(tenant, trigger, result),
          pushed: (n, from) => this.metrics.pushed(n, from),
        },
        () => {
          if (this.coordinators.get(spec.key) === created) this.coordinators.delete(spec.key);
        },
      );
      coordinator = created;
      this.coordinators.set(spec.key, created);
    }
    const shared = coordinator;
    return liveStream(
      (s) => shared.add(s),
      (s) => shared.remove(s),
      opts,
    );
  }

  /** Announces a change to every replica's live queries of `change.tenant` (this one's at once). */
  announce(change: LiveChange): void {
    if (change.types.length) this.opts.channel.announce(change);
  }

  /** How many times slower than the interval `tenant`'s live queries poll now (1: on time). */
  slowdownOf(tenant: string): number {
    return this.slowdowns.get(tenant) ?? 1;
  }

  stats(): { queries: number; subscribers: number } {
    let subscribers = 0;
    for (const c of this.coordinators.values()) subscribers += c.size;
    return { queries: this.coordinators.size, subscribers };
  }

  /** Ends every stream (shutdown). */
  close(): void {
    this.unlisten();
    for (const c of [...this.coordinators.values()]) c.stop();
  }

  private changed(change: LiveChange): void {
    this.metrics.changed(change.source);
    for (const c of this.coordinators.values()) if (c.tenant === change.tenant && c.reads(change.types)) c.changed();
  }

  private executed(tenant: string, trigger: LiveTrigger, result: LiveResult | undefined): void {
    const errors = result?.result.errors ?? [];
    const limited = errors.some((e) => e.extensions?.code === ErrorCode.UPSTREAM_RATE_LIMITED);
    this.metrics.executed(trigger, limited ? 'rate_limited' : errors.length ? 'error' : 'ok');
    const now = this.slowdowns.get(tenant) ?? 1;
    const next = limited ? Math.min(MAX_SLOWDOWN, now * 2) : Math.max(1, now / 2);
    if (next === 1) this.slowdowns.delete(tenant);
    else this.slowdowns.set(tenant, next);
  }
}
