import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { Bulkhead } from '../../src/upstream/bulkhead.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { startTenantGateway, type TenantGateway } from '../helpers/tenants.js';
import { until } from '../helpers/until.js';

describe('Bulkhead', () => {
  it('lets one pool hold at most its share, and grants another pool’s waiter past it (no head-of-line blocking)', async () => {
    const b = new Bulkhead(4, 2);
    const uis = await Promise.all([b.acquire(['t:uis']), b.acquire(['t:uis'])]);
    let third = false;
    const queued = b.acquire(['t:uis']).then((r) => ((third = true), r));
    const reporter = await b.acquire(['t:reporter']);
    expect(reporter).toBeDefined();
    expect(b.running).toBe(3);
    expect(third).toBe(false);
    uis[0]!();
    expect(await queued).toBeDefined();
    expect(b.holding('t:uis')).toBe(2);
    expect(b.waiting).toBe(0);
  });

  it('grants a waiter needing two pools only when both have room, in arrival order within a pool', async () => {
    const b = new Bulkhead(8, 1);
    const leeloo = await b.acquire(['t:leeloo']);
    const order: string[] = [];
    const both = b.acquire(['t:leeloo', 't:uis']).then((r) => (order.push('both'), r));
    const second = b.acquire(['t:leeloo']).then((r) => (order.push('second'), r));
    // UIS alone is free: a UIS-only operation is not held up by the waiter that also needs Leeloo.
    const uis = await b.acquire(['t:uis']);
    expect(uis).toBeDefined();
    uis!();
    leeloo!();
    (await both)!();
    (await second)!();
    expect(order).toEqual(['both', 'second']);
  });

  it('takes a waiter whose signal aborts out of the queue', async () => {
    const b = new Bulkhead(1, 1);
    const held = await b.acquire([]);
    const leaving = new AbortController();
    const gone = b.acquire([], leaving.signal);
    leaving.abort();
    expect(await gone).toBeUndefined();
    expect(b.waiting).toBe(0);
    held!();
    expect(b.running).toBe(0);
  });
});

const CALLS = (first: number) => `query($period: CallPeriod!) { calls(period: $period, first: ${first}) { edges { node { id } } } }`;
const SESSIONS = '{ sessions(first: 5) { edges { node { id } } } }';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `n` sequential runs of `run`, in ms each. */
async function timings(n: number, run: () => Promise<{ errors?: unknown }>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const res = await run();
    out.push(performance.now() - started);
    expect(res.errors).toBeUndefined();
  }
  return out;
}

/**
 * The done-when of issue 21, with a hung UIS: MAX_CONCURRENT_OPERATIONS=8, 16 UIS queries in flight.
 * Latency bounds: the absolute ones (median ≤ 250 ms, max ≤ 1 s) and, because these tests run
 * on a loaded 2-core machine, a relative one too: the median with UIS hung is within a small factor of
 * the healthy median measured in the same test (without bulkheads it is the whole upstream timeout).
 */
describe('bulkheads against a hung backend (MAX_CONCURRENT_OPERATIONS=8)', () => {
  let gw: TestGateway | undefined;
  let tgw: TenantGateway | undefined;
  afterEach(async () => {
    await gw?.close();
    await tgw?.close();
    gw = tgw = undefined;
  });

  it('answers Reporter-only queries while 16 UIS queries hang: median ≤ 250 ms, at most 1 s', async () => {
    // Each UIS attempt may hang for 20 s: nothing times out (and no breaker opens) while this measures.
    gw = await startTestGateway({ timeoutMs: 20_000, env: { MAX_CONCURRENT_OPERATIONS: '8' } });
    const g = gw;
    const anchor = g.sims.dataset.anchor.getTime();
    const period = { from: new Date(anchor - 30 * 86_400_000).toISOString(), to: new Date(anchor).toISOString() };
    await g.execute(CALLS(1), { period }); // the UIS account zone, fetched once
    const healthy = await timings(10, () => g.execute(SESSIONS));
    g.sims.uis.setFault('get.calls_report', { kind: 'hang' });
    const hung = Array.from({ length: 16 }, (_, i) => g.execute(CALLS(i + 2), { period }));
    // UIS's pool (half the slots) fills: 4 calls reach the hung UIS, the other 12 wait for the pool.
    await until(() => g.sims.uis.count('get.calls_report') >= 5);
    await sleep(100);
    expect(g.sims.uis.count('get.calls_report')).toBe(5);
    const during = await timings(20, () => g.execute(SESSIONS));
    expect(median(during)).toBeLessThanOrEqual(250);
    expect(Math.max(...during)).toBeLessThanOrEqual(1000);
    expect(median(during)).toBeLessThanOrEqual(3 * median(healthy) + 50);
    // The simulators first: their hung sockets close, so the upstream pools can drain.
    await g.sims.close();
    await Promise.allSettled(hung);
  }, 60_000);

  it('never lets one tenant’s hung backend hold another tenant’s queries to the same backend', async () => {
    tgw = await startTenantGateway({ MAX_CONCURRENT_OPERATIONS: '8', UPSTREAM_TIMEOUT_MS: '20000' });
    const t = tgw;
    const periodOf = (anchor: Date) => ({ from: new Date(anchor.getTime() - 30 * 86_400_000).toISOString(), to: anchor.toISOString() });
    const acme = periodOf(t.sims.acme.dataset.anchor);
    const globex = periodOf(t.sims.globex.dataset.anchor);
    await t.execute('globex', CALLS(1), { period: globex });
    const healthy = await timings(10, () => t.execute('globex', CALLS(3), { period: globex }));
    t.sims.acme.uis.setFault('get.calls_report', { kind: 'hang' });
    const hung = Array.from({ length: 16 }, (_, i) => t.execute('acme', CALLS(i + 2), { period: acme }));
    await until(() => t.sims.acme.uis.count('get.calls_report') >= 4);
    await sleep(100);
    expect(t.sims.acme.uis.count('get.calls_report')).toBe(4);
    const during = await timings(20, () => t.execute('globex', CALLS(3), { period: globex }));
    expect(median(during)).toBeLessThanOrEqual(250);
    expect(Math.max(...during)).toBeLessThanOrEqual(1000);
    expect(median(during)).toBeLessThanOrEqual(3 * median(healthy) + 50);
    await t.sims.acme.uis.close();
    await Promise.allSettled(hung);
  }, 60_000);
});
