import type { Dispatcher } from 'undici';
import type { Logger } from '../logger.js';
import type { ServiceName } from '../errors.js';
import { UpstreamHttp, type UpstreamObserver } from '../upstream/http.js';
import type { Redactor } from '../upstream/redact.js';
import type { RetryOptions } from '../upstream/retry.js';

/** What every backend client is constructed with: transport settings, never process.env. */
export interface ClientOptions {
  baseUrl: string;
  timeoutMs: number;
  redactor: Redactor;
  logger: Logger;
  /** @default 32 */
  maxConnections?: number;
  retry?: Partial<RetryOptions>;
  /** Injected in unit tests (undici MockAgent). */
  dispatcher?: Dispatcher;
  observer?: UpstreamObserver;
}

/** Per-call options: the GraphQL request's abort signal cancels its upstream calls. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** The UpstreamHttp of one backend client, from its options (the Reporter passes its token-bearing base URL). */
export function upstreamFor(service: ServiceName, opts: ClientOptions, baseUrl: string = opts.baseUrl): UpstreamHttp {
  return new UpstreamHttp({
    service,
    baseUrl,
    timeoutMs: opts.timeoutMs,
    maxConnections: opts.maxConnections,
    redactor: opts.redactor,
    logger: opts.logger,
    retry: opts.retry,
    dispatcher: opts.dispatcher,
    observer: opts.observer,
  });
}
