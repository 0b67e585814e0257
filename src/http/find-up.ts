import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The first of `candidates` (paths relative to a folder, e.g. `schema/persisted-documents.json`)
 * that exists in the folder of `from` or one of its ancestors, nearest first; undefined when none does.
 *
 * Files that ship beside the code (the trusted-documents manifest, the example operations, the
 * dashboard's build) are found by walking up rather than by a fixed `../../..`: the same module runs
 * from src/ (tsx), and from the production build, where it is bundled into dist/src/server.js or one
 * of its chunks (scripts/bundle.ts), each at a different depth.
 *
 * The walk ends at the package's own root, the first folder up that holds a package.json: above it
 * lies someone else's filesystem, and a `dashboard/index.html` or `schema/…` found there (an install
 * in /srv/app without a dashboard build, beside an unrelated /srv/dashboard) would be served as ours.
 */
export function findUp(from: string | URL, candidates: readonly string[]): string | undefined {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    for (const rel of candidates) {
      const path = join(dir, rel);
      if (existsSync(path)) return path;
    }
    const parent = dirname(dir);
    if (parent === dir || existsSync(join(dir, 'package.json'))) return undefined;
    dir = parent;
  }
}
