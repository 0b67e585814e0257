import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UisClient } from '../../../src/backends/uis/client.js';
import { ALL_CALLS_REPORT_FIELDS } from '../../../src/backends/uis/fields.js';
import type { UisSimulator } from '../../../src/simulators/uis/server.js';
import { upstreamTestOptions } from '../../helpers/logs.js';
import { startUis, TOKEN } from '../../simulators/uis/rpc-helper.js';

const FEB = { date_from: '2026-02-01 00:00:00', date_till: '2026-02-28 23:59:59' };

describe('UisClient against the simulator', () => {
  let sim: UisSimulator;
  let client: UisClient;
  let test: ReturnType<typeof upstreamTestOptions>;
  beforeAll(async () => {
    const started = await startUis();
    sim = started.sim;
    test = upstreamTestOptions([TOKEN]);
    client = new UisClient({ ...test, baseUrl: started.url, accessToken: TOKEN });
  });
  afterAll(async () => {
    await client.close();
    await sim.close();
  });
  beforeEach(() => sim.resetLog());

  it('POSTs one JSON-RPC 2.0 envelope to the base URL with the token in params and a fresh id', async () => {
    await client.getTags();
    await client.getTags();
    expect(sim.log).toHaveLength(2);
    const [a, b] = sim.log;
    expect(a).toMatchObject({ method: 'POST', path: '/v2.0', endpoint: 'get.tags' });
    expect(a.body).toMatchObject({ jsonrpc: '2.0', method: 'get.tags', params: { access_token: TOKEN } });
    expect((a.body as { id: string }).id).not.toBe((b.body as { id: string }).id);
    expect(a.headers['content-type']).toMatch(/^application\/json/);
  });

  it('getCallsReport returns the selected fields with totalItems and limits from metadata', async () => {
    const page = await client.getCallsReport({ ...FEB, fields: ['id', 'communication_id', 'tags', 'employees'], limit: 20, offset: 10 });
    const expected = sim.data.calls.filter((c) => c.start_time >= FEB.date_from && c.start_time <= FEB.date_till);
    expect(page.totalItems).toBe(expected.length);
    expect(page.data).toHaveLength(20);
    expect(page.data[0]).toEqual({ id: expected[10].id, communication_id: expected[10].communication_id, tags: expected[10].tags, employees: expected[10].employees });
    expect(page.limits).toMatchObject({ day_remaining: expect.any(Number), minute_remaining: expect.any(Number) });
    expect(sim.count('get.calls_report')).toBe(1);
  });

  it('getCallsReport can ask for every documented field and gets the full row', async () => {
    const page = await client.getCallsReport({ ...FEB, fields: [...ALL_CALLS_REPORT_FIELDS], limit: 1 });
    const { recognized_text: _omitted, ...call } = sim.data.calls.find((c) => c.start_time >= FEB.date_from)!;
    expect(page.data[0]).toEqual(call);
  });

  it('getCallsReport batches ids through an `in` filter in one request', async () => {
    const wanted = sim.data.calls.slice(100, 140).map((c) => c.id);
    const page = await client.getCallsReport({
      date_from: '2025-12-01 00:00:00',
      date_till: '2026-02-28 23:59:59',
      fields: ['id'],
      filter: { filters: [{ field: 'id', operator: 'in', value: wanted }], condition: 'and' },
    });
    const inWindow = sim.data.calls.slice(100, 140).filter((c) => c.start_time >= '2025-12-01 00:00:00').map((c) => c.id);
    expect(page.data.map((r) => r.id)).toEqual(inWindow);
    expect(sim.count('get.calls_report')).toBe(1);
  });

  it('getCallsReport refuses to run without an explicit fields list (a programming error, no request)', async () => {
    await expect(client.getCallsReport({ ...FEB, fields: [] })).rejects.toThrow(TypeError);
    await expect(client.getCallsReport({ ...FEB } as never)).rejects.toThrow(/fields/);
    expect(sim.count()).toBe(0);
  });

  it('getEmployees returns every field by default and honours fields/sort', async () => {
    const all = await client.getEmployees();
    expect(all.data).toEqual(sim.data.employees);
    expect(all.totalItems).toBe(sim.data.employees.length);
    const sorted = await client.getEmployees({ fields: ['id', 'last_name'], sort: [{ field: 'last_name', order: 'desc' }], limit: 5 });
    const expected = [...sim.data.employees].sort((a, b) => (a.last_name! < b.last_name! ? 1 : a.last_name! > b.last_name! ? -1 : 0)).slice(0, 5);
    expect(sorted.data.map((e) => e.last_name)).toEqual(expected.map((e) => e.last_name));
    expect(Object.keys(sorted.data[0])).toEqual(['id', 'last_name']);
  });

  it('getTags returns all tags with is_system', async () => {
    const page = await client.getTags({ filter: { field: 'name', operator: 'like', value: 'П%' } });
    expect(page.data.length).toBeGreaterThan(2);
    expect(page.data).toEqual(sim.data.tags.filter((t) => t.name.startsWith('П')));
  });

  it('getAccount returns the account with its time zone', async () => {
    const { account, limits } = await client.getAccount();
    expect(account).toEqual({ app_id: sim.data.account.app_id, name: sim.data.account.name, timezone: 'Europe/Moscow' });
    expect(limits).toMatchObject({ day_limit: expect.any(Number) });
  });

  it('setTagCommunications tags a call by communication_id and the change persists', async () => {
    const call = sim.data.calls.find((c) => c.start_time >= FEB.date_from && c.tags.length === 0)!;
    const tag = sim.data.tags[7];
    await client.setTagCommunications({ communication_id: call.communication_id, communication_type: 'call', tag_id: tag.id });
    expect(sim.count('set.tag_communications')).toBe(1);
    const page = await client.getCallsReport({ ...FEB, fields: ['id', 'tags'], filter: { field: 'id', operator: '=', value: call.id } });
    expect(page.data[0].tags).toEqual([
      expect.objectContaining({ tag_id: tag.id, tag_name: tag.name, tag_type: 'manual', tag_user_login: sim.data.apiUser.login, tag_change_time: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/) }),
    ]);
    await client.unsetTagCommunications({ communication_id: call.communication_id, communication_type: 'call', tag_id: tag.id });
    const after = await client.getCallsReport({ ...FEB, fields: ['tags'], filter: { field: 'id', operator: '=', value: call.id } });
    expect(after.data[0].tags).toEqual([]);
  });

  it('setTagCommunications by the call-session id (not communication_id) is NOT_FOUND', async () => {
    const call = sim.data.calls[42];
    const err = await client.setTagCommunications({ communication_id: call.id, communication_type: 'call', tag_id: sim.data.tags[0].id }).catch((e) => e);
    expect(err.extensions).toMatchObject({ code: 'NOT_FOUND', service: 'uis', endpoint: 'set.tag_communications', mnemonic: 'entity_not_found', field: 'communication_id' });
  });

  it('tagging an unknown tag is NOT_FOUND and a tag already present is CONFLICT', async () => {
    const call = sim.data.calls.find((c) => c.tags.length > 0)!;
    const unknown = await client.setTagCommunications({ communication_id: call.communication_id, communication_type: 'call', tag_id: 1 }).catch((e) => e);
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'tag_id' });
    const dup = await client.setTagCommunications({ communication_id: call.communication_id, communication_type: 'call', tag_id: call.tags[0].tag_id }).catch((e) => e);
    expect(dup.extensions).toMatchObject({ code: 'CONFLICT', mnemonic: 'duplicate_entity' });
    // UIS refused both: nothing was applied.
    expect(unknown.extensions.outcome).toBe('NOT_APPLIED');
    expect(dup.extensions.outcome).toBe('NOT_APPLIED');
  });

  it('exposes a displayUrl without the token', () => {
    expect(client.displayUrl).toMatch(/\/v2\.0$/);
    expect(client.displayUrl).not.toContain(TOKEN);
  });
});
