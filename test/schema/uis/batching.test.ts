import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import type { CallRow as SimCall } from '../../../src/simulators/uis/types.js';
import { CallNodesDocument, CallsWithEmployeeDetailsDocument, CallsWithEmployeesAndTagsDocument, type CallNodesQuery } from '../../../client/src/generated/graphql.js';
import { iso, paramsOf, periodOf, warm } from './helpers.js';

/** A Call member of a `nodes` answer (`nodes` is typed as every Node type; these ids are all calls). */
const asCall = (n: CallNodesQuery['nodes'][number]) => n as Extract<NonNullable<typeof n>, { callSessionId: string }>;

/** The batching table, UIS rows: exact upstream request counts (account zone warm). */
describe('UIS batching pins', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => gw.close());
  beforeEach(async () => warm(gw));

  it('100 calls with employees (names) and tags cost 1 request: names come from the call row', async () => {
    const { period, calls } = periodOf(gw.sims.dataset.uis.calls, 1000, 150);
    const res = await gw.execute(CallsWithEmployeesAndTagsDocument, { period, first: 100 });
    expect(res.errors).toBeUndefined();
    const edges = res.data!.calls!.edges!;
    expect(edges).toHaveLength(100);
    expect(edges.some((e) => e!.node!.tags!.length > 0)).toBe(true);
    expect(edges[0]!.node!.employees![0].fullName).toBe(calls[0].employees[0].employee_full_name);
    expect(gw.sims.counts().total).toBe(1);
    expect(gw.sims.uis.count('get.calls_report')).toBe(1);
  });

  it('the same plus each employee’s email and groups costs 2: one get.employees for all of them', async () => {
    const { period, calls } = periodOf(gw.sims.dataset.uis.calls, 1000, 100);
    const res = await gw.execute(CallsWithEmployeeDetailsDocument, { period, first: 100 });
    expect(res.errors).toBeUndefined();
    const first = res.data!.calls!.edges![0]!.node!.employees![0];
    const sim = gw.sims.dataset.uis.employees.find((e) => e.id === calls[0].employees[0].employee_id)!;
    expect(first.employee!.email).toBe(sim.email);
    expect(first.employee!.groups!.map((g) => g.groupId)).toEqual(sim.groups.map((g) => g.group_id));
    expect(gw.sims.uis.counters()).toEqual({ 'get.calls_report': 1, 'get.employees': 1 });
    expect(gw.sims.counts().total).toBe(2);
  });

  it('`nodes` with 10 call ids costs 1 request, even for calls weeks apart', async () => {
    const all = gw.sims.dataset.uis.calls;
    const picks = [0, 300, 600, 900, 1200, 1500, 1800, 2100, 2400, 2700].map((i) => all[i + 50]);
    const ids = await callIds(gw, picks);
    gw.sims.resetLogs();
    const res = await gw.execute(CallNodesDocument, { ids });
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes.map((n) => asCall(n).callSessionId)).toEqual(picks.map((c) => String(c.id)));
    expect(asCall(res.data!.nodes[3]).employees![0].fullName).toBe(picks[3].employees[0].employee_full_name);
    expect(gw.sims.counts().total).toBe(1);
    const [params] = paramsOf(gw, 'get.calls_report');
    expect(params).toMatchObject({ date_from: picks[0].start_time, date_till: picks[9].start_time, filter: { field: 'id', operator: 'in' } });
  });

  it('`nodes` over calls more than 3 months apart splits into one request per window', async () => {
    const all = gw.sims.dataset.uis.calls;
    const picks = [all[10], all[20], all.at(-10)!, all.at(-20)!];
    const ids = await callIds(gw, picks);
    gw.sims.resetLogs();
    const res = await gw.execute(CallNodesDocument, { ids });
    expect(res.data!.nodes.map((n) => asCall(n).callSessionId)).toEqual(picks.map((c) => String(c.id)));
    expect(gw.sims.uis.count('get.calls_report')).toBe(2);
  });
});

/** Each call's global ID, as `calls` hands it out (one small query per call; not counted). */
async function callIds(gw: TestGateway, picks: SimCall[]): Promise<string[]> {
  const ids: string[] = [];
  for (const c of picks) {
    const one = await gw.execute(`query($p: CallPeriod!, $w: CallFilterTree) { calls(period: $p, first: 1, where: $w) { edges { node { id } } } }`, {
      p: { from: iso(c.start_time), to: iso(c.start_time) },
      w: { field: 'id', operator: 'EQ', value: c.id },
    });
    ids.push(one.data.calls.edges[0].node.id);
  }
  return ids;
}
