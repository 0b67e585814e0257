import type { LiveChannel, SharedResult } from './channel.js';
import { failedLiveResult, sharedLiveResult, type LiveResult } from './result.js';

/** What a coordinator pushes its results to: one per open stream (live/stream.ts). */
export interface LiveSubscriber {
  push(result: LiveResult): void;
  /** The coordinator stops while the stream is open (the gateway shuts down): the stream completes. */
  end(): void;
}

/** Why an execution ran: its interval came, or a change was announced (a metric label). */
export type LiveTrigger = 'interval' | 'change';

export interface CoordinatorDeps {
  channel: LiveChannel;
  /** LIVE_POLL_INTERVAL_MS. */
  intervalMs: number;
  /** How much slower than the interval this tenant's live queries poll now (1 = not at all): budgets. */
  slowdown(tenant: string): number;
  /** Hears each execution's outcome: feeds the tenant's slowdown and the metrics. */
  executed(tenant: string, trigger: LiveTrigger, result: LiveResult | undefined): void;
  /** Hears each result pushed, with the number of subscribers it reached. */
  pushed(subscribers: number, from: 'execution' | 'replica'): void;
}

/**
 * One live query (tenant, scopes, document, variables) on this replica: its subscribers, its last
 * result, and the loop that refreshes it (issue 20, design.md §1).
 *
 * Every interval the coordinator asks the channel for the query's lease. The replica holding it
 * executes the query once (`execute`: the ordinary execution path with a fresh context), and when
 * the result differs from the last one, pushes it to its own subscribers and publishes it to the
 * other replicas; the others push what they receive. A change announced for a type the query reads
 * re-runs it at once on the lease holder. So one query costs one execution per interval however many
 * subscribers and replicas follow it, and nothing is pushed while nothing changes.
 *
 * The next poll is scheduled after the previous one ends (never setInterval: a slow backend slows the
 * cadence instead of stacking executions), at the interval times the tenant's slowdown. Executions
 * never overlap: a change announced meanwhile runs once more right after.
 */
export class LiveCoordinator {
  private readonly subscribers = new Set<LiveSubscriber>();
  private current: LiveResult | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private again = false;
  private leader = false;
  private stopped = false;
  private readonly abort = new AbortController();
  private unfollow: (() => void) | undefined;

  constructor(
    readonly key: string,
    readonly tenant: string,
    /** The object types the query's results can contain (live/types-read.ts). */
    readonly types: ReadonlySet<string>,
    private readonly execute: (signal: AbortSignal) => Promise<LiveResult>,
    private readonly deps: CoordinatorDeps,
    private readonly onIdle: () => void,
  ) {}

  get size(): number {
    return this.subscribers.size;
  }

  add(subscriber: LiveSubscriber): void {
    this.subscribers.add(subscriber);
    // A later subscriber gets the result the others have, without an execution of its own.
    if (this.current) subscriber.push(this.current);
    if (this.subscribers.size === 1 && !this.unfollow) {
      this.unfollow = this.deps.channel.follow(this.key, (shared) => this.receive(shared));
      void this.tick();
    }
  }

  remove(subscriber: LiveSubscriber): void {
    if (!this.subscribers.delete(subscriber) || this.subscribers.size > 0) return;
    this.stop();
  }

  /** Whether a change of `types` concerns this query. */
  reads(types: readonly string[]): boolean {
    return types.some((t) => this.types.has(t));
  }

  /** A change was announced: the lease holder re-runs at once; the others wait for its result. */
  changed(): void {
    if (this.stopped || !this.leader) return;
    void this.run('change');
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    this.abort.abort();
    this.unfollow?.();
    if (this.leader) void this.deps.channel.release(this.key);
    this.onIdle();
    const open = [...this.subscribers];
    this.subscribers.clear();
    for (const s of open) s.end();
  }

  private delayMs(): number {
    return this.deps.intervalMs * this.deps.slowdown(this.tenant);
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    // The lease outlives three polls, so a holder that stops renewing it (its subscribers left, or it
    // died) is replaced within a few intervals, and a slowed-down holder keeps it.
    const ttlMs = 3 * this.delayMs() + 2000;
    this.leader = (await this.deps.channel.role(this.key, ttlMs)) === 'leader';
    if (this.stopped) return;
    if (this.leader) await this.run('interval');
    else await this.catchUp();
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    // A follower only checks the lease and the fingerprint: at the plain interval.
    this.timer = setTimeout(() => void this.tick(), this.leader ? this.delayMs() : this.deps.intervalMs);
    this.timer.unref();
  }

  private async run(trigger: LiveTrigger): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        let result: LiveResult | undefined;
        try {
          result = await this.execute(this.abort.signal);
        } catch {
          result = this.stopped ? undefined : failedLiveResult();
        }
        if (this.stopped) return;
        this.deps.executed(this.tenant, trigger, result);
        if (result) this.accept(result);
      } while (this.again && !this.stopped);
    } finally {
      this.running = false;
    }
  }

  /** A result this replica produced: pushed and shared when it differs from the last one. */
  private accept(result: LiveResult): void {
    const keepMs = Math.max(60_000, 3 * this.delayMs());
    if (this.current?.fingerprint === result.fingerprint) {
      // Unchanged: nothing is pushed; the kept copy lives on for coordinators that start later.
      this.deps.channel.keep(this.key, keepMs);
      return;
    }
    this.current = result;
    this.deps.channel.publish(this.key, { fingerprint: result.fingerprint, json: result.json() }, keepMs);
    this.deliver(result, 'execution');
  }

  /** A result the lease holder shared. */
  private receive(shared: SharedResult): void {
    if (this.stopped || shared.fingerprint === this.current?.fingerprint) return;
    const result = sharedLiveResult(shared.fingerprint, shared.json);
    if (!result) return;
    this.current = result;
    this.deliver(result, 'replica');
  }

  /** A follower's tick: a message missed (or a start before the holder's first result) is caught up from the kept copy. */
  private async catchUp(): Promise<void> {
    const fingerprint = await this.deps.channel.lastFingerprint(this.key);
    if (this.stopped || !fingerprint || fingerprint === this.current?.fingerprint) return;
    const shared = await this.deps.channel.last(this.key);
    if (shared) this.receive(shared);
  }

  private deliver(result: LiveResult, from: 'execution' | 'replica'): void {
    for (const s of this.subscribers) s.push(result);
    this.deps.pushed(this.subscribers.size, from);
  }
}
