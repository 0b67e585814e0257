import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseLeelooPhone } from '../../src/backends/leeloo/phone.js';
import { accountZone } from '../../src/backends/uis/timezone.js';
import { CrmAccountsWithCallsDocument as OPERATION } from '../../client/src/generated/graphql.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const DAY = 86_400_000;

/** UIS wire times are Moscow time, UTC+3 all year (uis-data-api.md §10; the simulator's account zone). */
const moscow = (wire: string) => Date.parse(`${wire.replace(' ', 'T')}+03:00`);

describe('LeelooAccount.calls (Leeloo → UIS by phone)', () => {
  let gw: TestGateway;
  let period: { from: string; to: string };
  beforeAll(async () => {
    gw = await startTestGateway();
    const anchor = gw.sims.dataset.anchor.getTime();
    period = { from: new Date(anchor - 80 * DAY).toISOString(), to: new Date(anchor).toISOString() };
    await accountZone(gw.backends.uis!); // the account zone is shared reference data, cached per client
  });
  afterAll(() => gw.close());

  it('costs 1 list + 20 details + 1 UIS call for 20 accounts with orders, contacted users and calls', async () => {
    gw.sims.resetLogs();
    const res = await gw.execute(OPERATION, { first: 20, period });
    expect(res.errors).toBeUndefined();
    expect(res.data!.leelooAccounts!.edges!).toHaveLength(20);
    expect(gw.sims.leeloo.count('GET accounts')).toBe(1);
    expect(gw.sims.leeloo.count('GET accounts/:id')).toBe(20);
    expect(gw.sims.uis.count('get.calls_report')).toBe(1);
    expect(gw.sims.counts().total).toBe(22);
    const params = (gw.sims.uis.log[0].body as { params: { filter: { field: string; operator: string; value: string[] } } }).params;
    expect(params.filter).toMatchObject({ field: 'contact_phone_number', operator: 'in' });
  });

  it('returns exactly the UIS calls whose number matches the account’s normalised phone in the period', async () => {
    const res = await gw.execute(OPERATION, { first: 20, period, callsFirst: 100 });
    const from = Date.parse(period.from);
    const to = Date.parse(period.to);
    let matched = 0;
    for (const node of res.data!.leelooAccounts!.edges!.map((e) => e!.node!)) {
      const record = gw.sims.dataset.leeloo.accounts.find((a) => a.id === node.accountId)!;
      const digits = normaliseLeelooPhone(record?.phone ?? null);
      expect(node.phoneDigits).toBe(digits);
      const expected = gw.sims.dataset.uis.calls
        .filter((c) => digits && c.contact_phone_number === digits && moscow(c.start_time) >= from && moscow(c.start_time) <= to)
        .map((c) => c.contact_phone_number);
      expect(node.calls!.totalCount).toBe(expected.length);
      const calls = node.calls!.edges!.map((e) => e!.node!);
      for (const call of calls) expect(call.contactPhoneNumber).toBe(digits);
      const times = calls.map((call) => Date.parse(String(call.startTime)));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      matched += expected.length;
    }
    // The dataset shares phones across backends: the join must find calls for real.
    expect(matched).toBeGreaterThan(0);
  });

  it('rejects an inverted period with BAD_USER_INPUT before any UIS call', async () => {
    gw.sims.resetLogs();
    const res = await gw.execute(OPERATION, { first: 2, period: { from: period.to, to: period.from } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(gw.sims.uis.count()).toBe(0);
  });

  it('keeps the CRM data when UIS fails, with the error at each account’s calls', async () => {
    gw.sims.uis.setFault('get.calls_report', { kind: 'status', status: 503, body: 'down', contentType: 'text/plain' });
    const res = await gw.execute(OPERATION, { first: 10, period });
    gw.sims.clearFaults();
    const nodes = res.data!.leelooAccounts!.edges!.map((e) => e!.node!);
    expect(nodes).toHaveLength(10);
    const withPhone = nodes.filter((n) => n.phoneDigits);
    expect(withPhone.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node.name).toEqual(expect.any(String));
    for (const node of withPhone) expect(node.calls).toBeNull();
    expect(res.errors).toHaveLength(withPhone.length);
    for (const error of res.errors!) {
      expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', service: 'uis' });
      expect(error.path?.at(-1)).toBe('calls');
    }
  });
});
