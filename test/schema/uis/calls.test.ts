import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallRow as SimCall } from '../../../src/simulators/uis/types.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { CallsWithEmployeesAndTagsDocument as LIST } from '../../../client/src/generated/graphql.js';
import { iso, paramsOf, periodOf, warm, type Json } from './helpers.js';

describe('Query.calls', () => {
  let gw: TestGateway;
  let calls: SimCall[];
  beforeAll(async () => {
    gw = await startTestGateway();
    calls = gw.sims.dataset.uis.calls;
  });
  afterAll(async () => gw.close());
  beforeEach(async () => warm(gw));

  const run = (vars: Json) => gw.execute(LIST, vars);
  /** Calls of a dataset slice matching a predicate, in UIS order. */
  const within = (from: number, n: number, keep: (c: SimCall) => boolean) => calls.slice(from, from + n).filter(keep);

  describe('data', () => {
    it('maps every row of the period to a Call with UTC times and the row’s values', async () => {
      const { period, calls: slice } = periodOf(calls, 2000, 30);
      const res = await run({ period, first: 30 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.calls!.totalCount).toBe(30);
      const node = res.data!.calls!.edges![5]!.node!;
      const sim = slice[5];
      expect(node).toMatchObject({
        callSessionId: String(sim.id),
        startTime: iso(sim.start_time),
        direction: sim.direction.toUpperCase(),
        finishReason: sim.finish_reason,
        isLost: sim.is_lost,
        talkDuration: sim.talk_duration,
        contactPhoneNumber: sim.contact_phone_number,
      });
      expect(node.employees).toEqual(
        sim.employees.map((e) => ({ employeeId: e.employee_id, fullName: e.employee_full_name, isAnswered: e.is_answered, isTalked: e.is_talked })),
      );
    });

    it('shows tags with their type, time and who set them', async () => {
      const index = calls.findIndex((c, i) => i > 100 && c.tags.some((t) => t.tag_type === 'manual'));
      const { period } = periodOf(calls, index, 1);
      const res = await run({ period, first: 1 });
      const tag = calls[index].tags.find((t) => t.tag_type === 'manual')!;
      expect(res.data!.calls!.edges![0]!.node!.tags).toContainEqual({
        tagId: tag.tag_id,
        name: tag.tag_name,
        type: 'manual',
        changedAt: iso(tag.tag_change_time),
        userLogin: tag.tag_user_login,
      });
    });

    it('sends an explicit `fields` list computed from the selection, through fragments', async () => {
      const { period } = periodOf(calls, 2000, 5);
      const res = await gw.execute(
        `query($p: CallPeriod!) { calls(period: $p, first: 5) { edges { node { ...F } } } }
         fragment F on Call { talkDuration site { domainName } tags { name } }`,
        { p: period },
      );
      expect(res.errors).toBeUndefined();
      const [params] = paramsOf(gw, 'get.calls_report');
      expect([...(params.fields as string[])].sort()).toEqual(['id', 'site_domain_name', 'site_id', 'start_time', 'tags', 'talk_duration'].sort());
    });
  });

  describe('filters', () => {
    const window = { from: 2000, n: 400 };
    const period = () => periodOf(calls, window.from, window.n).period;

    it('filters by direction, lost flag and talk duration range', async () => {
      const res = await run({ period: period(), first: 100, filter: { direction: 'IN', isLost: false, talkDuration: { min: 60, max: 300 } } });
      const expected = within(window.from, window.n, (c) => c.direction === 'in' && !c.is_lost && c.talk_duration >= 60 && c.talk_duration <= 300);
      expect(res.data!.calls!.totalCount).toBe(expected.length);
      expect(res.data!.calls!.edges!.map((e) => e!.node!.callSessionId)).toEqual(expected.slice(0, 100).map((c) => String(c.id)));
    });

    it('filters by employee and tag (global IDs or UIS numbers) with `overlap`', async () => {
      const emp = calls[window.from].employees[0].employee_id;
      const tag = within(window.from, window.n, (c) => c.tags.length > 0)[0].tags[0].tag_id;
      const employeeId = Buffer.from(`Employee:${emp}`).toString('base64');
      const res = await run({ period: period(), first: 100, filter: { employeeIds: [employeeId], tagIds: [String(tag)] } });
      const expected = within(window.from, window.n, (c) => c.employees.some((e) => e.employee_id === emp) && c.tags.some((t) => t.tag_id === tag));
      expect(res.data!.calls!.totalCount).toBe(expected.length);
      expect(paramsOf(gw, 'get.calls_report')[0].filter).toEqual({
        condition: 'and',
        filters: [
          { field: 'employees', operator: 'overlap', value: [emp] },
          { field: 'tags', operator: 'overlap', value: [tag] },
        ],
      });
    });

    it('normalises contact phone numbers before filtering', async () => {
      const phone = calls[window.from + 3].contact_phone_number!;
      const typed = `8 (${phone.slice(1, 4)}) ${phone.slice(4, 7)}-${phone.slice(7, 9)}-${phone.slice(9)}`;
      const res = await run({ period: period(), first: 100, filter: { contactPhoneNumbers: [typed] } });
      const expected = within(window.from, window.n, (c) => c.contact_phone_number === phone);
      expect(res.data!.calls!.totalCount).toBe(expected.length);
      expect(res.data!.calls!.edges!.every((e) => e!.node!.contactPhoneNumber === phone)).toBe(true);
    });

    it('filters by finish reasons and sources', async () => {
      const res = await run({ period: period(), first: 100, filter: { finishReasons: ['timeout', 'subscriber_busy'], sources: ['va'] } });
      const expected = within(window.from, window.n, (c) => ['timeout', 'subscriber_busy'].includes(c.finish_reason) && c.source === 'va');
      expect(res.data!.calls!.totalCount).toBe(expected.length);
    });

    it('passes a raw and/or tree through, ANDed with the typed filter, dates converted to the account zone', async () => {
      const mid = calls[window.from + 200];
      const where = {
        or: [
          { field: 'utm_source', operator: 'EQ', value: 'yandex' },
          { and: [{ field: 'wait_duration', operator: 'GT', value: 30 }, { field: 'sale_date', operator: 'LT', value: iso(mid.start_time) }] },
        ],
      };
      const res = await run({ period: period(), first: 100, filter: { direction: 'IN' }, where });
      const expected = within(
        window.from,
        window.n,
        (c) => c.direction === 'in' && (c.utm_source === 'yandex' || (c.wait_duration > 30 && c.sale_date !== null && c.sale_date < mid.start_time)),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.calls!.totalCount).toBe(expected.length);
      const sent = paramsOf(gw, 'get.calls_report')[0].filter as Json;
      expect(sent.filters[1].filters[1].filters[1]).toEqual({ field: 'sale_date', operator: '<', value: mid.start_time });
    });

    it('sorts by sortable fields', async () => {
      const res = await run({ period: period(), first: 10, sort: [{ field: 'START_TIME', order: 'DESC' }] });
      expect(res.errors).toBeUndefined();
      const expected = within(window.from, window.n, () => true).reverse().slice(0, 10);
      expect(res.data!.calls!.edges!.map((e) => e!.node!.callSessionId)).toEqual(expected.map((c) => String(c.id)));
      expect(paramsOf(gw, 'get.calls_report')[0].sort).toEqual([{ field: 'start_time', order: 'desc' }]);
    });

    it('offers only the sortable fields as sort keys', async () => {
      const res = await run({ period: period(), first: 10, sort: [{ field: 'TALK_DURATION' }] });
      expect(res.errors?.[0].message).toMatch(/TALK_DURATION/);
      expect(gw.sims.counts().total).toBe(0);
    });
  });

  describe('paging', () => {
    it('pages with `after` through the period and reports hasNextPage', async () => {
      const { period, calls: slice } = periodOf(calls, 3000, 45);
      const first = await run({ period, first: 20 });
      expect(first.data!.calls!.pageInfo.hasNextPage).toBe(true);
      const third = await run({ period, first: 20, after: (await run({ period, first: 20, after: first.data!.calls!.pageInfo.endCursor })).data!.calls!.pageInfo.endCursor });
      expect(third.data!.calls!.edges!.map((e) => e!.node!.callSessionId)).toEqual(slice.slice(40).map((c) => String(c.id)));
      expect(third.data!.calls!.pageInfo.hasNextPage).toBe(false);
      expect(paramsOf(gw, 'get.calls_report').at(-1)).toMatchObject({ limit: 20, offset: 40 });
    });

    it('splits a period over 3 months into windows: totalCount sums them, pages walk them in order', async () => {
      const from = calls[0].start_time;
      const to = calls.at(-1)!.start_time;
      const all = await run({ period: { from: iso(from), to: iso(to) }, first: 5 });
      expect(all.errors).toBeUndefined();
      expect(all.data!.calls!.totalCount).toBe(calls.length);
      const windows = paramsOf(gw, 'get.calls_report');
      expect(windows.length).toBeGreaterThanOrEqual(2);
      for (const w of windows) expect(Date.parse(iso(w.date_till as string)) - Date.parse(iso(w.date_from as string))).toBeLessThanOrEqual(90 * 86_400_000);
      // A page straddling the first window's end continues in the next one.
      const firstTotal = calls.filter((c) => c.start_time >= windows[0].date_from! && c.start_time <= (windows[0].date_till as string)).length;
      gw.sims.resetLogs();
      const after = Buffer.from(`offset:${firstTotal - 3}`).toString('base64url');
      const straddle = await run({ period: { from: iso(from), to: iso(to) }, first: 6, after });
      expect(straddle.data!.calls!.edges!.map((e) => e!.node!.callSessionId)).toEqual(calls.slice(firstTotal - 2, firstTotal + 4).map((c) => String(c.id)));
      expect(gw.sims.uis.count('get.calls_report')).toBe(windows.length);
    });
  });

  it('walks windows newest first when sorted by start time descending', async () => {
    const res = await run({ period: { from: iso(calls[0].start_time), to: iso(calls.at(-1)!.start_time) }, first: 3, sort: [{ field: 'START_TIME', order: 'DESC' }] });
    expect(res.data!.calls!.edges!.map((e) => e!.node!.callSessionId)).toEqual(calls.slice(-3).reverse().map((c) => String(c.id)));
  });

  describe('errors', () => {
    const { from, to } = { from: '2026-01-01T00:00:00Z', to: '2026-01-05T00:00:00Z' };
    const bad = async (vars: Json, argument: string | RegExp) => {
      const res = await run({ period: { from, to }, ...vars });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(res.errors?.[0].extensions?.argument).toMatch(argument);
      expect(res.data?.calls ?? null).toBeNull();
      expect(gw.sims.counts().total).toBe(0);
    };

    it('rejects `first` over the cap before any request', async () => bad({ first: 101 }, /^first$/));
    it('rejects an inverted period before any request', async () => bad({ period: { from: to, to: from } }, /^period$/));
    it('rejects a period over 2 years before any request', async () => bad({ period: { from: '2020-01-01T00:00:00Z', to: to } }, /^period$/));
    it('rejects an inverted duration range', async () => bad({ filter: { talkDuration: { min: 10, max: 5 } } }, /^filter\.talkDuration$/));
    it('rejects an unparseable phone number', async () => bad({ filter: { contactPhoneNumbers: ['call me'] } }, /^filter\.contactPhoneNumbers$/));
    it('rejects an unknown field in the raw tree', async () => bad({ where: { field: 'no_such_field', operator: 'EQ', value: 1 } }, /^where\.field$/));
    it('rejects a field get.calls_report cannot filter by', async () => bad({ where: { and: [{ field: 'start_time', operator: 'GT', value: from }] } }, /^where\.and\[0\]\.field$/));
    it('rejects a value of the wrong type', async () => bad({ where: { field: 'talk_duration', operator: 'GT', value: 'long' } }, /^where\.value$/));
    it('rejects `like` on a number field', async () => bad({ where: { field: 'talk_duration', operator: 'LIKE', value: '1%' } }, /^where\.value$/));
    it('rejects a node that is both a condition and a group', async () =>
      bad({ where: { field: 'is_lost', operator: 'EQ', value: true, or: [{ field: 'is_lost', operator: 'EQ', value: false }] } }, /^where$/));
    it('rejects an empty list filter', async () => bad({ filter: { sources: [] } }, /^filter\.sources$/));

    it('a failing UIS nulls only `calls`, with the upstream error at its path', async () => {
      gw.sims.uis.setFault('get.calls_report', { kind: 'rpcError', code: -32603, mnemonic: 'internal_error' });
      const res = await gw.execute(`query($p: CallPeriod!) { calls(period: $p) { totalCount } backends { name } }`, { p: { from, to } });
      expect(res.data.calls).toBeNull();
      expect(res.data.backends).toHaveLength(3);
      expect(res.errors?.[0]).toMatchObject({ path: ['calls'], extensions: { service: 'uis', mnemonic: 'internal_error' } });
      expect(res.errors?.[0].extensions?.code).toMatch(/^UPSTREAM_/);
    });

    it('maps a UIS rate limit to UPSTREAM_RATE_LIMITED', async () => {
      gw.sims.uis.setFault('get.calls_report', { kind: 'rateLimit', retryAfterSec: 1 });
      const res = await run({ period: { from, to }, first: 1 });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', service: 'uis' });
    });
  });
});
