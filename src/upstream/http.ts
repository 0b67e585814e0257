import { Agent, errors as undiciErrors, type Dispatcher } from 'undici';
import { ErrorCode, UpstreamError, type ServiceName } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Redactor } from './redact.js';
import { backoffDelay, defaultRetryOptions, sleep, type RetryOptions } from './retry.js';

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
  signal?: AbortSignal;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Turns a raw answer into a value, or throws an UpstreamError (marking retryable ones). */
export type Interpreter<T> = (res: UpstreamResponse) => T;

export interface UpstreamObserver {
  (event: { service: ServiceName; endpoint: string; method: HttpMethod; status?: number; code?: string; ms: number; attempt: number; tenant?: string }): void;
}

export interface UpstreamHttpOptions {
  service: ServiceName;
  baseUrl: string;
  /** Header and body timeout of each request. @default 10000 */
  timeoutMs: number;
  /** Connections per origin in the pool. @default 32 */
  maxConnections?: number;
  redactor: Redactor;
  logger: Logger;
  retry?: Partial<RetryOptions>;
  /** Injected in unit tests (undici MockAgent); otherwise a pooled keep-alive Agent is made. */
  dispatcher?: Dispatcher;
  observer?: UpstreamObserver;
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
        headersTimeout: opts.timeoutMs,
        bodyTimeout: opts.timeoutMs,
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
    const maxAttempts = req.read ? this.retry.maxRetries + 1 : 1;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(req, interpret, attempt);
      } catch (err) {
        const error = err instanceof UpstreamError ? err : this.mapTransportError(err, req);
        const last = attempt + 1 >= maxAttempts;
        if (!req.read || last || !error.retryable || req.signal?.aborted) throw error;
        if (error.retryAfterMs !== undefined && error.retryAfterMs > this.retry.maxRetryAfterMs) throw error;
        const wait = Math.max(error.retryAfterMs ?? 0, backoffDelay(attempt, this.retry));
        this.opts.logger.warn(
          { backend: this.service, endpoint: req.endpoint, code: error.code, attempt, waitMs: wait },
          'upstream read failed; retrying',
        );
        // A client that leaves during the pause rejects it with the raw abort reason: map it, or
        // every field waiting on this call surfaces as an unexpected (masked, error-logged) error.
        await sleep(wait, req.signal).catch(() => {
          throw this.cancelled(req);
        });
      }
    }
  }

  private async attempt<T>(req: UpstreamRequest, interpret: Interpreter<T>, attempt: number): Promise<T> {
    const started = performance.now();
    const url = this.url(req.path, req.query);
    const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
    let body: string | undefined;
    if (req.body !== undefined) {
      body = JSON.stringify(req.body);
      headers['content-type'] ??= 'application/json; charset=UTF-8';
    }
    let status: number | undefined;
    try {
      const res = await this.dispatcher.request({
        origin: url.origin,
        path: url.pathname + url.search,
        method: req.method,
        headers,
        body,
        signal: req.signal,
      });
      status = res.statusCode;
      let text: string;
      try {
        text = await res.body.text();
      } catch (err) {
        throw this.mapBodyError(err, req, res.statusCode);
      }
      const value = interpret({ status: res.statusCode, headers: res.headers, text });
      this.observe(req, attempt, started, status);
      return value;
    } catch (err) {
      const error = err instanceof UpstreamError ? err : this.mapTransportError(err, req);
      this.observe(req, attempt, started, status, error.code);
      throw error;
    }
  }

  private observe(req: UpstreamRequest, attempt: number, started: number, status?: number, code?: string) {
    const ms = Math.round(performance.now() - started);
    this.opts.logger.debug({ backend: this.service, endpoint: req.endpoint, status, code, ms, attempt }, 'upstream call');
    this.opts.observer?.({ service: this.service, endpoint: req.endpoint, method: req.method, status, code, ms, attempt });
  }

  private mapBodyError(err: unknown, req: UpstreamRequest, status: number): UpstreamError {
    const code = (err as { code?: string }).code;
    if (code === 'UND_ERR_BODY_TIMEOUT') return this.timeout(req);
    return new UpstreamError(`${this.service} ${req.endpoint}: the response body was cut off`, {
      code: ErrorCode.UPSTREAM_BAD_RESPONSE,
      service: this.service,
      endpoint: req.endpoint,
      status,
      detail: this.opts.redactor.redact(String((err as Error)?.message ?? err)),
      retryable: true,
      outcome: req.read ? undefined : 'UNKNOWN',
    });
  }

  /** The GraphQL request was abandoned by its client; nobody reads this error, but it must stay in the family. */
  private cancelled(req: UpstreamRequest): UpstreamError {
    return new UpstreamError(`${this.service} ${req.endpoint}: the request was cancelled`, {
      code: ErrorCode.UPSTREAM_ERROR,
      service: this.service,
      endpoint: req.endpoint,
      detail: 'cancelled by the client',
      outcome: req.read ? undefined : 'UNKNOWN',
    });
  }

  private timeout(req: UpstreamRequest): UpstreamError {
    return new UpstreamError(`${this.service} ${req.endpoint}: no answer within ${this.opts.timeoutMs} ms`, {
      code: ErrorCode.UPSTREAM_TIMEOUT,
      service: this.service,
      endpoint: req.endpoint,
      retryable: true,
      outcome: req.read ? undefined : 'UNKNOWN',
    });
  }

  /** Maps undici and socket errors; a refused connection means a write surely did not apply. */
  mapTransportError(err: unknown, req: UpstreamRequest): UpstreamError {
    const e = err as { code?: string; name?: string; message?: string; cause?: { code?: string } };
    const code = e?.code ?? e?.cause?.code;
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
      return this.timeout(req);
    }
    // The abort reason may be the socket's own error (ECONNRESET when the client hung up), so the
    // signal decides, not the error's shape.
    if (req.signal?.aborted || e?.name === 'AbortError' || err instanceof undiciErrors.RequestAbortedError) return this.cancelled(req);
    const refused = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
    return new UpstreamError(`${this.service} ${req.endpoint}: the backend is unreachable`, {
      code: ErrorCode.UPSTREAM_UNAVAILABLE,
      service: this.service,
      endpoint: req.endpoint,
      detail: this.opts.redactor.redact(code ?? String(e?.message ?? err)),
      retryable: true,
      outcome: req.read ? undefined : refused ? 'NOT_APPLIED' : 'UNKNOWN',
    });
  }

  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }
}
