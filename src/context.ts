import type { Backends } from './backends/registry.js';
import { ANONYMOUS_ALL_SCOPES, type Principal } from './auth/principal.js';
import type { Config } from './config.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { SharedState } from './shared/state.js';

/** Per-request context: the shared backends plus a fresh set of DataLoaders for this request only. */
export interface Context {
  backends: Backends;
  config: Config;
  loaders: Loaders;
  /**
   * Aborts when the GraphQL client goes away or the operation deadline (OPERATION_TIMEOUT_MS) passes;
   * every upstream call passes it on.
   */
  signal: AbortSignal;
  /** Aborts only when the client goes away: the lifetime of a subscription's stream. */
  requestSignal: AbortSignal;
  /** Who is asking (auth plugin); with authentication off, a principal with every scope. */
  principal: Principal;
  /** State shared with the other replicas (report pollers' leases and fan-out, rate limits). */
  shared?: SharedState;
}

export interface ContextDeps {
  backends: Backends;
  config: Config;
  /** Benchmarks' naive baseline: no batching, no per-request caching. @default true */
  batching?: boolean;
  shared?: SharedState;
}

export function createContext(
  deps: ContextDeps,
  request: Request,
  principal: Principal = ANONYMOUS_ALL_SCOPES,
  /** The operation deadline's signal (plugins/use-deadline.ts); the request's own when none. */
  signal: AbortSignal = request.signal,
): Context {
  return {
    principal,
    backends: deps.backends,
    config: deps.config,
    shared: deps.shared,
    signal,
    requestSignal: request.signal,
    loaders: createLoaders({ backends: deps.backends, config: deps.config, signal, batching: deps.batching ?? true }),
  };
}
