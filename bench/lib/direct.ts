import { percentile, type LoadResult } from './stats.js';

/**
 * Runs `op` with `concurrency` workers for `durationMs` and measures each call: the closed-loop load
 * model autocannon uses too, so gateway and direct numbers compare like for like.
 */
export async function runClosedLoop(op: () => Promise<unknown>, concurrency: number, durationMs: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + durationMs;
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        await op();
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), rps: latencies.length / seconds, count: latencies.length, errors };
}
