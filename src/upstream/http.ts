import { Agent, request, type Dispatcher } from './undici-core.js';
import { ErrorCode, UpstreamError, type ServiceName } from '../gateway/errors.js';
import type { Logger } from '../observability/logger.js';
import { CANCELLED_OUTCOME, cancelledError, deadlineError, transportError, truncatedBody, type AnswerContext, type TransportContext } from './classify.js';
import { isDeadlineExceeded, remainingMs } from './deadline.js';
import type { Redactor } from './redact.js';
import type { UpstreamResponse } from './response.js';
import type { BudgetStore, BudgetWindow } from '../shared/budget.js';
import { defaultRetryOptions, retryDelay, sleep, type RetryOptions } from './retry.js';
import { SharedReads } from './shared-reads.js';
import { isUnhealthy, type CircuitBreaker } from './breaker.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number>;

export interface UpstreamRequest {
  method: HttpMethod;
  /** Path below the base URL, starting with '/'. */
  path: string;
  query?: Record<string, QueryValue>;
  /** Serialised as JSON when present (also on DELETE: Reporter label detach sends a body). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Reads may be retried; writes never are. */
  read: boolean;
  /** Stable label for logs, errors and metrics, e.g. `POST sessions/filter` or `get.calls_report`. */
  endpoint: string;
  /** The operation's signal: the client leaving, or the operation deadline (upstream/deadline.ts). */
  signal?: AbortSignal;
  /**
   * What makes two reads identical when the body carries a per-request nonce (the JSON-RPC id):
   * identical reads in flight at once share one request (shared-reads.ts). @default method, URL, headers and body
   */
  shareKey?: string;
}

/** Turns a raw answer into a value, or throws an UpstreamError (marking retryable ones). */
export type Interpreter<T> = (res: UpstreamResponse) => T;

export interface UpstreamObserver {
  (event: { service: ServiceName; endpoint: string; method: HttpMethod; status?: number; code?: string; ms: number; attempt: number; tenant?: string }): void;
}

export interface UpstreamHttpOptions {
  service: ServiceName;
  baseUrl: string;
  /** Time limit of each attempt, headers and body together. @default 10000 */
  timeoutMs: number;
  /** Connections per origin in the pool. @default 32 */
  maxConnections?: number;
  redactor: Redactor;
  logger: Logger;
  retry?: Partial<RetryOptions>;
  /** Injected in unit tests (undici MockAgent); otherwise a pooled keep-alive Agent is made. */
  dispatcher?: Dispatcher;
  observer?: UpstreamObserver;
  /** Every attempt first takes one unit of this budget (shared/budget.ts); a spent one refuses it here. */
  budget?: { store: BudgetStore; scope: string; windows: readonly BudgetWindow[] };
  /** Identical reads in flight at once share one request (SHARED_READS; shared-reads.ts). @default true */
  shareReads?: boolean;
  /** This tenant's breaker for this backend (BREAKER; breaker.ts): every attempt is admitted by it. @default none */
  breaker?: CircuitBreaker;
}

/**
 * The shared HTTP plumbing of every backend client: pooled keep-alive connections, timeouts,
 * retries for reads only, transport errors mapped into the error family, tokens redacted.
 */
export class UpstreamHttp {
  readonly service: ServiceName;
  private readonly base: URL;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly retry: RetryOptions;
  private readonly shared: SharedReads | undefined;

  constructor(private readonly opts: UpstreamHttpOptions) {
    this.service = opts.service;
    this.base = new URL(opts.baseUrl.endsWith('/') ? opts.baseUrl : `${opts.baseUrl}/`);
    this.retry = { ...defaultRetryOptions, ...opts.retry };
    this.shared = opts.shareReads === false ? undefined : new SharedReads();
    this.ownsDispatcher = !opts.dispatcher;
    this.dispatcher =
      opts.dispatcher ??
      new Agent({
        connections: opts.maxConnections ?? 32,
        // Backstops only: each attempt's own timer (attempt()) ends it on time.
        headersTimeout: opts.timeoutMs + 1000,
        bodyTimeout: opts.timeoutMs + 1000,
        keepAliveTimeout: 10_000,
        connect: { timeout: Math.min(opts.timeoutMs, 10_000) },
      });
  }

  /** Base URL as configured, for display (the Reporter client redacts its own token segment). */
  get baseUrl(): string {
    return this.base.toString().replace(/\/$/, '');
  }

  /** `path` '' addresses the base URL itself (UIS posts to `…/v2.0`, not `…/v2.0/`). */
  url(path: string, query?: Record<string, QueryValue>): URL {
    const url = path === '' ? new URL(this.baseUrl) : new URL(path.replace(/^\//, ''), this.base);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined || value === null) continue;
      if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, String(v));
      else url.searchParams.set(key, String(value));
    }
    return url;
  }

  async send<T>(req: UpstreamRequest, interpret: Interpreter<T>): Promise<T> {
    if (!this.shared) return this.sendAlone(req, interpret);
    if (!req.read) {
      // A read sent after a write must see it: no later read joins one that started before the
      // write began or finished (those already waiting keep theirs).
      this.shared.seal();
      try {
        return await this.sendAlone(req, interpret);
      } finally {
        this.shared.seal();
      }
    }
    const key = req.shareKey ?? `${req.method} ${req.path} ${JSON.stringify(req.query ?? null)} ${JSON.stringify(req.headers ?? null)} ${JSON.stringify(req.body ?? null)}`;
    return this.shared.run(
      key,
      req.signal,
      (signal) => this.sendAlone({ ...req, signal }, interpret),
      // A waiter whose own deadline passed (or whose client left) leaves; the read goes on for the others.
      (signal) => this.aborted({ ...req, signal }, false),
    );
  }

  /** One read or write with its attempts, on its own (no sharing). */
  private async sendAlone<T>(req: UpstreamRequest, interpret: Interpreter<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let error: UpstreamError;
      try {
        // The breaker admits every attempt, retries included: none goes into an open breaker.
        const breaker = this.opts.breaker;
        const admission = !breaker || breaker.state === 'closed' ? 'pass' : await breaker.admit(req.read, req.endpoint);
        await this.takeBudget(req).catch((err: unknown) => {
          if (admission === 'probe') breaker!.probeNotSent();
          throw err;
        });
        return admission === 'probe' ? await this.probe(req, interpret, attempt) : await this.attempt(req, interpret, attempt);
      } catch (err) {
        error = err instanceof UpstreamError ? err : transportError(err, this.transportContext(req, false));
      }
      // Writes are never retried, and every failed write says whether it may have applied.
      if (!req.read) throw error.asWrite();
      const wait = req.signal?.aborted ? undefined : retryDelay(error, attempt, this.retry, remainingMs(req.signal));
      if (wait === undefined) throw error;
      this.opts.logger.warn(
        { backend: this.service, endpoint: req.endpoint, code: error.code, attempt, waitMs: wait },
        'upstream read failed; retrying',
      );
      // A client that leaves (or a deadline that passes) during the pause rejects it with the raw
      // abort reason: map it, or every field waiting on this call surfaces as a masked error.
      await sleep(wait, req.signal).catch(() => {
        throw this.aborted(req, false);
      });
    }
  }

  /**
   * Refuses a request the tenant's shared budget cannot pay for, before it is sent: retryable with
   * the window's reset as Retry-After, so send() waits when that is near and fails fast otherwise.
   * Nothing was sent, so a write's outcome is NOT_APPLIED.
   */
  private async takeBudget(req: UpstreamRequest): Promise<void> {
    const budget = this.opts.budget;
    if (!budget) return;
    const decision = await budget.store.take(budget.scope, budget.windows);
    if (decision.ok) return;
    throw new UpstreamError(`${this.service} ${req.endpoint}: the shared ${decision.window} budget for this backend is spent`, {
      code: ErrorCode.UPSTREAM_RATE_LIMITED,
      service: this.service,
      endpoint: req.endpoint,
      detail: `refused before sending: the ${decision.window} budget resets in ${Math.ceil(decision.retryAfterMs / 1000)} s`,
      retryable: true,
      retryAfterMs: decision.retryAfterMs,
      // Nothing left this process: a write is surely NOT_APPLIED.
      refused: true,
    });
  }

  private async attempt<T>(req: UpstreamRequest, interpret: Interpreter<T>, attempt: number): Promise<T> {
    const started = performance.now();
    // Nothing is sent once the operation is over (its deadline passed, or its client left).
    if (req.signal?.aborted) throw this.aborted(req, true);
    const url = this.url(req.path, req.query);
    const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
    let body: string | undefined;
    if (req.body !== undefined) {
      body = JSON.stringify(req.body);
      headers['content-type'] ??= 'application/json; charset=UTF-8';
    }
    // One timer per attempt covering headers AND body: undici's headersTimeout/bodyTimeout run on a
    // coarse shared clock and restart per chunk, so alone they overshot by up to 2 s (issue 10).
    // The operation's signal (deadline, client) aborts the same request.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`no answer within ${this.opts.timeoutMs} ms`));
    }, this.opts.timeoutMs);
    const onAbort = () => controller.abort(req.signal?.reason);
    req.signal?.addEventListener('abort', onAbort, { once: true });
    let status: number | undefined;
    try {
      const res = await request(this.dispatcher, {
        origin: url.origin,
        path: url.pathname + url.search,
        method: req.method,
        headers,
        body,
        signal: controller.signal,
      });
      status = res.statusCode;
      let text: string;
      try {
        // Every form of every configured secret leaves the body here, before anything reads it (redact.ts).
        text = this.opts.redactor.scrubBody(Buffer.from(await res.body.arrayBuffer()));
      } catch (err) {
        if (timedOut || controller.signal.aborted) throw err;
        throw truncatedBody(err, this.answerContext(req), res.statusCode);
      }
      clearTimeout(timer);
      const value = interpret({ status: res.statusCode, headers: res.headers, text });
      this.observe(req, attempt, started, status);
      this.opts.breaker?.success();
      return value;
    } catch (err) {
      const error = err instanceof UpstreamError ? err : transportError(err, this.transportContext(req, timedOut));
      // A client that left is not a failing backend: its own outcome, so upstream error rates stay true.
      this.observe(req, attempt, started, status, error.cancelled ? CANCELLED_OUTCOME : error.code);
      // The operation's deadline or client ending the call says nothing about the backend.
      if (!req.signal?.aborted) {
        if (isUnhealthy(error)) this.opts.breaker?.failure();
        else this.opts.breaker?.success();
      }
      throw error;
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    }
  }

  /**
   * The half-open breaker's one probe: a read sent on its own, unbound from its caller, to its own
   * per-attempt timeout, so that it decides the breaker whoever waits. Its caller waits for it at most
   * the breaker's probe wait (and its own deadline), then fails fast like the others.
   */
  private async probe<T>(req: UpstreamRequest, interpret: Interpreter<T>, attempt: number): Promise<T> {
    const breaker = this.opts.breaker!;
    const running = this.attempt({ ...req, signal: undefined }, interpret, attempt);
    running.catch(() => undefined);
    const GAVE_UP = Symbol('gave up');
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    const gaveUp = new Promise<typeof GAVE_UP>((resolve) => {
      timer = setTimeout(() => resolve(GAVE_UP), breaker.probeWaitMs);
      onAbort = () => resolve(GAVE_UP);
      req.signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const first = await Promise.race([running, gaveUp]);
      if (first !== GAVE_UP) return first;
    } finally {
      clearTimeout(timer);
      if (onAbort) req.signal?.removeEventListener('abort', onAbort);
    }
    if (req.signal?.aborted) throw this.aborted(req, false);
    throw breaker.openError(req.endpoint);
  }

  private observe(req: UpstreamRequest, attempt: number, started: number, status?: number, code?: string) {
    const ms = Math.round(performance.now() - started);
    this.opts.logger.debug({ backend: this.service, endpoint: req.endpoint, status, code, ms, attempt }, 'upstream call');
    this.opts.observer?.({ service: this.service, endpoint: req.endpoint, method: req.method, status, code, ms, attempt });
  }

  private answerContext(req: UpstreamRequest): AnswerContext {
    return { service: this.service, endpoint: req.endpoint, redactor: this.opts.redactor };
  }

  private transportContext(req: UpstreamRequest, timedOut: boolean): TransportContext {
    return { ...this.answerContext(req), timeoutMs: this.opts.timeoutMs, timedOut, signal: req.signal };
  }

  /** The operation's signal aborted: the deadline passed (UPSTREAM_TIMEOUT) or the client left. */
  private aborted(req: UpstreamRequest, beforeSending: boolean): UpstreamError {
    const ctx = this.answerContext(req);
    return isDeadlineExceeded(req.signal?.reason) ? deadlineError(ctx, beforeSending) : cancelledError(ctx);
  }

  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }
}
