import type { Backends } from './backends/registry.js';
import type { Config } from './config.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Per-request context: the shared backends plus a fresh set of DataLoaders for this request only. */
export interface Context {
  backends: Backends;
  config: Config;
  loaders: Loaders;
  /** Aborts when the GraphQL client goes away; upstream calls pass it on. */
  signal: AbortSignal;
}

export interface ContextDeps {
  backends: Backends;
  config: Config;
  /** Benchmarks' naive baseline: no batching, no per-request caching. @default true */
  batching?: boolean;
}

export function createContext(deps: ContextDeps, request: Request): Context {
  const signal = request.signal;
  return {
    backends: deps.backends,
    config: deps.config,
    signal,
    loaders: createLoaders({ backends: deps.backends, config: deps.config, signal, batching: deps.batching ?? true }),
  };
}
