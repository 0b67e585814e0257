import type { LiveResults } from './live-bench.js';

export interface LiveRun {
  date: string;
  machine: string;
  latencyMs: number;
  /** The machine's load average during the run (1 / 5 / 15 min), which was shared with other work. */
  loadavg: string;
}

/** The RESULTS.md section of the live scenario (`npm run bench -- --live`). */
export function renderLive(r: LiveResults, run: LiveRun): string[] {
  const lines = [
    '## live queries: 1 000 subscribers of one dashboard query, 100 distinct queries',
    '',
    `Measured ${run.date} on ${run.machine}, by \`npm run bench -- --live\` (bench/lib/live-bench.ts): the production build in its own process(es), simulators at ${run.latencyMs} ms, \`LIVE_POLL_INTERVAL_MS=${r.intervalMs}\`, every stream a GraphQL-over-SSE connection of its own (as many browsers would hold), all under one API key (\`MAX_SUBSCRIPTIONS\`, \`MAX_SUBSCRIPTIONS_PER_CALLER\` and \`MAX_CONNECTIONS\` raised above their defaults of 1 000 / 20 / 1 000). The machine was loaded by other work during the run (load average ${run.loadavg} on 2 cores), so latencies are upper bounds; counts do not depend on it.`,
    '',
    'The query is the dashboard’s sessions page (`reporter/live-sessions.graphql`, 25 sessions with clients and labels). *Reads per interval*: its Reporter requests over 5 quiet intervals ÷ 5 (nothing changed, so nothing was pushed). *RSS per 1 000*: the gateways’ RSS after a full GC with the subscribers, minus before them (and the JS heap in use, the part V8 cannot keep for later). *Change → last push*: from a change to the moment the last of the subscribers received the new result, over the rounds; *polled*: a label put on the first session at the Reporter itself (by no gateway), at a random moment of the poll cycle, so it waits for the next poll (up to one interval); *announced*: the same label through a mutation on the first replica, which re-runs the query at once on whichever replica holds its lease and fans out through Redis.',
    '',
    '| setup | subscribers | open all + first result ms | reads per interval | pushes while quiet | RSS before → after MB | RSS per 1 000 subscribers MB | JS heap per 1 000 MB | polled change → last push p50 / p99 ms | announced change → last push p50 / p99 ms | every subscriber, announced p50 ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...r.fanOut.map(
      (f) =>
        `| ${f.setup} | ${f.subscribers} | ${f.connectMs} | ${f.readsPerInterval} | ${f.quietPushes} | ${f.rssBeforeMb} → ${f.rssAfterMb} | ${f.rssPer1000Mb} | ${f.heapPer1000Mb} | ${f.polled.lastP50} / ${f.polled.lastP99} (${f.polled.rounds} rounds) | ${f.announced.lastP50} / ${f.announced.lastP99} (${f.announced.rounds} rounds) | ${f.announced.allP50} |`,
    ),
  ];
  const d = r.distinct;
  if (d) {
    lines.push(
      '',
      `${d.queries} distinct live queries on one replica: the calls page (\`uis/LiveCalls.graphql\`) for ${d.queries} different days, one subscriber each. Reads per interval: **${d.readsPerInterval}** (\`get.calls_report\` over ${d.intervals} intervals, the ordinary requests below taken out; each query's next poll starts when its previous one ends, so a busy replica polls slightly less often than once per nominal interval). That is ${d.uisPointsPerMinute} UIS points per minute against the simulator's ${d.uisMinuteLimit} (§11.8; a real account's limits are per tariff); executions that met \`UPSTREAM_RATE_LIMITED\`: ${d.rateLimitedExecutions}. An ordinary calls page (\`uis/CallsWithEmployeesAndTags\`, 25 calls) took p50 ${d.ordinaryP50IdleMs} ms with no live query and ${d.ordinaryP50LoadedMs} ms while the ${d.queries} polled.`,
    );
  }
  return lines;
}
