/** bench/resilience.json, written by `npm run bench:resilience` and rendered into RESULTS.md by run.ts. */
export interface HerdRow {
  cache: 'on' | 'off';
  sharedReads: 'on' | 'off';
  /** cold: nothing cached yet; expiry: just after the cached answer expired. */
  phase: 'cold' | 'expiry';
  /** Upstream requests for the 50 identical queries, per run. */
  upstream: number[];
  /** Median latency of the 50, per run. */
  p50Ms: number[];
}

export interface HungRow {
  variant: 'no bulkheads, no breakers' | 'bulkheads' | 'bulkheads and breakers (defaults)';
  reporterHealthyP50Ms: number;
  /** Undefined when no Reporter query was answered while UIS hung. */
  reporterP50Ms?: number;
  reporterMaxMs?: number;
  reporterAnswered: number;
  uisQueriesWhileHung: number;
  uisRequestsWhileHung: number;
  /** From UIS hanging to the first UIS query an open breaker answered. */
  failFastAfterMs?: number;
  uisFastP50Ms?: number;
  uisFastQueries: number;
  /** UIS requests (probes) sent while the breaker answered the UIS queries. */
  probesWhileFast?: number;
  /** From UIS answering again to the first UIS query with data. */
  recoveredAfterMs?: number;
}

export interface ResilienceResults {
  date: string;
  machine: { cpus: number; cpuModel: string; node: string; loadAvg: number[] };
  latencyMs: number;
  herd: HerdRow[];
  hung: HungRow[];
}

const list = (xs: number[]) => xs.join(' / ');
/** A figure, or a dash when there is none (no answer at all in the window: NaN, ±Infinity). */
const opt = (x: number | undefined, unit = '') => (x === undefined || !Number.isFinite(x) ? '—' : `${x}${unit}`);

/** The RESULTS.md section. */
export function renderResilience(r: ResilienceResults): string[] {
  return [
    '## Under pressure: shared reads, the herd, a hung backend (issue 21)',
    '',
    `\`npm run bench:resilience\`, run ${r.date} on ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}, simulators at ${r.latencyMs} ms per upstream request, the gateway in its own process (the sources under tsx). **Counts and latencies on a loaded machine**: other work shared its two cores (load average ${list(r.machine.loadAvg)} at the end of the run), so the latencies are upper bounds; the upstream counts do not depend on it. CPU and RSS beside the peers come later, on a quiet machine.`,
    '',
    '**Shared reads and the herd**: 50 identical dashboard queries (50 sessions with clients and labels, 1 upstream request alone) sent at once over 50 established keep-alive connections (as 50 browsers keep theirs); three runs each, a fresh gateway per run; `expiry` sends them just after the cached answer expired (`RESPONSE_CACHE_TTL_MS=1000`).',
    '',
    '| response cache | shared reads | when | upstream requests per 50 (3 runs) | p50 ms of the 50 (3 runs) |',
    '| --- | --- | --- | --- | --- |',
    ...r.herd.map((h) => `| ${h.cache} | ${h.sharedReads} | ${h.phase} | ${list(h.upstream)} | ${list(h.p50Ms)} |`),
    '',
    '**A hung backend**: UIS accepts every request and never answers; `UPSTREAM_TIMEOUT_MS=2000`, `MAX_CONCURRENT_OPERATIONS=8`; 16 clients loop on distinct UIS calls pages and one client loops on the Reporter dashboard (each a text of its own, so each executes) for 10 s, then UIS answers again for 8 s. "Fail fast after": from UIS hanging to the first UIS query an open breaker answered; "probes": UIS requests sent while the breaker answered the UIS queries; "recovered after": from UIS answering again to the first UIS query with data.',
    '',
    '| variant | Reporter p50 ms healthy → UIS hung | Reporter max ms, UIS hung | Reporter answers in 10 s | UIS queries / UIS requests while hung | fail fast after | UIS p50 ms failing fast | probes / UIS queries failing fast | recovered after |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...r.hung.map(
      (h) =>
        `| ${h.variant} | ${h.reporterHealthyP50Ms} → ${opt(h.reporterP50Ms)} | ${opt(h.reporterMaxMs)} | ${h.reporterAnswered} | ${h.uisQueriesWhileHung} / ${h.uisRequestsWhileHung} | ${opt(h.failFastAfterMs, ' ms')} | ${opt(h.uisFastP50Ms)} | ${h.probesWhileFast === undefined ? '—' : `${h.probesWhileFast} / ${h.uisFastQueries}`} | ${opt(h.recoveredAfterMs, ' ms')} |`,
    ),
  ];
}
