import { performance } from 'node:perf_hooks';
import type { Simulators } from '../../src/simulators/index.js';
import { operationText } from '../scenarios.js';
import { allReceived, subscribeMany, type Subscriber } from './live-subscribers.js';
import { percentile, round } from './stats.js';

/**
 * The live scenario (issue 20, "Measured"): 1 000 subscribers of the dashboard's live sessions page
 * on one replica and on two replicas sharing Redis, and 100 distinct live calls pages.
 *
 * - reads per interval: upstream requests of the query over several quiet intervals ÷ intervals;
 * - RSS added per 1 000 subscribers: the gateways' RSS after a full GC, with and without them;
 * - change → last subscriber's push: a label put on the first session at the Reporter itself (seen at
 *   the next poll, so up to one interval plus the execution and the fan-out), and through a mutation
 *   on the first replica (re-run at once: execution + fan-out, + the Redis hop with two replicas).
 */

export interface LiveGateway {
  url: string;
  headers: Record<string, string>;
  stats(gc?: boolean): Promise<{ rss: number; heapUsed?: number; live?: Record<string, number> }>;
  stop(): Promise<void>;
}

export interface LiveBenchDeps {
  sims: Simulators;
  /** A gateway process LIVE against `sims`, with these variables added. */
  start(env: Record<string, string>): Promise<LiveGateway>;
  redis(): Promise<{ url: string; stop(): Promise<void> }>;
  intervalMs: number;
  subscribers: number;
  distinct: number;
  /** Changes timed per kind. */
  rounds: number;
  /** The UIS simulator's points per minute (§11.8), what the distinct queries' polls draw from. */
  uisMinuteLimit: number;
}

export interface Latency {
  rounds: number;
  /** Over rounds: the time to the last subscriber's push. */
  lastP50: number;
  lastP99: number;
  lastMax: number;
  /** Over every subscriber's push of every round. */
  allP50: number;
}

export interface FanOutRow {
  setup: string;
  replicas: number;
  subscribers: number;
  /** Opening every stream and receiving every first result. */
  connectMs: number;
  readsPerInterval: number;
  /** Pushes during the quiet intervals (nothing changed): should be 0. */
  quietPushes: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  rssPer1000Mb: number;
  /** The JS heap in use after a full GC, with the subscribers minus before them, per 1 000. */
  heapPer1000Mb: number;
  polled: Latency;
  announced: Latency;
  /** Executions over the whole row, summed over the replicas (switchboard_live_executions_total). */
  executions: number;
}

export interface DistinctRow {
  queries: number;
  intervals: number;
  readsPerInterval: number;
  rateLimitedExecutions: number;
  uisPointsPerMinute: number;
  uisMinuteLimit: number;
  /** An ordinary calls page (not live) while no live query runs and while the 100 poll. */
  ordinaryP50IdleMs: number;
  ordinaryP50LoadedMs: number;
}

export interface LiveResults {
  intervalMs: number;
  fanOut: FanOutRow[];
  distinct?: DistinctRow;
}

const SESSIONS = operationText('reporter/live-sessions.graphql');
const CALLS = operationText('uis/LiveCalls.graphql');
const CALLS_PAGE = operationText('uis/CallsWithEmployeesAndTags.graphql');
const ADD = operationText('reporter/mutation-add-session-label.graphql');
const REMOVE = operationText('reporter/mutation-remove-session-label.graphql');
const SESSION_READ = 'POST sessions/filter';
const DAY = 86_400_000;
const MB = 1_048_576;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function gql(g: LiveGateway, query: string, variables: Record<string, unknown>): Promise<{ data?: any; errors?: unknown[] }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(g.url, { method: 'POST', headers: { 'content-type': 'application/json', ...g.headers }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: unknown; errors?: unknown[] };
}

const sum = (stats: Array<{ live?: Record<string, number> }>, prefix: string) =>
  stats.reduce((n, s) => n + Object.entries(s.live ?? {}).filter(([k]) => k.startsWith(prefix)).reduce((m, [, v]) => m + v, 0), 0);

function latency(rounds: Array<{ last: number; all: number[] }>): Latency {
  const last = rounds.map((r) => r.last).sort((a, b) => a - b);
  const all = rounds.flatMap((r) => r.all).sort((a, b) => a - b);
  return { rounds: rounds.length, lastP50: round(percentile(last, 50), 0), lastP99: round(percentile(last, 99), 0), lastMax: round(last.at(-1)!, 0), allP50: round(percentile(all, 50), 0) };
}

/** Times `rounds` changes: `change()` makes one; every subscriber must then receive one more push. */
async function timeChanges(subs: Subscriber[], rounds: number, timeoutMs: number, before: () => Promise<void>, change: () => Promise<number>) {
  const out: Array<{ last: number; all: number[] }> = [];
  for (let i = 0; i < rounds; i++) {
    await before();
    const n = subs[0]!.pushes.length + 1;
    if (subs.some((s) => s.pushes.length !== n - 1)) throw new Error('subscribers disagree on the number of pushes before a change');
    const t0 = await change();
    const last = await allReceived(subs, n, timeoutMs);
    out.push({ last: last - t0, all: subs.map((s) => s.pushes[n - 1]! - t0) });
  }
  return latency(out);
}

export async function fanOut(d: LiveBenchDeps, replicas: 1 | 2): Promise<FanOutRow> {
  const redis = replicas === 2 ? await d.redis() : undefined;
  const env = {
    LIVE_POLL_INTERVAL_MS: String(d.intervalMs),
    // One API key holds every stream: the per-caller and process bounds (20 / 1 000) are raised.
    MAX_SUBSCRIPTIONS: String(d.subscribers * 2),
    MAX_SUBSCRIPTIONS_PER_CALLER: String(d.subscribers * 2),
    MAX_CONNECTIONS: String(d.subscribers * 2),
    ...(redis ? { REDIS_URL: redis.url } : {}),
  };
  const gateways: LiveGateway[] = [];
  let subs: Subscriber[] = [];
  try {
    for (let i = 0; i < replicas; i++) gateways.push(await d.start(env));
    const [first] = gateways;
    const page = await gql(first!, SESSIONS, { first: 25 });
    if (page.errors) throw new Error(`live sessions: ${JSON.stringify(page.errors).slice(0, 300)}`);
    const session = page.data.sessions.edges[0].node as { id: string; sessionId: string; labels: Array<{ labelId: string }> };
    const label = d.sims.dataset.reporter.sessionLabels.find((l) => !session.labels.some((x) => x.labelId === String(l.id)))!;
    const before = await Promise.all(gateways.map((g) => g.stats(true)));

    const t = performance.now();
    subs = await subscribeMany(d.subscribers, (i) => ({ url: gateways[i % replicas]!.url, headers: gateways[i % replicas]!.headers, query: SESSIONS, variables: { first: 25 } }));
    await allReceived(subs, 1, 60_000);
    const connectMs = performance.now() - t;
    if (subs.some((s) => s.firstErrors)) throw new Error(`a first push carried errors: ${JSON.stringify(subs.find((s) => s.firstErrors)!.firstErrors).slice(0, 300)}`);
    // Let the leases settle (a follower replica catches up at its first tick), then measure quiet intervals.
    await sleep(2 * d.intervalMs);
    const after = await Promise.all(gateways.map((g) => g.stats(true)));
    const pushed = subs.reduce((n, s) => n + s.pushes.length, 0);
    d.sims.resetLogs();
    const quiet = 5;
    await sleep(quiet * d.intervalMs);
    const readsPerInterval = d.sims.reporter.count(SESSION_READ) / quiet;
    const quietPushes = subs.reduce((n, s) => n + s.pushes.length, 0) - pushed;

    // A label made at the Reporter by no gateway: at a random moment of the poll cycle.
    let present = false;
    const reporter = `${d.sims.urls.reporter}/reporter/p/${d.sims.tokens.reporter}/session-labels/sessions?sessionId=${encodeURIComponent(session.sessionId)}`;
    const polled = await timeChanges(subs, d.rounds, 3 * d.intervalMs + 5_000, () => sleep(Math.random() * d.intervalMs), async () => {
      const res = await fetch(reporter, { method: present ? 'DELETE' : 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ labelId: label.id }) });
      await res.arrayBuffer();
      present = !present;
      return performance.now();
    });
    // The same change through a mutation on the first replica: announced at once, on every replica.
    const announced = await timeChanges(subs, d.rounds, 5_000, () => sleep(200), async () => {
      const t0 = performance.now();
      const res = await gql(first!, present ? REMOVE : ADD, { sessionId: session.id, labelId: String(label.id) });
      if (res.errors) throw new Error(`mutation: ${JSON.stringify(res.errors).slice(0, 300)}`);
      present = !present;
      return t0;
    });
    const end = await Promise.all(gateways.map((g) => g.stats()));
    const rssBefore = before.reduce((n, s) => n + s.rss, 0);
    const rssAfter = after.reduce((n, s) => n + s.rss, 0);
    return {
      setup: replicas === 1 ? 'one replica' : 'two replicas sharing Redis',
      replicas,
      subscribers: d.subscribers,
      connectMs: round(connectMs, 0),
      readsPerInterval: round(readsPerInterval, 2),
      quietPushes,
      rssBeforeMb: round(rssBefore / MB, 0),
      rssAfterMb: round(rssAfter / MB, 0),
      rssPer1000Mb: round(((rssAfter - rssBefore) / MB / d.subscribers) * 1000, 1),
      heapPer1000Mb: round(((after.reduce((n, s) => n + (s.heapUsed ?? 0), 0) - before.reduce((n, s) => n + (s.heapUsed ?? 0), 0)) / MB / d.subscribers) * 1000, 1),
      polled,
      announced,
      executions: sum(end, 'switchboard_live_executions_total'),
    };
  } finally {
    for (const s of subs) s.close();
    await Promise.all(gateways.map((g) => g.stop()));
    await redis?.stop();
  }
}

/** `distinct` live calls pages (one day each, one subscriber each) on one replica: reads per interval, and the UIS budget. */
export async function distinctQueries(d: LiveBenchDeps): Promise<DistinctRow> {
  const g = await d.start({ LIVE_POLL_INTERVAL_MS: String(d.intervalMs), MAX_SUBSCRIPTIONS_PER_CALLER: String(d.distinct * 2) });
  let subs: Subscriber[] = [];
  try {
    const anchor = d.sims.dataset.anchor.getTime();
    const day = (i: number) => ({ from: new Date(anchor - (i + 1) * DAY).toISOString(), to: new Date(anchor - i * DAY - 1000).toISOString() });
    const ordinary = async () => {
      const times: number[] = [];
      for (let i = 0; i < 30; i++) {
        const t = performance.now();
        const res = await gql(g, CALLS_PAGE, { period: day(i % 7), first: 25 });
        if (res.errors) throw new Error(`calls: ${JSON.stringify(res.errors).slice(0, 300)}`);
        times.push(performance.now() - t);
      }
      return round(percentile(times.sort((a, b) => a - b), 50), 1);
    };
    await ordinary(); // warms the resolvers and the pool, so the two figures below compare like with like
    const idle = await ordinary();
    subs = await subscribeMany(d.distinct, (i) => ({ url: g.url, headers: g.headers, query: CALLS, variables: { period: day(i), first: 25 } }));
    await allReceived(subs, 1, 60_000);
    await sleep(d.intervalMs);
    const start = await g.stats();
    d.sims.resetLogs();
    const t = performance.now();
    const loaded = await ordinary();
    await sleep(Math.max(0, 5 * d.intervalMs - (performance.now() - t)));
    // Each query's next poll is scheduled when its previous one ends, so a loaded replica polls a
    // little less often than once per nominal interval; the figure is per elapsed interval.
    const intervals = (performance.now() - t) / d.intervalMs;
    const reads = d.sims.uis.count('get.calls_report') - 30;
    const end = await g.stats();
    const limited = Object.entries(end.live ?? {}).filter(([k]) => k.includes('rate_limited')).reduce((n, [, v]) => n + v, 0);
    const limitedBefore = Object.entries(start.live ?? {}).filter(([k]) => k.includes('rate_limited')).reduce((n, [, v]) => n + v, 0);
    return {
      queries: d.distinct,
      intervals: round(intervals, 1),
      readsPerInterval: round(reads / intervals, 1),
      rateLimitedExecutions: limited - limitedBefore,
      uisPointsPerMinute: round((reads / intervals) * (60_000 / d.intervalMs), 0),
      uisMinuteLimit: d.uisMinuteLimit,
      ordinaryP50IdleMs: idle,
      ordinaryP50LoadedMs: loaded,
    };
  } finally {
    for (const s of subs) s.close();
    await g.stop();
  }
}

export async function runLiveBench(d: LiveBenchDeps): Promise<LiveResults> {
  const fan: FanOutRow[] = [];
  for (const replicas of [1, 2] as const) {
    const row = await fanOut(d, replicas);
    console.log(`live: ${d.subscribers} subscribers, ${row.setup}: ${row.readsPerInterval} reads/interval, +${row.rssPer1000Mb} MB RSS per 1 000, change → last push p50 ${row.polled.lastP50} ms (polled) / ${row.announced.lastP50} ms (announced)`);
    fan.push(row);
  }
  const distinct = await distinctQueries(d);
  console.log(`live: ${distinct.queries} distinct queries: ${distinct.readsPerInterval} reads/interval, ${distinct.rateLimitedExecutions} rate-limited executions`);
  return { intervalMs: d.intervalMs, fanOut: fan, distinct };
}
