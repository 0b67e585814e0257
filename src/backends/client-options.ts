import type { Dispatcher } from 'undici';
import type { Logger } from '../logger.js';
import type { UpstreamObserver } from '../upstream/http.js';
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
