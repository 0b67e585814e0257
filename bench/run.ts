import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { backendEnv } from './lib/backend-env.js';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Agent } from 'undici';
import type { LoggedRequest } from '../src/simulators/harness.js';
import { startSimulators, type Simulators } from '../src/simulators/index.js';
import { CACHED_DASHBOARD, compareCachedDashboard, type CacheRow } from './lib/cache-compare.js';
import { runClosedLoop } from './lib/direct.js';
import { measureFloor, type FloorInput } from './lib/floor.js';
import { runLiveBench } from './lib/live-bench.js';
import { renderMarkdown, type Results, type Row } from './lib/render.js';
import { startRedis } from '../test/helpers/redis.js';
import { round, type LoadResult } from './lib/stats.js';
import { operationText, SCENARIOS, type Scenario } from './scenarios.js';

/**
 * `npm run bench`: simulators with a fixed latency, the gateway in its own process (batched, and a
 * naive one with batching and caching off), autocannon as the load generator, and a hand-written
 * direct baseline replaying the minimal upstream calls in the best parallel order. Writes
 * bench/results.json and bench/RESULTS.md. The gateways run with authentication on (one API key with
 * every scope) and the load generator sends it, as a deployment would; `--auth-cost` instead measures
 * what authentication costs per operation (the same scenario on an auth-on and an auth-off gateway).
 */
const { values: opts } = parseArgs({
  options: {
    latency: { type: 'string', default: '20' },
    duration: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '1,10,100' },
    only: { type: 'string' },
    // `dist` (default) measures the production build (`npm run build`, plain node); `tsx` the
    // sources as `npm start` runs them.
    runtime: { type: 'string', default: 'dist' },
    // Extra node flags for both gateway processes, e.g. --gateway-flags=--max-semi-space-size=4.
    'gateway-flags': { type: 'string', default: '' },
    // Re-render RESULTS.md from the committed results.json (after editing findings.md), no run.
    'render-only': { type: 'boolean', default: false },
    // Auth-on vs auth-off gateway on the selected scenarios (use --only); prints, writes nothing.
    'auth-cost': { type: 'boolean', default: false },
    // The live scenario alone (bench/lib/live-bench.ts), merged into results.json and RESULTS.md.
    live: { type: 'boolean', default: false },
    'live-interval': { type: 'string', default: '5000' },
    'live-subscribers': { type: 'string', default: '1000' },
  },
});
const LATENCY = Number(opts.latency);
const DURATION = Number(opts.duration);
const LEVELS = opts.concurrency!.split(',').map(Number);
const WARMUP_S = Number(opts.warmup);

const GATEWAY_FLAGS = opts['gateway-flags']!.split(/\s+/).filter(Boolean);
if (opts.runtime !== 'dist' && opts.runtime !== 'tsx') throw new Error(`--runtime must be dist or tsx, not ${opts.runtime}`);

interface GatewayStats {
  cpuMicros: number;
  rss: number;
  /** Peak RSS since the previous stats answer. */
  peakRss: number;
  /** The live queries' figures: queries, subscribers and the switchboard_live_* counters. */
  live?: Record<string, number>;
}

interface GatewayProc {
  child: ChildProcess;
  url: string;
  /** What every request to it carries: the bench's API key when auth is on. */
  headers: Record<string, string>;
  /** `gc`: after a full collection (the gateway runs with --expose-gc in the live bench). */
  stats(gc?: boolean): Promise<GatewayStats>;
  stop(): Promise<void>;
}

function gatewayEntry(): { file: string; execArgv: string[] } {
  if (opts.runtime === 'tsx') return { file: new URL('./lib/gateway-process.ts', import.meta.url).pathname, execArgv: ['--import', 'tsx', ...GATEWAY_FLAGS] };
  const root = new URL('..', import.meta.url).pathname;
  const built = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
  return { file: `${root}dist/bench/lib/gateway-process.js`, execArgv: GATEWAY_FLAGS };
}

/** One API key with every scope, written hashed to a temp API_KEYS_FILE, as an operator would issue it. */
const BENCH_KEY = randomBytes(32).toString('hex');
const KEYS_FILE = (() => {
  const file = join(mkdtempSync(join(tmpdir(), 'switchboard-bench-')), 'keys.json');
  const scopes = ['read', 'labels', 'block', 'experiments', 'reports', 'tags', 'metrics', 'adhoc'];
  writeFileSync(file, JSON.stringify({ keys: [{ name: 'bench', sha256: createHash('sha256').update(BENCH_KEY).digest('hex'), scopes }] }));
  return file;
})();

async function startGateway(sims: Simulators, naive: boolean, entry: { file: string; execArgv: string[] }, auth = true, cache = false, extra: { env?: Record<string, string>; execArgv?: string[] } = {}): Promise<GatewayProc> {
  const child = fork(entry.file, [], {
    execArgv: [...entry.execArgv, ...(extra.execArgv ?? [])],
    env: {
      ...process.env,
      ...backendEnv(sims),
      BENCH_NAIVE: naive ? '1' : '0',
      // The scenarios repeat one operation: with the response cache on they would measure the cache.
      // Only the cached-dashboard comparison turns it on (cachedDashboard()).
      RESPONSE_CACHE: cache ? 'on' : 'off',
      ...(auth ? { API_KEYS_FILE: KEYS_FILE } : {}),
      // As `npm run start:dist` runs it: graphql-js skips its development-only instanceOf checks.
      ...(opts.runtime === 'dist' ? { NODE_ENV: 'production' } : {}),
      LOG_LEVEL: 'warn',
      ...extra.env,
    },
  });
  const port = await new Promise<number>((resolve) => child.once('message', (m: { port: number }) => resolve(m.port)));
  const ask = (gc = false) =>
    new Promise<GatewayStats>((resolve) => {
      child.once('message', (m: GatewayStats) => resolve(m));
      child.send({ type: 'stats', gc });
    });
  return {
    child,
    url: `http://127.0.0.1:${port}/graphql`,
    headers: auth ? { authorization: `Bearer ${BENCH_KEY}` } : {},
    stats: ask,
    stop: () => new Promise((resolve) => (child.once('exit', () => resolve()), child.send({ type: 'stop' }))),
  };
}

async function gqlText(g: GatewayProc, query: string, variables: Record<string, unknown>): Promise<string> {
  const res = await fetch(g.url, { method: 'POST', headers: { 'content-type': 'application/json', ...g.headers }, body: JSON.stringify({ query, variables }) });
  if (res.status === 401) throw new Error(`${g.url}: 401 (the bench's API key was refused)`);
  return res.text();
}

async function gql(g: GatewayProc, query: string, variables: Record<string, unknown>): Promise<{ data?: unknown; errors?: unknown[] }> {
  return JSON.parse(await gqlText(g, query, variables)) as { data?: unknown; errors?: unknown[] };
}

function cannon(g: GatewayProc, body: string, connections: number, duration = DURATION): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: g.url, method: 'POST', headers: { 'content-type': 'application/json', ...g.headers }, body, connections, duration },
      (err, r) => {
        if (err) return reject(err);
        resolve({ p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, count: r.requests.total, errors: r.errors + r.non2xx });
      },
    );
  });
}

/** Replays the gateway's own upstream requests, stage by stage, each stage in parallel. */
function directOp(sims: Simulators, scenario: Scenario, recorded: LoggedRequest[], agent: Agent): (() => Promise<void>) & { requests: FloorInput['requests'] } {
  const origin = (r: LoggedRequest) => {
    for (const s of [sims.reporter, sims.uis, sims.leeloo]) if (s.log.includes(r)) return s.url;
    throw new Error('unknown simulator');
  };
  const prepared = scenario.stages.map((stage) =>
    recorded
      .filter((r) => stage.includes(r.endpoint))
      .map((r) => {
        const qs = new URLSearchParams();
        for (const [k, v] of Object.entries(r.query)) for (const x of Array.isArray(v) ? v : [v]) qs.append(k, x);
        const headers: Record<string, string> = { accept: 'application/json' };
        if (r.body !== undefined) headers['content-type'] = 'application/json';
        const auth = r.headers['x-leeloo-authtoken'];
        if (typeof auth === 'string') headers['x-leeloo-authtoken'] = auth;
        return { origin: origin(r), path: `${r.path}${qs.size ? `?${qs}` : ''}`, method: r.method, body: r.body === undefined ? undefined : JSON.stringify(r.body), headers, endpoint: r.endpoint };
      }),
  );
  const send = async (req: (typeof prepared)[number][number]) => {
    const res = await agent.request({ origin: req.origin, path: req.path, method: req.method as 'GET', body: req.body, headers: req.headers });
    await res.body.text();
    if (res.statusCode >= 400) throw new Error(`${req.endpoint}: ${res.statusCode}`);
  };
  const run = async () => {
    for (const stage of prepared) {
      const bound = scenario.bounded?.[stage[0]?.endpoint ?? ''] ?? stage.length;
      for (let i = 0; i < stage.length; i += bound) await Promise.all(stage.slice(i, i + bound).map(send));
    }
  };
  return Object.assign(run, { requests: prepared.flat() });
}


async function main() {
  const sims = await startSimulators({ seed: 42, latencyMs: LATENCY, uisLimits: { minuteLimit: 1e9, dayLimit: 1e12 } });
  const entry = gatewayEntry();
  let idleRssMb = 0;
  const agent = new Agent({ connections: 32, headersTimeout: 10_000, bodyTimeout: 10_000, keepAliveTimeout: 10_000 });
  const rows: Row[] = [];
  let gateway: GatewayProc | undefined;
  let naive: GatewayProc | undefined;
  const scenarios = SCENARIOS.filter((s) => !opts.only || s.name.includes(opts.only));
  let cache: CacheRow[] | undefined;
  try {
    if (!opts.only || CACHED_DASHBOARD.includes(opts.only)) {
      const [on, off] = [await startGateway(sims, false, entry, true, true), await startGateway(sims, false, entry, true, false)];
      try {
        cache = await compareCachedDashboard({ sims, on, off, levels: LEVELS, warmupS: WARMUP_S, load: cannon });
      } finally {
        await Promise.all([on.stop(), off.stop()]);
      }
    }
    for (const scenario of scenarios) {
      // Fresh gateway processes per scenario: V8 keeps the heap it grew, so a shared process would
      // carry one scenario's peak RSS into the next one's figures.
      gateway = await startGateway(sims, false, entry);
      naive = await startGateway(sims, true, entry);
      idleRssMb = Math.max(idleRssMb, (await gateway.stats()).rss / 1048576);
      const query = operationText(scenario.operation);
      const variables = scenario.variables(sims);
      const body = JSON.stringify({ query, variables });
      // Warm both gateways (the UIS account zone is cached per client), then count one operation each.
      for (const g of [gateway, naive]) {
        const warm = await gql(g, query, variables);
        if (warm.errors) throw new Error(`${scenario.name}: ${JSON.stringify(warm.errors).slice(0, 300)}`);
      }
      sims.resetLogs();
      const response = await gqlText(gateway, query, variables);
      const requests = sims.counts().total;
      const recorded = [...sims.reporter.log, ...sims.uis.log, ...sims.leeloo.log];
      const direct = directOp(sims, scenario, recorded, agent);
      const floorMs = await measureFloor({ requests: direct.requests, response }, agent);
      sims.resetLogs();
      await gql(naive, query, variables);
      const naiveRequests = sims.counts().total;
      // One operation leaves the resolvers in the interpreter; a second of load lets V8 optimise
      // them (and fills the connection pools) so the first measured level is not a JIT warm-up.
      await cannon(gateway, body, 10, WARMUP_S);
      await cannon(naive, body, 10, WARMUP_S);
      await runClosedLoop(direct, 10, WARMUP_S * 1000);
      sims.resetLogs();

      const row: Row = { scenario: scenario.name, pinned: scenario.pinned, requests, naiveRequests, floorMs, levels: [] };
      for (const c of LEVELS) {
        const before = await gateway.stats();
        const g = await cannon(gateway, body, c);
        const after = await gateway.stats();
        sims.resetLogs();
        const d = await runClosedLoop(direct, c, DURATION * 1000);
        const n = await cannon(naive, body, c);
        sims.resetLogs();
        const peakRssMb = after.peakRss / 1048576;
        row.levels.push({ concurrency: c, gateway: g, direct: d, naive: n, cpuMsPerOp: (after.cpuMicros - before.cpuMicros) / 1000 / Math.max(1, g.count), peakRssMb });
        console.log(
          `${scenario.name.padEnd(48)} c=${String(c).padStart(3)}  gw p50 ${round(g.p50, 1)} ms  direct p50 ${round(d.p50, 1)} ms  ratio ${round(g.p50 / d.p50)}  naive p50 ${round(n.p50, 1)} ms  req ${requests}/${naiveRequests}  peak RSS ${round(peakRssMb, 0)} MB`,
        );
      }
      rows.push(row);
      await Promise.all([gateway.stop(), naive.stop()]);
      gateway = naive = undefined;
    }
  } finally {
    await gateway?.stop();
    await naive?.stop();
    await agent.close();
    await sims.close();
  }
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: round(totalmem() / 2 ** 30, 1), node: process.version };
  const gatewayRun = { runtime: opts.runtime, flags: GATEWAY_FLAGS, idleRssMb: round(idleRssMb, 0) };
  const results = { date: new Date().toISOString(), latencyMs: LATENCY, durationS: DURATION, warmupS: WARMUP_S, machine, gateway: gatewayRun, rows, cache };
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(new URL('./RESULTS.md', import.meta.url), renderMarkdown(results));
  console.log('\nwrote bench/results.json and bench/RESULTS.md');
}

/**
 * `--auth-cost`: what authentication adds per operation. The same scenario on two fresh gateways, one
 * with the API key configured (every request carries `Authorization: Bearer`), one with auth off;
 * each level runs both in turn and prints p50 and gateway CPU per operation, and the difference.
 */
async function authCost() {
  const sims = await startSimulators({ seed: 42, latencyMs: LATENCY, uisLimits: { minuteLimit: 1e9, dayLimit: 1e12 } });
  const entry = gatewayEntry();
  const scenarios = SCENARIOS.filter((s) => !opts.only || s.name.includes(opts.only)).slice(0, opts.only ? undefined : 1);
  const procs: GatewayProc[] = [];
  try {
    for (const scenario of scenarios) {
      const on = await startGateway(sims, false, entry, true);
      const off = await startGateway(sims, false, entry, false);
      procs.push(on, off);
      const query = operationText(scenario.operation);
      const variables = scenario.variables(sims);
      const body = JSON.stringify({ query, variables });
      for (const g of [on, off]) {
        const warm = await gql(g, query, variables);
        if (warm.errors) throw new Error(`${scenario.name}: ${JSON.stringify(warm.errors).slice(0, 300)}`);
        await cannon(g, body, 10, WARMUP_S);
      }
      for (const c of LEVELS) {
        const measure = async (g: GatewayProc) => {
          const before = await g.stats();
          const r = await cannon(g, body, c);
          const after = await g.stats();
          sims.resetLogs();
          return { r, cpuMsPerOp: (after.cpuMicros - before.cpuMicros) / 1000 / Math.max(1, r.count) };
        };
        const a = await measure(on);
        const b = await measure(off);
        console.log(
          `${scenario.name.padEnd(48)} c=${String(c).padStart(3)}  auth on: p50 ${round(a.r.p50, 2)} ms, CPU ${round(a.cpuMsPerOp, 3)} ms/op, ${round(a.r.rps, 0)} ops/s, ${a.r.errors} errors` +
            `  |  auth off: p50 ${round(b.r.p50, 2)} ms, CPU ${round(b.cpuMsPerOp, 3)} ms/op, ${round(b.r.rps, 0)} ops/s  |  auth cost: ${round(a.cpuMsPerOp - b.cpuMsPerOp, 3)} ms CPU/op, ${round(a.r.p50 - b.r.p50, 2)} ms p50`,
        );
      }
      await Promise.all([on.stop(), off.stop()]);
      procs.length = 0;
    }
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await sims.close();
  }
}

/**
 * `--live`: the live scenario alone (bench/lib/live-bench.ts), on simulators with the UIS simulator's
 * default points budget (the distinct queries must fit in it), merged into results.json (the other
 * rows stay as they were measured) and RESULTS.md.
 */
async function live() {
  const uisMinuteLimit = 20_000;
  const sims = await startSimulators({ seed: 42, latencyMs: LATENCY, uisLimits: { minuteLimit: uisMinuteLimit } });
  const entry = gatewayEntry();
  const load = () => loadavg().map((n) => round(n, 1));
  const loads = [load()];
  try {
    const results = await runLiveBench({
      sims,
      // --expose-gc: RSS is read after a full collection (bench/lib/gateway-process.ts).
      start: (env) => startGateway(sims, false, entry, true, false, { env, execArgv: ['--expose-gc'] }),
      redis: startRedis,
      intervalMs: Number(opts['live-interval']),
      subscribers: Number(opts['live-subscribers']),
      distinct: 100,
      rounds: 20,
      uisMinuteLimit,
    });
    loads.push(load());
    const file = new URL('./results.json', import.meta.url);
    const all = JSON.parse(readFileSync(file, 'utf8')) as Results;
    all.live = results;
    all.liveRun = {
      date: new Date().toISOString(),
      machine: `${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}`,
      latencyMs: LATENCY,
      loadavg: loads.map((l) => l.join(' / ')).join(' at the start, ') + ' at the end',
    };
    writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
    writeFileSync(new URL('./RESULTS.md', import.meta.url), renderMarkdown(all));
    console.log('\nwrote the live section of bench/results.json and bench/RESULTS.md');
  } finally {
    await sims.close();
  }
}

if (opts['auth-cost']) {
  await authCost();
} else if (opts.live) {
  await live();
} else if (opts['render-only']) {
  const results = JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8')) as Results;
  writeFileSync(new URL('./RESULTS.md', import.meta.url), renderMarkdown(results));
  console.log('wrote bench/RESULTS.md from bench/results.json');
} else {
  await main();
}
