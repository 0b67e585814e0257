import { Agent, type Dispatcher } from 'undici';
import { ErrorCode, UpstreamError, type ServiceName } from '../errors.js';
import type { Logger } from '../logger.js';
import { cancelledError, deadlineError, transportError, truncatedBody, type AnswerContext, type TransportContext } from './classify.js';
import { isDeadlineExceeded, remainingMs } from './deadline.js';
import type { Redactor } from './redact.js';
import type { UpstreamResponse } from './response.js';
import type { BudgetStore, BudgetWindow } from '../shared/budget.js';
import { defaultRetryOptions, retryDelay, sleep, type RetryOptions } from './retry.js';

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

  constructor(private readonly opts: UpstreamHttpOptions) {
    this.service = opts.service;
    this.base = new URL(opts.baseUrl.endsWith('/') ? opts.baseUrl : `${opts.baseUrl}/`);
    this.retry = { ...defaultRetryOptions, ...opts.retry };
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
    for (let attempt = 0; ; attempt++) {
      let error: UpstreamError;
      try {
        await this.takeBudget(req);
        return await this.attempt(req, interpret, attempt);
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
      const res = await this.dispatcher.request({
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
      return value;
    } catch (err) {
      const error = err instanceof UpstreamError ? err : transportError(err, this.transportContext(req, timedOut));
      this.observe(req, attempt, started, status, error.code);
      throw error;
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    }
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
