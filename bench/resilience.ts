import { fork } from 'node:child_process';
import { backendEnv } from './lib/backend-env.js';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Agent } from 'undici';
import { startSimulators, type Simulators } from '../src/simulators/index.js';
import { renderResilience, type HerdRow, type HungRow, type ResilienceResults } from './lib/resilience-report.js';
import { percentile, round } from './lib/stats.js';
import { operationText } from './scenarios.js';

/**
 * `npm run bench:resilience` (issue 21): counts and latencies under pressure, against the simulators
 * (20 ms per upstream request) with the gateway in its own process (the sources under tsx):
 *
 * - shared reads and the herd: upstream requests for 50 identical dashboard queries sent at once,
 *   with the response cache off and on (cold, and just after the cached answer expired), with
 *   SHARED_READS on and off;
 * - a hung backend: UIS accepts requests and never answers (UPSTREAM_TIMEOUT_MS=2000,
 *   MAX_CONCURRENT_OPERATIONS=8, 16 clients looping on distinct UIS calls pages, one client looping on
 *   the Reporter dashboard): the Reporter's latency, how long until UIS queries fail fast, the UIS
 *   requests sent per UIS query once they do, and how long after UIS answers again until a UIS query
 *   gets data; with bulkheads and breakers off, bulkheads only, and both (the defaults).
 *
 * Writes bench/resilience.json; `npm run bench -- --render-only` puts it into bench/RESULTS.md.
 */
const LATENCY_MS = 20;
const DASHBOARD = operationText('reporter/sessions-with-clients-and-labels.graphql');
/** The dashboard as the n-th caller of the hung-backend scenario sends it: a text of its own, so each one executes (cache/coalesce.ts would hand a repeat the last answer). */
let callers = 0;
const ownDashboard = () => `${DASHBOARD}\n# caller ${++callers}`;
const CALLS = (first: number) => `query($period: CallPeriod!) { calls(period: $period, first: ${first}) { edges { node { id } } } }`;

interface Gateway {
  url: string;
  stop(): Promise<void>;
}

async function startGateway(sims: Simulators, env: Record<string, string>): Promise<Gateway> {
  const child = fork(new URL('./lib/gateway-process.ts', import.meta.url).pathname, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      ...backendEnv(sims),
      LOG_LEVEL: 'error',
      ...env,
    },
  });
  const port = await new Promise<number>((resolve) => child.once('message', (m: { port: number }) => resolve(m.port)));
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () => new Promise((resolve) => (child.once('exit', () => resolve()), child.send({ type: 'stop' }))),
  };
}

const agent = new Agent({ connections: 256, headersTimeout: 60_000, bodyTimeout: 60_000 });

interface Answer {
  ms: number;
  at: number;
  /** The first error's code, if any. */
  code?: string;
  /** Whether the answer said a breaker refused the call. */
  circuit?: string;
  data?: Record<string, unknown> | null;
  /** Requests the UIS simulator had received when this answer arrived. */
  uisSent?: number;
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const started = performance.now();
  const res = await agent.request({
    origin: new URL(url).origin,
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.body.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string; circuit?: string } }> };
  const ms = performance.now() - started;
  return { ms, at: performance.now(), code: body.errors?.[0]?.extensions?.code, circuit: body.errors?.[0]?.extensions?.circuit, data: body.data };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

async function herd(sims: Simulators): Promise<HerdRow[]> {
  const rows: HerdRow[] = [];
  for (const cache of ['off', 'on'] as const) {
    for (const shared of ['on', 'off'] as const) {
      for (const phase of cache === 'on' ? (['cold', 'expiry'] as const) : (['cold'] as const)) {
        const upstream: number[] = [];
        const p50: number[] = [];
        for (let run = 0; run < 3; run++) {
          const g = await startGateway(sims, { RESPONSE_CACHE: cache, SHARED_READS: shared, RESPONSE_CACHE_TTL_MS: '1000' });
          try {
            // Warm the process on another operation, over 50 connections: the 50 supervisors' browsers
            // keep theirs open, so the burst arrives on established connections, not 50 handshakes.
            await Promise.all(Array.from({ length: 50 }, () => post(g.url, '{ sessionLabels { id } }')));
            if (phase === 'expiry') {
              await post(g.url, DASHBOARD, { first: 50 });
              await sleep(1100);
            }
            sims.resetLogs();
            const answers = await Promise.all(Array.from({ length: 50 }, () => post(g.url, DASHBOARD, { first: 50 })));
            if (answers.some((a) => a.code)) throw new Error(`herd: ${answers.find((a) => a.code)!.code}`);
            upstream.push(sims.counts().total);
            p50.push(median(answers.map((a) => a.ms)));
          } finally {
            await g.stop();
          }
        }
        rows.push({ cache, sharedReads: shared, phase, upstream, p50Ms: p50.map((x) => round(x, 1)) });
        console.log(`herd: cache ${cache}, shared reads ${shared}, ${phase}: upstream ${upstream.join(' / ')}, p50 ${p50.map((x) => round(x, 0)).join(' / ')} ms`);
      }
    }
  }
  return rows;
}

async function hung(sims: Simulators, variant: HungRow['variant'], env: Record<string, string>): Promise<HungRow> {
  const g = await startGateway(sims, { RESPONSE_CACHE: 'off', UPSTREAM_TIMEOUT_MS: '2000', MAX_CONCURRENT_OPERATIONS: '8', ...env });
  const anchor = sims.dataset.anchor.getTime();
  const period = { from: new Date(anchor - 30 * 86_400_000).toISOString(), to: new Date(anchor).toISOString() };
  try {
    await post(g.url, CALLS(1), { period });
    const healthy: number[] = [];
    for (let i = 0; i < 20; i++) healthy.push((await post(g.url, ownDashboard(), { first: 50 })).ms);
    sims.resetLogs();
    sims.uis.setFault('*', { kind: 'hang' });
    const hungAt = performance.now();
    const HUNG_MS = 10_000;
    const RECOVER_MS = 8_000;
    let recoverAt = Number.POSITIVE_INFINITY;
    let stop = false;
    const uis: Answer[] = [];
    const reporter: Answer[] = [];
    const uisWorker = async (i: number) => {
      while (!stop) uis.push({ ...(await post(g.url, CALLS(i + 2), { period })), uisSent: sims.uis.count() });
    };
    const reporterWorker = async () => {
      while (!stop) reporter.push(await post(g.url, ownDashboard(), { first: 50 }));
    };
    const workers = [...Array.from({ length: 16 }, (_, i) => uisWorker(i)), reporterWorker()];
    await sleep(HUNG_MS);
    const uisSentWhileHung = sims.uis.count();
    sims.clearFaults();
    recoverAt = performance.now();
    await sleep(RECOVER_MS);
    stop = true;
    await Promise.all(workers);

    const whileHung = reporter.filter((a) => a.at - a.ms >= hungAt && a.at <= recoverAt);
    // Failing fast: the first UIS answer refused by an open breaker, and the UIS queries answered after it.
    const firstFast = uis.find((a) => a.circuit && a.at <= recoverAt);
    const fast = firstFast ? uis.filter((a) => a.at >= firstFast.at && a.at <= recoverAt) : [];
    const sentBeforeFast = firstFast?.uisSent ?? 0;
    const firstData = uis.find((a) => a.at >= recoverAt && a.data?.calls);
    const row: HungRow = {
      variant,
      reporterHealthyP50Ms: round(median(healthy), 1),
      // None answered in the window: no figure (null in the JSON, a dash in RESULTS.md).
      reporterP50Ms: whileHung.length ? round(median(whileHung.map((a) => a.ms)), 1) : undefined,
      reporterMaxMs: whileHung.length ? round(Math.max(...whileHung.map((a) => a.ms)), 1) : undefined,
      reporterAnswered: whileHung.length,
      uisQueriesWhileHung: uis.filter((a) => a.at <= recoverAt && a.at >= hungAt).length,
      uisRequestsWhileHung: uisSentWhileHung,
      failFastAfterMs: firstFast ? round(firstFast.at - hungAt, 0) : undefined,
      uisFastP50Ms: fast.length ? round(median(fast.map((a) => a.ms)), 1) : undefined,
      uisFastQueries: fast.length,
      probesWhileFast: firstFast ? uisSentWhileHung - sentBeforeFast : undefined,
      recoveredAfterMs: firstData ? round(firstData.at - recoverAt, 0) : undefined,
    };
    console.log(`hung UIS, ${variant}:`, JSON.stringify(row));
    return row;
  } finally {
    sims.clearFaults();
    await g.stop();
  }
}

async function main() {
  const sims = await startSimulators({ seed: 42, latencyMs: LATENCY_MS, uisLimits: { minuteLimit: 1e9, dayLimit: 1e12 } });
  try {
    const herdRows = await herd(sims);
    const hungRows = [
      await hung(sims, 'no bulkheads, no breakers', { BULKHEAD_SHARE: '100', BREAKER: 'off' }),
      await hung(sims, 'bulkheads', { BREAKER: 'off' }),
      await hung(sims, 'bulkheads and breakers (defaults)', {}),
    ];
    const results: ResilienceResults = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', node: process.version, loadAvg: loadavg().map((x) => round(x, 1)) },
      latencyMs: LATENCY_MS,
      herd: herdRows,
      hung: hungRows,
    };
    writeFileSync(new URL('./resilience.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${renderResilience(results).join('\n')}\n\nwrote bench/resilience.json (npm run bench -- --render-only puts it into RESULTS.md)`);
  } finally {
    await agent.close();
    await sims.close();
  }
}

await main();
