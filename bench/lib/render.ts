import { readFileSync } from 'node:fs';
import { renderCache, type CacheRow } from './cache-compare.js';
import type { LiveResults } from './live-bench.js';
import { renderLive, type LiveRun } from './live-render.js';
import { renderResilience, type ResilienceResults } from './resilience-report.js';
import { round, type LoadResult } from './stats.js';

/** bench/RESULTS.md from a run's results (bench/results.json), followed by the hand-written bench/findings.md. */

export interface Row {
  scenario: string;
  pinned: number;
  requests: number;
  naiveRequests: number;
  /** CPU ms of parsing this operation's upstream bodies and serialising its response (bench/lib/floor.ts). */
  floorMs?: number;
  levels: Array<{ concurrency: number; gateway: LoadResult; direct: LoadResult; naive: LoadResult; cpuMsPerOp: number; peakRssMb: number }>;
}

/** A latency, or a dash when no operation finished within the window. */
const ms = (r: LoadResult, field: 'p50' | 'p99') => (r.count === 0 ? '—' : String(round(r[field], 1)));

/** A ratio, or a dash when either side finished no operation within the window (nothing to divide). */
const ratio = (a: LoadResult, b: LoadResult, field: 'p50' | 'p99') => (a.count === 0 || b.count === 0 ? '—' : String(round(a[field] / b[field])));

export interface Results {
  date: string;
  latencyMs: number;
  durationS: number;
  warmupS: number;
  machine: Record<string, unknown>;
  gateway: { runtime: string | undefined; flags: string[]; idleRssMb: number };
  rows: Row[];
  cache?: CacheRow[];
  /** When the cache rows were measured in a run of their own (`--only cached`). */
  cacheRun?: { date: string; durationS: number; note?: string };
  /** The live scenario, measured in a run of its own (`--live`). */
  live?: LiveResults;
  liveRun?: LiveRun;
}

export function renderMarkdown(r: Results): string {
  const how = r.gateway.runtime === 'tsx' ? 'the sources under tsx' : 'the production build (`npm run build`) on plain node with `NODE_ENV=production`, as `npm run start:dist` runs it';
  const flags = r.gateway.flags.length ? ` with \`${r.gateway.flags.join(' ')}\`` : '';
  const lines = [
    '# Benchmark results',
    '',
    `Run ${r.date} on ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB, Node ${r.machine.node}; simulator latency ${r.latencyMs} ms per upstream request; ${r.durationS} s per measurement after ${r.warmupS} s of warm-up load per scenario. Reproduce with \`npm run bench\`.`,
    '',
    `The gateway ran as ${how}${flags}; a fresh gateway process per scenario; idle RSS at most ${r.gateway.idleRssMb} MB. Peak RSS is sampled every 10 ms in the gateway process during that row's measurement (V8 keeps what it grew, so a row carries its scenario's lower levels). A dash means no operation finished within the window.`,
    '',
    'Targets: requests = pinned minimum; gateway p50 ≤ 1.10 × direct; p99 ≤ 1.5 × direct; naive/gateway requests ≥ 10 on the dashboard; RSS ≤ 200 MB at concurrency 100.',
    '',
    '| scenario | c | req (pinned) | naive req | gw p50 ms | direct p50 ms | p50 ratio | gw p99 ms | direct p99 ms | p99 ratio | naive p50 / gw p50 | gw ops/s | gw CPU ms/op | floor ms/op | CPU ÷ floor | peak RSS MB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of r.rows) {
    for (const l of row.levels) {
      lines.push(
        `| ${row.scenario} | ${l.concurrency} | ${row.requests} (${row.pinned}) | ${row.naiveRequests} | ${ms(l.gateway, 'p50')} | ${ms(l.direct, 'p50')} | ${ratio(l.gateway, l.direct, 'p50')} | ${ms(l.gateway, 'p99')} | ${ms(l.direct, 'p99')} | ${ratio(l.gateway, l.direct, 'p99')} | ${ratio(l.naive, l.gateway, 'p50')} | ${round(l.gateway.rps, 0)} | ${round(l.cpuMsPerOp, 2)} | ${row.floorMs === undefined ? '—' : round(row.floorMs, 2)} | ${row.floorMs ? round(l.cpuMsPerOp / row.floorMs, 1) : '—'} | ${round(l.peakRssMb, 0)} |`,
      );
    }
  }
  if (r.cache?.length) lines.push('', ...renderCache(r.cache, r.cacheRun, ms));
  // `npm run bench:resilience` writes its own results file (a separate, shorter run).
  try {
    lines.push('', ...renderResilience(JSON.parse(readFileSync(new URL('../resilience.json', import.meta.url), 'utf8')) as ResilienceResults));
  } catch {
    /* not run yet */
  }
  if (r.live && r.liveRun) lines.push('', ...renderLive(r.live, r.liveRun));
  // Hand-written findings (profiles, fixes with before/after) follow the measured table.
  let findings = '';
  try {
    findings = `\n${readFileSync(new URL('../findings.md', import.meta.url), 'utf8')}`;
  } catch {
    /* none yet */
  }
  return `${lines.join('\n')}\n${findings}`;
}

