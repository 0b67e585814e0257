import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallRow as SimCall } from '../../../src/simulators/uis/types.js';
import type { UisSimulator } from '../../../src/simulators/uis/server.js';
import { rpc, startUis } from './rpc-helper.js';

const WINDOW = { date_from: '2026-01-01 00:00:00', date_till: '2026-02-28 23:59:59' };

describe('UIS simulator: filters (§6)', () => {
  let sim: UisSimulator;
  let url: string;
  let calls: SimCall[];
  beforeAll(async () => {
    ({ sim, url } = await startUis());
    calls = sim.data.calls.filter((c) => c.start_time >= WINDOW.date_from && c.start_time <= WINDOW.date_till);
  });
  afterAll(async () => sim.close());

  async function ids(filter: unknown): Promise<number[]> {
    const res = await rpc(url, 'get.calls_report', { ...WINDOW, filter, fields: ['id'], limit: 10_000 });
    if (res.error) throw new Error(JSON.stringify(res.error));
    expect(res.result.metadata.total_items).toBe(res.result.data.length);
    return res.result.data.map((r: { id: number }) => r.id);
  }
  const expectIds = (predicate: (c: SimCall) => boolean) => calls.filter(predicate).map((c) => c.id);

  it('= and != compare exactly; != skips nulls like SQL', async () => {
    const phone = calls[10].contact_phone_number!;
    expect(await ids({ field: 'contact_phone_number', operator: '=', value: phone })).toEqual(expectIds((c) => c.contact_phone_number === phone));
    expect(await ids({ field: 'direction', operator: '!=', value: 'in' })).toEqual(expectIds((c) => c.direction !== 'in'));
    expect(await ids({ field: 'site_id', operator: '!=', value: 7001 })).toEqual(expectIds((c) => c.site_id !== null && c.site_id !== 7001));
    expect(await ids({ field: 'is_lost', operator: '=', value: true })).toEqual(expectIds((c) => c.is_lost));
  });

  it('= null and != null test emptiness', async () => {
    expect(await ids({ field: 'campaign_id', operator: '=', value: null })).toEqual(expectIds((c) => c.campaign_id === null));
    expect(await ids({ field: 'campaign_id', operator: '!=', value: null })).toEqual(expectIds((c) => c.campaign_id !== null));
  });

  it('is_null / is_not_null also treat empty arrays as empty', async () => {
    expect(await ids({ field: 'tags', operator: 'is_null', value: null })).toEqual(expectIds((c) => c.tags.length === 0));
    expect(await ids({ field: 'tags', operator: 'is_not_null', value: null })).toEqual(expectIds((c) => c.tags.length > 0));
  });

  it('<, >, <=, >= compare numbers and dates', async () => {
    expect(await ids({ field: 'total_duration', operator: '>', value: 600 })).toEqual(expectIds((c) => c.total_duration > 600));
    expect(await ids({ field: 'wait_duration', operator: '<=', value: 5 })).toEqual(expectIds((c) => c.wait_duration <= 5));
    expect(await ids({ field: 'sale_date', operator: '>=', value: '2026-02-01 00:00:00' })).toEqual(
      expectIds((c) => c.sale_date !== null && c.sale_date >= '2026-02-01 00:00:00'),
    );
    expect(await ids({ field: 'talk_duration', operator: '<', value: 1 })).toEqual(expectIds((c) => c.talk_duration < 1));
  });

  it('like / ilike / not_like / not_ilike use % and _ wildcards', async () => {
    expect(await ids({ field: 'contact_phone_number', operator: 'like', value: '7495%' })).toEqual(expectIds((c) => c.contact_phone_number!.startsWith('7495')));
    expect(await ids({ field: 'campaign_name', operator: 'like', value: '%директ%' })).toEqual([]);
    expect(await ids({ field: 'campaign_name', operator: 'ilike', value: '%директ%' })).toEqual(expectIds((c) => !!c.campaign_name && /директ/i.test(c.campaign_name)));
    expect(await ids({ field: 'virtual_phone_number', operator: 'not_like', value: '7495150401_' })).toEqual(
      expectIds((c) => !/^7495150401.$/.test(c.virtual_phone_number!)),
    );
    expect(await ids({ field: 'utm_source', operator: 'not_ilike', value: 'YANDEX' })).toEqual(expectIds((c) => c.utm_source !== null && c.utm_source !== 'yandex'));
  });

  it('regexp matches POSIX-style patterns and rejects a broken one', async () => {
    expect(await ids({ field: 'contact_phone_number', operator: 'regexp', value: '^79[0-4]' })).toEqual(expectIds((c) => /^79[0-4]/.test(c.contact_phone_number!)));
    const res = await rpc(url, 'get.calls_report', { ...WINDOW, filter: { field: 'contact_phone_number', operator: 'regexp', value: '([' } });
    expect(res.error).toMatchObject({ data: { mnemonic: 'invalid_parameter_value' } });
  });

  it('in / not_in take arrays of values', async () => {
    const picked = [calls[0].id, calls[5].id, calls[9].id];
    expect(await ids({ field: 'id', operator: 'in', value: picked })).toEqual(picked);
    expect(await ids({ field: 'finish_reason', operator: 'not_in', value: ['subscriber_disconnects', 'operator_disconnects'] })).toEqual(
      expectIds((c) => !['subscriber_disconnects', 'operator_disconnects'].includes(c.finish_reason)),
    );
    const res = await rpc(url, 'get.calls_report', { ...WINDOW, filter: { field: 'id', operator: 'in', value: 5 } });
    expect(res.error).toMatchObject({ data: { mnemonic: 'data_type_error', field: 'id' } });
  });

  it('overlap / not_overlap match tags by tag_id and employees by employee_id', async () => {
    const tagId = calls.find((c) => c.tags.length > 0)!.tags[0].tag_id;
    expect(await ids({ field: 'tags', operator: 'overlap', value: [tagId] })).toEqual(expectIds((c) => c.tags.some((t) => t.tag_id === tagId)));
    expect(await ids({ field: 'tags', operator: 'not_overlap', value: [tagId] })).toEqual(expectIds((c) => !c.tags.some((t) => t.tag_id === tagId)));
    const empId = calls[3].employees[0].employee_id;
    expect(await ids({ field: 'employees', operator: 'overlap', value: empId })).toEqual(expectIds((c) => c.employees.some((e) => e.employee_id === empId)));
  });

  it('evaluates nested {filters, condition} trees', async () => {
    const tree = {
      condition: 'or',
      filters: [
        { condition: 'and', filters: [{ field: 'direction', operator: '=', value: 'out' }, { field: 'is_lost', operator: '=', value: true }] },
        { field: 'total_duration', operator: '>', value: 850 },
      ],
    };
    expect(await ids(tree)).toEqual(expectIds((c) => (c.direction === 'out' && c.is_lost) || c.total_duration > 850));
  });

  it('rejects wrong value types and unknown operators', async () => {
    const type = await rpc(url, 'get.calls_report', { ...WINDOW, filter: { field: 'total_duration', operator: '>', value: '600' } });
    expect(type.error).toMatchObject({ code: -32602, data: { mnemonic: 'data_type_error', field: 'total_duration' } });
    const op = await rpc(url, 'get.calls_report', { ...WINDOW, filter: { field: 'id', operator: 'between', value: 1 } });
    expect(op.error).toMatchObject({ data: { mnemonic: 'invalid_parameter_value', field: 'filter.operator' } });
    const unknown = await rpc(url, 'get.calls_report', { ...WINDOW, filter: { field: 'colour', operator: '=', value: 1 } });
    expect(unknown.error).toMatchObject({ data: { mnemonic: 'unexpected_parameters', field: 'colour' } });
  });

  it('filters get.employees and get.tags too', async () => {
    const res = await rpc(url, 'get.employees', { filter: { field: 'groups', operator: 'overlap', value: [301] }, fields: ['id', 'groups'] });
    const expected = sim.data.employees.filter((e) => e.groups.some((g) => g.group_id === 301)).map((e) => e.id);
    expect(res.result.data.map((e: { id: number }) => e.id)).toEqual(expected);
    const tags = await rpc(url, 'get.tags', { filter: { field: 'is_system', operator: '=', value: true } });
    expect(tags.result.data).toEqual(sim.data.tags.filter((t) => t.is_system));
  });
});
