import { requireBackend } from './registry.js';
import { createLeelooLoaders, type LeelooLoaders } from './leeloo/loaders.js';
import { createReporterLoaders, type ReporterLoaders } from './reporter/loaders.js';
import { createUisLoaders, type UisLoaders } from './uis/loaders.js';
import type { LoaderDeps } from './loader-deps.js';

/**
 * Every backend's per-request DataLoaders. Created lazily, so a request pays only for the backends it
 * touches, and a disabled backend fails with BACKEND_NOT_CONFIGURED only where its fields are asked for.
 */
export interface Loaders {
  readonly reporter: ReporterLoaders;
  readonly uis: UisLoaders;
  readonly leeloo: LeelooLoaders;
}

export function createLoaders(deps: LoaderDeps): Loaders {
  let reporter: ReporterLoaders | undefined;
  let uis: UisLoaders | undefined;
  let leeloo: LeelooLoaders | undefined;
  return {
    get reporter() {
      return (reporter ??= createReporterLoaders(requireBackend(deps.backends, 'reporter'), deps));
    },
    get uis() {
      return (uis ??= createUisLoaders(requireBackend(deps.backends, 'uis'), deps));
    },
    get leeloo() {
      return (leeloo ??= createLeelooLoaders(requireBackend(deps.backends, 'leeloo'), deps));
    },
  };
}
