import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LoggedRequest } from '../../../src/simulators/harness.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { LeelooAccountTwiceDocument as TWICE, LeelooAccountsWithOrdersDocument as WITH_ORDERS } from '../../../client/src/generated/graphql.js';
import { accountsNewestFirst, expectedOrders, expectedPhone } from './fixture.js';

/**
 * Issue 3's batching table, the Leeloo rows: "20 Leeloo accounts with orders and contacted users
 * → 1 list + 20 details (Leeloo has no batch read)", and per-id calls deduplicated and run with
 * bounded concurrency (LEELOO_CONCURRENCY, default 4).
 */
let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway();
});

afterAll(async () => {
  await gw.close();
});

beforeEach(() => {
  gw.sims.clearFaults();
  gw.sims.resetLogs();
  gw.sims.leeloo.latencyMs = 0;
});

/** The largest number of requests that started within any `windowMs` (each lasted at least `windowMs`). */
function maxStartedWithin(log: LoggedRequest[], windowMs: number): number {
  const starts = log.map((r) => r.at).sort((a, b) => a - b);
  let max = 0;
  for (let i = 0, j = 0; i < starts.length; i++) {
    while (starts[i] - starts[j] >= windowMs) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
}

describe('Leeloo batching pins', () => {
  it('20 accounts with orders and contacted users: 1 list call + 20 details calls, nothing else', async () => {
    const res = await gw.execute(WITH_ORDERS, {});
    expect(res.errors).toBeUndefined();
    const data = gw.sims.dataset.leeloo;
    const expected = accountsNewestFirst(data).slice(0, 20);
    expect(res.data?.leelooAccounts!.edges!.map((e) => e!.node!.accountId)).toEqual(expected.map((a) => a.id));
    for (const [i, a] of expected.entries()) {
      const node = res.data!.leelooAccounts!.edges![i]!.node!;
      expect(node.phone).toBe(expectedPhone(a).phone);
      expect(node.orders).toEqual(expectedOrders(data, a).map((o) => expect.objectContaining({ orderId: o.orderId, price: o.price })));
      expect(node.contactedUsers!.map((u) => u.userId)).toEqual(a.contactedUserIds);
    }
    expect(expected.some((a) => a.orderIds.length > 0) && expected.some((a) => a.contactedUserIds.length > 0)).toBe(true);
    expect(gw.sims.leeloo.count('GET accounts')).toBe(1);
    expect(gw.sims.leeloo.count('GET accounts/:id')).toBe(20);
    expect(gw.sims.counts()).toEqual({ reporter: 0, uis: 0, leeloo: 21, total: 21 });
  });

  it('the same account asked for twice through aliases: 1 details call', async () => {
    const a = accountsNewestFirst(gw.sims.dataset.leeloo)[0];
    const res = await gw.execute(TWICE, { id: a.id });
    expect(res.errors).toBeUndefined();
    expect(gw.sims.leeloo.counters()).toEqual({ 'GET accounts/:id': 1 });
  });

  it('an account on the list and asked for by id in the same operation shares its details call', async () => {
    const a = accountsNewestFirst(gw.sims.dataset.leeloo)[3];
    const q = 'query($id: ID!) { leelooAccounts(first: 20) { edges { node { orders { orderId } } } } leelooAccount(id: $id) { email } }';
    const res = await gw.execute(q, { id: a.id });
    expect(res.errors).toBeUndefined();
    expect(gw.sims.leeloo.counters()).toEqual({ 'GET accounts': 1, 'GET accounts/:id': 20 });
  });
});

describe('Leeloo concurrency bound', () => {
  const LATENCY = 60;

  it('never has more than the default 4 details calls in flight, and uses all 4', async () => {
    gw.sims.leeloo.latencyMs = LATENCY;
    expect(gw.config.leelooConcurrency).toBe(4);
    const res = await gw.execute(WITH_ORDERS, {});
    expect(res.errors).toBeUndefined();
    const details = gw.sims.leeloo.log.filter((r) => r.endpoint === 'GET accounts/:id');
    expect(details).toHaveLength(20);
    // Each call lasts at least LATENCY on the server, so starts within one LATENCY overlap (a few ms of timer slack).
    expect(maxStartedWithin(details, LATENCY - 10)).toBe(4);
  });

  it('follows LEELOO_CONCURRENCY', async () => {
    const two = await startTestGateway({ env: { LEELOO_CONCURRENCY: '2' } });
    try {
      two.sims.leeloo.latencyMs = LATENCY;
      const res = await two.execute(WITH_ORDERS, { first: 8 });
      expect(res.errors).toBeUndefined();
      const details = two.sims.leeloo.log.filter((r) => r.endpoint === 'GET accounts/:id');
      expect(details).toHaveLength(8);
      expect(maxStartedWithin(details, LATENCY - 10)).toBe(2);
    } finally {
      await two.close();
    }
  });
});
