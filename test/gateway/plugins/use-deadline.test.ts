import { afterEach, describe, expect, it } from 'vitest';
import { operationText } from '../../../scripts/operations.js';
import { accountZone } from '../../../src/backends/uis/timezone.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

/**
 * OPERATION_TIMEOUT_MS bounds a whole GraphQL request: retries, waits and queueing for a slot.
 * Elapsed-time bounds here are the contract itself (the deadline), with slack for a loaded machine.
 */
const SLACK_MS = 400;

const SESSIONS_AND_CALLS = `query($period: CallPeriod!) {
  sessions(first: 2) { edges { node { id } } }
  calls(period: $period, first: 2) { edges { node { id } } }
}`;
const CALLS_ONLY = `query($period: CallPeriod!) { calls(period: $period, first: 2) { edges { node { id } } } }`;
const SESSIONS_ONLY = '{ sessions(first: 2) { edges { node { id } } } }';

let gw: TestGateway | undefined;
afterEach(async () => {
  await gw?.close();
  gw = undefined;
});

async function start(env: Record<string, string>, timeoutMs: number): Promise<{ g: TestGateway; period: { from: string; to: string } }> {
  const g = await startTestGateway({ timeoutMs, env });
  gw = g;
  const anchor = g.sims.dataset.anchor.getTime();
  // The UIS account zone is shared reference data: warm it so the faults below hit the calls report.
  await accountZone(g.backends.uis!);
  return { g, period: { from: new Date(anchor - 30 * 86_400_000).toISOString(), to: new Date(anchor).toISOString() } };
}

describe('OPERATION_TIMEOUT_MS', () => {
  it('ends a hung backend’s retries at the deadline with UPSTREAM_TIMEOUT and keeps the other fields', async () => {
    const { g, period } = await start({ OPERATION_TIMEOUT_MS: '700' }, 400);
    g.sims.uis.setFault('get.calls_report', { kind: 'hang' });
    const started = performance.now();
    const res = await g.execute(SESSIONS_AND_CALLS, { period });
    const elapsed = performance.now() - started;
    expect(res.data.sessions.edges).toHaveLength(2);
    expect(res.data.calls).toBeNull();
    expect(res.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.service])).toEqual([[['calls'], 'UPSTREAM_TIMEOUT', 'uis']]);
    // One whole attempt (400 ms), a backoff, and the second attempt cut by the deadline (or not
    // started, on a loaded machine, when the wait would end past it): never the third.
    expect(g.sims.uis.count('get.calls_report')).toBeGreaterThanOrEqual(1);
    expect(g.sims.uis.count('get.calls_report')).toBeLessThanOrEqual(2);
    // At least the one whole attempt; the second one is either cut at the deadline (≈700 ms) or, when
    // the backoff would end past it, never started (so the answer can come before the deadline).
    expect(elapsed).toBeGreaterThanOrEqual(400);
    expect(elapsed).toBeLessThan(700 + SLACK_MS);
  });

  it('fails a write pending at the deadline as UpstreamFailure UPSTREAM_TIMEOUT with outcome UNKNOWN, sent once', async () => {
    const { g } = await start({ OPERATION_TIMEOUT_MS: '500' }, 5000);
    const account = g.sims.dataset.leeloo.accounts[5];
    const tag = g.sims.dataset.leeloo.tags.find((t) => !account.tags.includes(t.name))!;
    g.sims.leeloo.setFault('PUT accounts/:id/add-tag', { kind: 'hang' });
    const started = performance.now();
    const res = await g.execute(operationText('leeloo/mutation-add-account-tag.graphql'), { accountId: account.id, tagId: tag.id });
    expect(performance.now() - started).toBeLessThan(500 + SLACK_MS);
    expect(res.data.addLeelooAccountTag).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_TIMEOUT', service: 'LEELOO', outcome: 'UNKNOWN' });
    expect(g.sims.leeloo.count('PUT accounts/:id/add-tag')).toBe(1);
  });

  it('bounds a request queued behind hung operations (MAX_CONCURRENT_OPERATIONS) by its own deadline', async () => {
    // Issue 10: with every slot held by reads hung on one backend, a UIS-only query waited 13.5 s.
    // Bulkheads off (BULKHEAD_SHARE 100), so the UIS query really queues behind the Reporter's hung ones.
    const { g, period } = await start({ OPERATION_TIMEOUT_MS: '600', MAX_CONCURRENT_OPERATIONS: '2', BULKHEAD_SHARE: '100' }, 5000);
    g.sims.reporter.setFault('POST sessions/filter', { kind: 'hang' });
    const started = performance.now();
    const hung = [g.execute(SESSIONS_ONLY), g.execute(SESSIONS_ONLY)];
    const queued = g.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CALLS_ONLY, variables: { period } }),
    });
    const [a, b] = await Promise.all(hung);
    const c = await queued;
    expect(performance.now() - started).toBeLessThan(600 + SLACK_MS);
    expect([a, b].flatMap((r) => r.errors?.map((e) => e.extensions?.code))).toEqual(['UPSTREAM_TIMEOUT', 'UPSTREAM_TIMEOUT']);
    // The queued request got a slot just before its own deadline or gave up at it (503): either
    // way it is answered by then, and whatever failed says UPSTREAM_TIMEOUT.
    const body = (await c.json()) as { errors?: Array<{ extensions: { code: string } }> };
    expect([200, 503]).toContain(c.status);
    for (const e of body.errors ?? []) expect(e.extensions.code).toBe('UPSTREAM_TIMEOUT');
  });
});
