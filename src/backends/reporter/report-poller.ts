import { ErrorCode, UpstreamError } from '../../gateway/errors.js';
import type { ReporterClient } from './client.js';
import type { ReportGenerationTaskDto } from './types-analytics.js';
import type { ReportCoordination } from '../../shared/report-coordination.js';

/**
 * Follows one legacy report task by polling `GET reports/tasks/{id}` (reporter-api.md §3.11: the
 * legacy API has no push; progress is read by polling). Every subscriber of the same task on the
 * same credentials shares ONE poller, so N browser tabs watching an export cost one request per
 * interval, not N. The poller is ref-counted: it starts with the first subscriber and stops (and
 * aborts its in-flight request) when the last one leaves.
 */

/** How often a task is polled unless configured otherwise. @default 1000 */
export const DEFAULT_REPORT_POLL_INTERVAL_MS = 1000;
/** The floor of the interval, so a misconfiguration can never hammer the Reporter. */
export const MIN_REPORT_POLL_INTERVAL_MS = 50;

/** The statuses after which a task never changes again (§2.10); DELETED also stands for a 404. */
export const FINAL_REPORT_STATUSES: ReadonlySet<string> = new Set(['COMPLETED', 'FAILED', 'STOPPED', 'DELETED']);

export interface ReportPollerOptions {
  /** Time between the end of one poll and the start of the next. @default DEFAULT_REPORT_POLL_INTERVAL_MS */
  intervalMs?: number;
  /**
   * Consecutive failed polls (each already retried by the transport, as reads are) after which the
   * watchers get the error and the stream ends. A non-retryable failure (401, 400) ends it at once.
   * @default 3
   */
  maxConsecutiveFailures?: number;
  /**
   * Replicas sharing one poller per task (REDIS_URL): the coordination and the tenant whose task
   * this is. @default none: this process's poller serves this process's subscribers
   */
  across?: { coordination: ReportCoordination; tenant: string };
}

/** What a watcher receives: a changed task, or the error that ended the watch. */
export type ReportTaskEvent = ReportGenerationTaskDto | Error;

interface Watcher {
  push(event: ReportTaskEvent): void;
  end(): void;
}

class TaskPoller {
  private readonly watchers = new Set<Watcher>();
  private last: ReportGenerationTaskDto | undefined;
  private lastJson = '';
  private failures = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly abort = new AbortController();
  private finished = false;

  constructor(
    private readonly client: ReporterClient,
    private readonly taskId: string,
    private readonly intervalMs: number,
    private readonly maxFailures: number,
    private readonly onIdle: () => void,
    private readonly across?: ReportPollerOptions['across'],
  ) {}

  private unfollow: (() => void) | undefined;
  private leader = false;

  /** The task's key across replicas: the tenant's task id. */
  private get key(): string {
    return `${this.across!.tenant}:${this.taskId}`;
  }

  add(w: Watcher): void {
    this.watchers.add(w);
    // A late subscriber gets the state the others already have, without an extra request.
    if (this.last) w.push(this.last);
    if (this.watchers.size === 1) {
      if (this.across) this.unfollow = this.across.coordination.follow(this.key, (state) => this.receive(state as ReportGenerationTaskDto));
      void this.tick();
    }
  }

  /** A state published by the replica that polls (or this one's own, echoed back): delivered once. */
  private receive(task: ReportGenerationTaskDto | undefined): void {
    if (this.finished || !task || typeof task !== 'object') return;
    const json = JSON.stringify(task);
    if (json !== this.lastJson) {
      this.last = task;
      this.lastJson = json;
      for (const w of this.watchers) w.push(task);
    }
    if (FINAL_REPORT_STATUSES.has(task.status)) this.finish();
  }

  remove(w: Watcher): void {
    if (!this.watchers.delete(w) || this.watchers.size > 0) return;
    this.stop();
  }

  private stop(): void {
    this.finished = true;
    clearTimeout(this.timer);
    this.abort.abort();
    this.unfollow?.();
    if (this.across && this.leader) void this.across.coordination.release(this.key);
    this.onIdle();
  }

  private async tick(): Promise<void> {
    if (this.finished) return;
    if (this.across) {
      // Another replica polls this task: take what it last published (in case a message was
      // missed) and try again next interval; the lease outlives three intervals, so a holder
      // that stops renewing it is replaced within a few intervals.
      const ttlMs = Math.max(3 * this.intervalMs, 5000);
      this.leader = (await this.across.coordination.role(this.key, ttlMs)) === 'leader';
      if (this.finished) return;
      if (!this.leader) {
        this.receive((await this.across.coordination.last(this.key)) as ReportGenerationTaskDto | undefined);
        return this.schedule();
      }
    }
    let task: ReportGenerationTaskDto;
    try {
      task = await this.client.getReportTask(this.taskId, { signal: this.abort.signal });
      this.failures = 0;
    } catch (err) {
      if (this.finished) return;
      if (err instanceof UpstreamError && err.code === ErrorCode.NOT_FOUND) {
        // A task the Reporter no longer knows has been deleted (or never existed): DELETED, final.
        task = { ...(this.last ?? ({ taskId: this.taskId } as ReportGenerationTaskDto)), status: 'DELETED' };
      } else {
        this.failures += 1;
        const retryable = err instanceof UpstreamError && err.retryable;
        if (retryable && this.failures < this.maxFailures) return this.schedule();
        return this.finish(err instanceof Error ? err : new Error(String(err)));
      }
    }
    if (this.finished) return;
    const json = JSON.stringify(task);
    if (json !== this.lastJson) {
      this.last = task;
      this.lastJson = json;
      for (const w of this.watchers) w.push(task);
      this.across?.coordination.publish(this.key, task);
    }
    if (FINAL_REPORT_STATUSES.has(task.status)) return this.finish();
    this.schedule();
  }

  /** setTimeout after each answer, never setInterval: a slow Reporter slows the cadence down instead of stacking requests. */
  private schedule(): void {
    if (this.finished) return;
    this.timer = setTimeout(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  private finish(error?: Error): void {
    const watchers = [...this.watchers];
    this.watchers.clear();
    this.stop();
    for (const w of watchers) {
      if (error) w.push(error);
      w.end();
    }
  }
}

/**
 * Pollers per client, then per task. A ReporterClient holds exactly one set of credentials (token
 * and base URL), so keying by the client instance is keying by credentials: two tenants never
 * share a poller, and the registry goes away with the client.
 */
const registry = new WeakMap<ReporterClient, Map<string, TaskPoller>>();

/** How many tasks are being polled for a client (for tests and metrics). */
export function activeReportPollers(client: ReporterClient): number {
  return registry.get(client)?.size ?? 0;
}

/**
 * Watches a report task: an async iterator of its changes (the current state first), which ends
 * after a final status or a failure (yielded as an Error). Returning the iterator (a subscriber
 * leaving) or aborting `signal` unsubscribes; the shared poller stops with its last watcher.
 */
export function watchReportTask(
  client: ReporterClient,
  taskId: string,
  opts: ReportPollerOptions = {},
  signal?: AbortSignal,
): AsyncIterableIterator<ReportTaskEvent> {
  const intervalMs = Math.max(MIN_REPORT_POLL_INTERVAL_MS, opts.intervalMs ?? DEFAULT_REPORT_POLL_INTERVAL_MS);
  const byTask = registry.get(client) ?? new Map<string, TaskPoller>();
  registry.set(client, byTask);

  const queue: ReportTaskEvent[] = [];
  let done = false;
  let wake: (() => void) | undefined;
  const watcher: Watcher = {
    push: (e) => {
      queue.push(e);
      wake?.();
    },
    end: () => {
      done = true;
      wake?.();
    },
  };

  let poller = byTask.get(taskId);
  if (!poller) {
    const created: TaskPoller = new TaskPoller(
      client,
      taskId,
      intervalMs,
      opts.maxConsecutiveFailures ?? 3,
      () => {
        if (byTask.get(taskId) === created) byTask.delete(taskId);
      },
      opts.across,
    );
    poller = created;
    byTask.set(taskId, created);
  }
  const shared = poller;

  const leave = (): IteratorResult<ReportTaskEvent> => {
    done = true;
    queue.length = 0;
    signal?.removeEventListener('abort', onAbort);
    shared.remove(watcher);
    wake?.();
    return { done: true, value: undefined };
  };
  const onAbort = () => void leave();
  signal?.addEventListener('abort', onAbort, { once: true });
  shared.add(watcher);
  if (signal?.aborted) leave();

  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<ReportTaskEvent>> {
      while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      const value = queue.shift();
      if (value !== undefined) return { done: false, value };
      return leave();
    },
    async return(): Promise<IteratorResult<ReportTaskEvent>> {
      return leave();
    },
  };
}
