import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultFields, CALLS_REPORT_FIELDS } from '../../../src/backends/uis/fields.js';
import type { UisSimulator } from '../../../src/simulators/uis/server.js';
import { rawPost, rpc, startUis, TOKEN } from './rpc-helper.js';

const FEB = { date_from: '2026-02-01 00:00:00', date_till: '2026-02-28 23:59:59' };

describe('UIS simulator: JSON-RPC envelope and auth', () => {
  let sim: UisSimulator;
  let url: string;
  beforeAll(async () => ({ sim, url } = await startUis()));
  afterAll(async () => sim.close());
  beforeEach(() => sim.resetLog());

  it('answers unparsable JSON with -32700 parse_error under HTTP 200 and counts it as invalid', async () => {
    const res = await rawPost(url, '{"jsonrpc": "2.0", ');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32700, data: { mnemonic: 'parse_error' } } });
    expect(sim.count('invalid')).toBe(1);
  });

  it('rejects batch arrays with -32099 batch_operations_not_supported', async () => {
    const body = JSON.stringify([{ jsonrpc: '2.0', id: 1, method: 'get.tags', params: { access_token: TOKEN } }]);
    const res = await rawPost(url, body);
    expect(res.json.error).toMatchObject({ code: -32099, data: { mnemonic: 'batch_operations_not_supported' } });
  });

  it('rejects notifications (no id) with -32099 notifications_not_supported', async () => {
    const res = await rawPost(url, JSON.stringify({ jsonrpc: '2.0', method: 'get.tags', params: { access_token: TOKEN } }));
    expect(res.json.error).toMatchObject({ code: -32099, data: { mnemonic: 'notifications_not_supported' } });
  });

  it('answers an unknown method with -32601 method_not_found and the request id', async () => {
    const res = await rpc(url, 'get.nothing');
    expect(res.error).toMatchObject({ code: -32601, data: { mnemonic: 'method_not_found' } });
    expect(res.id).toEqual(expect.any(Number));
    expect(sim.count('get.nothing')).toBe(1);
  });

  it('answers a wrong or missing access_token with -32001 access_token_invalid', async () => {
    const wrong = await rpc(url, 'get.tags', { access_token: 'not-the-token' });
    expect(wrong.error).toMatchObject({ code: -32001, data: { mnemonic: 'access_token_invalid' } });
    const missing = await rawPost(url, JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'get.tags', params: {} }));
    expect(missing.json).toMatchObject({ id: 5, error: { code: -32001, data: { mnemonic: 'access_token_invalid' } } });
  });

  it('answers a wrong jsonrpc version with -32600 invalid_request', async () => {
    const res = await rawPost(url, JSON.stringify({ jsonrpc: '1.0', id: 9, method: 'get.tags', params: { access_token: TOKEN } }));
    expect(res.json).toMatchObject({ id: 9, error: { code: -32600, data: { mnemonic: 'invalid_request' } } });
  });

  it('rejects unknown params with unexpected_parameters naming the param', async () => {
    const res = await rpc(url, 'get.tags', { colour: 'red' });
    expect(res.error).toMatchObject({ code: -32602, data: { mnemonic: 'unexpected_parameters', field: 'colour' } });
  });
});

describe('UIS simulator: get.calls_report rules', () => {
  let sim: UisSimulator;
  let url: string;
  beforeAll(async () => ({ sim, url } = await startUis()));
  afterAll(async () => sim.close());

  it('requires date_from and date_till', async () => {
    const res = await rpc(url, 'get.calls_report', { date_from: FEB.date_from });
    expect(res.error).toMatchObject({ code: -32602, data: { mnemonic: 'required_parameter_missed', field: 'date_till' } });
  });

  it('rejects a period longer than 3 months with date_interval_limit_reached', async () => {
    const ok = await rpc(url, 'get.calls_report', { date_from: '2025-11-01 00:00:00', date_till: '2026-02-01 00:00:00', limit: 1 });
    expect(ok.result.data).toHaveLength(1);
    const res = await rpc(url, 'get.calls_report', { date_from: '2025-11-01 00:00:00', date_till: '2026-02-01 00:00:01' });
    expect(res.error).toMatchObject({ code: -32602, data: { mnemonic: 'date_interval_limit_reached' } });
  });

  it('rejects dates not in YYYY-MM-DD hh:mm:ss with invalid_parameter_value', async () => {
    const res = await rpc(url, 'get.calls_report', { date_from: '2026-02-01T00:00:00Z', date_till: FEB.date_till });
    expect(res.error).toMatchObject({ data: { mnemonic: 'invalid_parameter_value', field: 'date_from' } });
  });

  it('enforces limit ≤ 10 000 and offset ≤ 100 000 with invalid_parameter_value', async () => {
    const limit = await rpc(url, 'get.calls_report', { ...FEB, limit: 10_001 });
    expect(limit.error).toMatchObject({ code: -32602, data: { mnemonic: 'invalid_parameter_value', field: 'limit' } });
    const offset = await rpc(url, 'get.calls_report', { ...FEB, offset: 100_001 });
    expect(offset.error).toMatchObject({ data: { mnemonic: 'invalid_parameter_value', field: 'offset' } });
    const max = await rpc(url, 'get.calls_report', { ...FEB, limit: 10_000, offset: 100_000 });
    expect(max.result.data).toEqual([]);
  });

  it('returns only the default fields when fields is omitted', async () => {
    const res = await rpc(url, 'get.calls_report', { ...FEB, limit: 3 });
    expect(Object.keys(res.result.data[0])).toEqual(defaultFields(CALLS_REPORT_FIELDS));
    expect(res.result.data[0]).not.toHaveProperty('tags');
  });

  it('returns exactly the requested fields, in the requested order', async () => {
    const res = await rpc(url, 'get.calls_report', { ...FEB, limit: 2, fields: ['tags', 'id', 'contact_phone_number'] });
    expect(Object.keys(res.result.data[0])).toEqual(['tags', 'id', 'contact_phone_number']);
    const call = sim.data.callsById.get(res.result.data[0].id)!;
    expect(res.result.data[0]).toEqual({ tags: call.tags, id: call.id, contact_phone_number: call.contact_phone_number });
  });

  it('rejects an unknown field name with unexpected_parameters', async () => {
    const res = await rpc(url, 'get.calls_report', { ...FEB, fields: ['id', 'colour'] });
    expect(res.error).toMatchObject({ data: { mnemonic: 'unexpected_parameters', field: 'colour' } });
  });

  it('rejects a filter on a non-filterable field with filter_prohibited', async () => {
    const res = await rpc(url, 'get.calls_report', { ...FEB, filter: { field: 'start_time', operator: '>', value: '2026-02-10 00:00:00' } });
    expect(res.error).toMatchObject({ code: -32602, data: { mnemonic: 'filter_prohibited', field: 'start_time' } });
  });

  it('rejects a sort on a non-sortable field with sort_prohibited and an unknown one with unexpected_parameters', async () => {
    const res = await rpc(url, 'get.calls_report', { ...FEB, sort: [{ field: 'talk_duration', order: 'desc' }] });
    expect(res.error).toMatchObject({ data: { mnemonic: 'sort_prohibited', field: 'talk_duration' } });
    const unknown = await rpc(url, 'get.calls_report', { ...FEB, sort: [{ field: 'nope' }] });
    expect(unknown.error).toMatchObject({ data: { mnemonic: 'unexpected_parameters', field: 'nope' } });
  });

  it('selects calls whose start_time lies in [date_from, date_till], ordered by start_time', async () => {
    const expected = sim.data.calls.filter((c) => c.start_time >= FEB.date_from && c.start_time <= FEB.date_till);
    const res = await rpc(url, 'get.calls_report', { ...FEB, limit: 10_000, fields: ['id'] });
    expect(res.result.metadata.total_items).toBe(expected.length);
    expect(res.result.data.map((r: { id: number }) => r.id)).toEqual(expected.map((c) => c.id));
  });

  it('pages with limit/offset and keeps total_items independent of the page', async () => {
    const all = await rpc(url, 'get.calls_report', { ...FEB, limit: 10_000, fields: ['id'] });
    const page = await rpc(url, 'get.calls_report', { ...FEB, limit: 25, offset: 50, fields: ['id'] });
    expect(page.result.metadata.total_items).toBe(all.result.metadata.total_items);
    expect(page.result.data).toEqual(all.result.data.slice(50, 75));
  });

  it('sorts by several sortable fields, stable and descending when asked', async () => {
    const res = await rpc(url, 'get.calls_report', {
      ...FEB,
      limit: 10_000,
      fields: ['id', 'direction', 'virtual_phone_number'],
      sort: [{ field: 'direction' }, { field: 'virtual_phone_number', order: 'desc' }],
    });
    const rows = res.result.data as Array<{ direction: string; virtual_phone_number: string }>;
    const key = (r: (typeof rows)[number]) => `${r.direction}|${r.virtual_phone_number}`;
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1];
      const b = rows[i];
      expect(a.direction <= b.direction).toBe(true);
      if (a.direction === b.direction) expect(a.virtual_phone_number >= b.virtual_phone_number).toBe(true);
    }
    expect(new Set(rows.map(key)).size).toBeGreaterThan(2);
  });

  it('reports metadata.limits with counters that decrease per successful call', async () => {
    const a = await rpc(url, 'get.tags');
    const b = await rpc(url, 'get.tags');
    expect(a.result.metadata.limits).toMatchObject({ day_limit: expect.any(Number), minute_limit: expect.any(Number), day_reset: expect.any(Number), minute_reset: expect.any(Number) });
    expect(b.result.metadata.limits.day_remaining).toBe(a.result.metadata.limits.day_remaining - 1);
    expect(b.result.metadata.limits.minute_remaining).toBe(a.result.metadata.limits.minute_remaining - 1);
  });

  it('puts metadata.limits into get.* error answers as well', async () => {
    const res = await rpc(url, 'get.calls_report', {});
    expect(res.error!.data.metadata.limits).toMatchObject({ day_remaining: expect.any(Number) });
  });
});

describe('UIS simulator: points budget', () => {
  let sim: UisSimulator;
  let url: string;
  beforeAll(async () => ({ sim, url } = await startUis({ limits: { minuteLimit: 3, dayLimit: 1000 } })));
  afterAll(async () => sim.close());

  it('answers -32029 limit_exceeded once the minute budget is spent, and failures cost nothing', async () => {
    await rpc(url, 'get.calls_report', {}); // an error: consumes no point (§11.8)
    for (let i = 0; i < 3; i++) expect((await rpc(url, 'get.tags')).result.data.length).toBeGreaterThan(0);
    const res = await rpc(url, 'get.tags');
    expect(res.error).toMatchObject({ code: -32029, data: { mnemonic: 'limit_exceeded', params: { limit_type: 'minute' } } });
    expect(res.error!.data.metadata.limits).toMatchObject({ minute_remaining: 0, minute_limit: 3 });
    expect(res.error!.data.metadata.limits.minute_reset).toBeGreaterThan(0);
    expect(res.error!.data.metadata.limits.minute_reset).toBeLessThanOrEqual(60);
    sim.budget.reset();
    expect((await rpc(url, 'get.tags')).result.metadata.limits.minute_remaining).toBe(2);
  });
});

describe('UIS simulator: rendered faults', () => {
  let sim: UisSimulator;
  let url: string;
  beforeAll(async () => ({ sim, url } = await startUis()));
  afterAll(async () => sim.close());

  it('renders rateLimit as limit_exceeded with minute_reset = retryAfterSec under HTTP 200', async () => {
    sim.setFault('get.tags', { kind: 'rateLimit', retryAfterSec: 7, times: 1 });
    const res = await rawPost(url, JSON.stringify({ jsonrpc: '2.0', id: 'x1', method: 'get.tags', params: { access_token: TOKEN } }));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: 'x1', error: { code: -32029, data: { mnemonic: 'limit_exceeded', metadata: { limits: { minute_remaining: 0, minute_reset: 7 } } } } });
  });

  it('renders rpcError with the given code and mnemonic', async () => {
    sim.setFault('get.employees', { kind: 'rpcError', code: -32603, mnemonic: 'internal_error', times: 1 });
    const res = await rpc(url, 'get.employees');
    expect(res.error).toMatchObject({ code: -32603, data: { mnemonic: 'internal_error' } });
  });
});
