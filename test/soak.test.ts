import { operationText } from '../scripts/operations.js';
import { describe, expect, it } from 'vitest';
import { accountZone } from '../src/backends/uis/timezone.js';
import type { Fault } from '../src/simulators/harness.js';
import { Rng } from '../src/simulators/dataset/prng.js';
import { findLeaks, startTestGateway } from './helpers/gateway.js';

const op = operationText;
const OPS = Number(process.env.SOAK_OPS ?? 3000);
const CONCURRENCY = 50;
const FAULTS: Fault[] = [
  { kind: 'status', status: 503, times: 3 },
  { kind: 'status', status: 500, body: 'oops', contentType: 'text/plain', times: 2 },
  { kind: 'malformed', times: 2 },
  { kind: 'truncated', times: 2 },
  { kind: 'rateLimit', retryAfterSec: 30, times: 2 },
  { kind: 'latency', ms: 30, times: 5 },
  { kind: 'hang', times: 1 },
  { kind: 'reset', times: 2 },
];

describe('soak', () => {
  it(`answers ${OPS} mixed operations at concurrency ${CONCURRENCY} under random faults without crashing, leaking or growing`, async () => {
    // The heap check needs a real GC (vitest.config.ts passes --expose-gc).
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('function');
    const gw = await startTestGateway({ timeoutMs: 300 });
    const anchor = gw.sims.dataset.anchor.getTime();
    const period = { from: new Date(anchor - 20 * 86_400_000).toISOString(), to: new Date(anchor).toISOString() };
    await accountZone(gw.backends.uis!);
    const mix = [
      { query: op('reporter/sessions-with-clients-and-labels.graphql'), variables: { first: 20 } },
      { query: op('reporter/sessions-with-client-block-state.graphql'), variables: { first: 10 } },
      { query: op('reporter/session-with-messages.graphql'), variables: { id: gw.sims.dataset.reporter.sessions[5].sessionId, first: 10 } },
      { query: op('reporter/analytics-experiments.graphql'), variables: {} },
      { query: op('uis/CallsWithEmployeesAndTags.graphql'), variables: { period, first: 20 } },
      { query: op('uis/CallsWithEmployeeDetails.graphql'), variables: { period, first: 10 } },
      { query: op('leeloo/LeelooAccountsWithOrders.graphql'), variables: { first: 3 } },
      { query: op('crm-accounts-with-calls.graphql'), variables: { first: 3, period } },
      { query: '{ backends { name mode } }', variables: {} },
      { query: '{ sessions(first: 500) { totalCount } }', variables: {} }, // over the cap: BAD_USER_INPUT
    ];
    const rng = new Rng(99);
    const sims = [gw.sims.reporter, gw.sims.uis, gw.sims.leeloo];
    let answered = 0;
    let internal = 0;
    const leaks = new Set<string>();
    const heap = () => {
      (globalThis as { gc?: () => void }).gc?.();
      return process.memoryUsage().heapUsed;
    };
    // Warm up (JIT, caches), then take the baseline.
    for (const m of mix) await gw.execute(m.query, m.variables);
    const before = heap();

    let next = 0;
    const worker = async () => {
      while (next < OPS) {
        const i = next++;
        if (rng.bool(0.02)) rng.pick(sims).setFault('*', rng.pick(FAULTS));
        const m = mix[i % mix.length];
        const res = await gw.execute(m.query, m.variables);
        answered++;
        const text = JSON.stringify(res);
        for (const l of findLeaks(text)) leaks.add(l);
        for (const e of res.errors ?? []) {
          // Masked internal errors mean a bug; every expected failure has a precise code.
          if (e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.message === 'Unexpected error.') internal++;
          expect(e.extensions?.code).toEqual(expect.any(String));
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    gw.sims.clearFaults();
    const after = heap();

    expect(answered).toBe(OPS);
    expect(internal).toBe(0);
    expect([...leaks]).toEqual([]);
    expect(findLeaks(gw.logLines.join(''))).toEqual([]);
    // The heap returns near its baseline: nothing per request is retained.
    expect(after - before).toBeLessThan(40 * 1024 * 1024);
    // The gateway still serves normally.
    const ok = await gw.execute('{ backends { name } }');
    expect(ok.data.backends).toHaveLength(3);
    gw.logLines.length = 0;
    await gw.close();
  }, 300_000);
});
