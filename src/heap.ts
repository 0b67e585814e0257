import v8 from 'node:v8';

/**
 * How much memory V8 keeps around the live heap, set from the running process: the production
 * command is plain `node dist/src/server.js`, so nothing here may depend on command-line flags.
 *
 * HEAP_GROWING_PERCENT: how far V8 lets the old generation grow past what survived its last full
 * collection before it collects again (`--heap-growing-percent`: a limit of (1 + percent/100) × live).
 * Left to itself V8 picks the factor from how cheap collection is next to the program's own work, up
 * to 4 ×. A gateway's collections are cheap (its live heap is about 30 MB), so V8 picks near the top
 * and the process carries up to three times its live heap in garbage: at concurrency 50–100 that was
 * the whole difference between its peak RSS (190–235 MB) and the hand-written Apollo peer's. At 100 %
 * (twice the live heap) the peak is 150–170 MB, for a few more incremental full collections: CPU per
 * operation +0–10 % (bench/findings.md, "heap growing"). 0 leaves the choice to V8. V8 reads the flag
 * each time it sets a new limit, so setting it once the process runs takes effect from the next full
 * collection; server.ts applies it with the rest of the configuration.
 */
export const HEAP_GROWING_PERCENT = { fallback: 100, min: 0, max: 1000 } as const;

/** Sets V8's growing factor (0: V8 decides); returns the flag it set, if any. */
export function tuneHeap(percent: number, setFlags: (flags: string) => void = v8.setFlagsFromString): string | undefined {
  if (percent <= 0) return undefined;
  const flag = `--heap-growing-percent=${percent}`;
  setFlags(flag);
  return flag;
}

/** V8's own `--semi-space-growth-factor` (node --v8-options). */
export const SEMI_SPACE_GROWTH_FACTOR = 2;

/**
 * The young generation kept at its initial size while the gateway starts, and let grow again once it
 * serves. Start-up (loading the bundle, building the schema) keeps many of its young objects, and V8
 * answers a high survival rate by doubling the young generation, to 2 × 16 MB; it shrinks it again only
 * when its memory reducer runs, about 16 s later. Until then an idle gateway held ~22 MB of empty young
 * generation (idle RSS 3 s after start 109–111 → 90 MB without it, bench/findings.md). Under load the
 * young generation grows as before, from the first requests on; while it does, the first minutes of
 * light load promote a little more than they did (the measured price: up to ~20 MB more at c = 1).
 *
 * Not touched when the command line sets the factor itself.
 * @returns the release: the factor back to V8's default (once; later calls do nothing)
 */
export function holdYoungGeneration(
  setFlags: (flags: string) => void = v8.setFlagsFromString,
  commandLine: readonly string[] = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)],
): () => void {
  if (commandLine.some((a) => /^--semi[-_]space[-_]growth[-_]factor\b/.test(a))) return () => {};
  setFlags('--semi-space-growth-factor=1');
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    setFlags(`--semi-space-growth-factor=${SEMI_SPACE_GROWTH_FACTOR}`);
  };
}
