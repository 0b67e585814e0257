import type { Backends } from './registry.js';
import type { Config } from '../config.js';

/**
 * What every backend's per-request loaders are built from. Apart from loaders.ts, which builds the
 * three sets, so that the backends' loader files and loaders.ts do not import each other.
 */
export interface LoaderDeps {
  backends: Backends;
  config: Config;
  /** The GraphQL request's signal: its upstream calls are cancelled with it. */
  signal: AbortSignal;
  /** false only in the benchmarks' naive baseline: no batching, no per-request caching. */
  batching: boolean;
}

/** DataLoader options honouring the naive-baseline switch. */
export function loaderOptions(deps: LoaderDeps): { batch: boolean; cache: boolean } {
  return { batch: deps.batching, cache: deps.batching };
}
