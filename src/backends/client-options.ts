import type { Dispatcher } from 'undici';
import type { Logger } from '../observability/logger.js';
import type { ServiceName } from '../gateway/errors.js';
import { UpstreamHttp, type UpstreamObserver } from '../upstream/http.js';
import type { Redactor } from '../upstream/redact.js';
import type { RetryOptions } from '../upstream/retry.js';
import type { BudgetStore, BudgetWindow } from '../shared/budget.js';
import type { ReferenceStore } from '../shared/reference-cache.js';
import type { CircuitBreaker } from '../upstream/breaker.js';

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
  /** The shared upstream budget of this client's tenant and backend (shared/budget.ts). @default none */
  budget?: ClientBudget;
  /** Reference data shared with other replicas, under this tenant's keys (shared/reference-cache.ts). @default none */
  reference?: ClientReference;
  /** Identical reads in flight at once share one request (SHARED_READS). @default true */
  shareReads?: boolean;
  /** This tenant's circuit breaker for this backend (upstream/breaker.ts). @default none */
  breaker?: CircuitBreaker;
}

export interface ClientReference {
  store: ReferenceStore;
  /** Prefix of this client's keys: `<tenant>:<backend>`. */
  scope: string;
}

/** Where a client takes its budget from: the store, its scope (`<tenant>:<backend>`), and its windows. */
export interface ClientBudget {
  store: BudgetStore;
  scope: string;
  /** The backend's windows; a client adds the ones it learns from the upstream. */
  windows: BudgetWindow[];
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
    budget: opts.budget && opts.budget.windows.length > 0 ? opts.budget : undefined,
    shareReads: opts.shareReads,
    breaker: opts.breaker,
  });
}
