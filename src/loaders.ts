import type { Backends } from './backends/registry.js';
import type { Config } from './config.js';

export interface LoaderDeps {
  backends: Backends;
  config: Config;
  signal: AbortSignal;
  batching: boolean;
}

/** Every backend's per-request DataLoaders, created lazily so that a request pays only for what it touches. */
export interface Loaders {
  deps: LoaderDeps;
}

export function createLoaders(deps: LoaderDeps): Loaders {
  return { deps };
}
