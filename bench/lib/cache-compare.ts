import type { Simulators } from '../../src/simulators/index.js';
import { operationText, SCENARIOS } from '../scenarios.js';
import { round, type LoadResult } from './stats.js';

export const CACHED_DASHBOARD = 'cached dashboard: + clients’ block state, RESPONSE_CACHE on vs off';

export interface CacheRow {
  concurrency: number;
  cached: LoadResult;
  uncached: LoadResult;
  /** Upstream requests each gateway sent during its measurement. */
  cachedUpstream: number;
  uncachedUpstream: number;
}

/** A gateway under load: run.ts's autocannon runner (the gateway carries its URL and headers). */
type Load<G> = (g: G, body: string, connections: number, duration?: number) => Promise<LoadResult>;

/**
 * Forty supervisors refreshing one dashboard: the same operation (the dashboard with clients' block
 * state, 2 upstream requests) on a gateway with the response cache on and one with it off, in turn
 * at each level, counting the upstream requests each sent while measured.
 */
export async function compareCachedDashboard<G>(d: { sims: Simulators; on: G; off: G; levels: number[]; warmupS: number; load: Load<G> }): Promise<CacheRow[]> {
  const scenario = SCENARIOS.find((s) => s.operation === 'reporter/sessions-with-client-block-state.graphql')!;
  const body = JSON.stringify({ query: operationText(scenario.operation), variables: scenario.variables(d.sims) });
  // autocannon returns while operations it abandoned still run upstream: let them land before counting.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));
  const rows: CacheRow[] = [];
  for (const g of [d.on, d.off]) await d.load(g, body, 10, d.warmupS);
  for (const c of d.levels) {
    await settle();
    d.sims.resetLogs();
    const cached = await d.load(d.on, body, c);
    await settle();
    const cachedUpstream = d.sims.counts().total;
    d.sims.resetLogs();
    const uncached = await d.load(d.off, body, c);
    await settle();
    const uncachedUpstream = d.sims.counts().total;
    d.sims.resetLogs();
    rows.push({ concurrency: c, cached, uncached, cachedUpstream, uncachedUpstream });
    console.log(
      `${CACHED_DASHBOARD.slice(0, 48).padEnd(48)} c=${String(c).padStart(3)}  cached ${round(cached.rps, 0)} ops/s p50 ${round(cached.p50, 1)} ms (${cachedUpstream} upstream)  uncached ${round(uncached.rps, 0)} ops/s p50 ${round(uncached.p50, 1)} ms (${uncachedUpstream} upstream)`,
    );
  }
  return rows;
}

/** The RESULTS.md section; `ms` renders a latency (a dash when nothing finished). */
export function renderCache(rows: CacheRow[], run: { date: string; durationS: number; note?: string } | undefined, ms: (r: LoadResult, f: 'p50' | 'p99') => string): string[] {
  const when = run ? ` Measured ${run.date}, ${run.durationS} s per measurement${run.note ? `, ${run.note}` : ''}.` : '';
  return [
    `## ${CACHED_DASHBOARD}`,
    '',
    `The same dashboard operation on two gateways of the same build, in turn at each level; the cache lives 5 s (\`RESPONSE_CACHE_TTL_MS\`). Since issue 21 identical misses wait for one execution (see its section below); in rows measured before that, every operation in flight when the entry expired missed, so the cached gateway's upstream count grew with concurrency (c × 2 requests per expiry), still a fraction of the uncached one's.${when}`,
    '',
    '| c | cached ops/s | uncached ops/s | throughput × | cached p50 ms | uncached p50 ms | cached p99 ms | uncached p99 ms | upstream requests cached / uncached |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (l) =>
        `| ${l.concurrency} | ${round(l.cached.rps, 0)} | ${round(l.uncached.rps, 0)} | ${l.uncached.rps > 0 ? round(l.cached.rps / l.uncached.rps, 1) : '—'} | ${ms(l.cached, 'p50')} | ${ms(l.uncached, 'p50')} | ${ms(l.cached, 'p99')} | ${ms(l.uncached, 'p99')} | ${l.cachedUpstream} / ${l.uncachedUpstream} |`,
    ),
  ];
}
