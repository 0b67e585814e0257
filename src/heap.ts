import v8 from 'node:v8';

/**
 * HEAP_GROWING_PERCENT: how far V8 lets the old generation grow past what survived its last full
 * collection before it collects again (`--heap-growing-percent`: a limit of (1 + percent/100) × live).
 *
 * Left to itself V8 picks the factor from how cheap collection is next to the program's own work, up
 * to 4 ×. A gateway's collections are cheap (its live heap is about 30 MB), so V8 picks near the top
 * and the process carries up to three times its live heap in garbage: at concurrency 50–100 that was
 * the whole difference between its peak RSS (190–235 MB) and the hand-written Apollo peer's. At 100 %
 * (twice the live heap) the peak is 150–170 MB, for a few more incremental full collections: CPU per
 * operation +0–10 % (bench/findings.md, "heap growing"). 0 leaves the choice to V8.
 *
 * V8 reads the flag each time it sets a new limit, so setting it once the process runs takes effect
 * from the next full collection (unlike the space sizes, which are fixed when the heap is made).
 * Measured: applying it before the modules load changes nothing at idle, so server.ts applies it
 * with the rest of the configuration.
 */
export const HEAP_GROWING_PERCENT = { fallback: 100, min: 0, max: 1000 } as const;

/** Sets V8's growing factor (0: V8 decides); returns the flag it set, if any. */
export function tuneHeap(percent: number, setFlags: (flags: string) => void = v8.setFlagsFromString): string | undefined {
  if (percent <= 0) return undefined;
  const flag = `--heap-growing-percent=${percent}`;
  setFlags(flag);
  return flag;
}
