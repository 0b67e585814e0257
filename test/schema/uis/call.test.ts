import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UisCall } from '../../../src/backends/uis/shapes.js';
import type { Context } from '../../../src/gateway/context.js';
import { UpstreamError } from '../../../src/gateway/errors.js';
import { transcriptOf } from '../../../src/schema/uis/call-transcript.js';
import type { CallRow as SimCall } from '../../../src/simulators/uis/types.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { iso, op, paramsOf, warm, type Json } from './helpers.js';

/** A Call's global ID: session id plus its start time as 14 digits (shapes.ts). */
function callId(c: SimCall): string {
  return Buffer.from(`Call:${c.id}:${c.start_time.replace(/\D/g, '')}`).toString('base64');
}

describe('Query.call and Call through node', () => {
  let gw: TestGateway;
  let calls: SimCall[];
  beforeAll(async () => {
    gw = await startTestGateway();
    calls = gw.sims.dataset.uis.calls;
  });
  afterAll(async () => gw.close());
  beforeEach(async () => warm(gw));

  it('fetches every card field of one call in one request over that call’s own date', async () => {
    const sim = calls.find((c) => c.site_id !== null && c.tags.length > 0 && c.sale_date !== null) ?? calls.find((c) => c.site_id !== null)!;
    const res = await gw.execute(op('CallDetails'), { id: callId(sim) });
    expect(res.errors).toBeUndefined();
    const call = res.data.call;
    expect(call).toMatchObject({
      id: callId(sim),
      callSessionId: String(sim.id),
      communicationId: String(sim.communication_id),
      finishTime: iso(sim.finish_time),
      directionRaw: sim.direction,
      totalDuration: sim.total_duration,
      virtualPhoneNumber: sim.virtual_phone_number,
      source: sim.source,
      site: { siteId: sim.site_id, domainName: sim.site_domain_name },
      campaign: { campaignId: sim.campaign_id, name: sim.campaign_name },
      attribution: { utmSource: sim.utm_source, channel: sim.channel },
      region: { regionName: sim.cpn_region_name, countryId: sim.cpn_country_id },
    });
    expect(call.recordings.filter((r: Json) => r.kind === 'TALK').map((r: Json) => r.url)).toEqual(
      sim.call_records.map((rec) => `https://app.uiscom.ru/system/media/talk/${sim.communication_id}/${rec}/`),
    );
    expect(call.sale).toEqual(sim.sale_date ? { date: iso(sim.sale_date), cost: sim.sale_cost } : null);
    expect(call.lastTalkedEmployee).toEqual(sim.last_talked_employee_id ? { employeeId: sim.last_talked_employee_id, fullName: sim.last_talked_employee_full_name } : null);
    expect(gw.sims.counts().total).toBe(1);
    expect(paramsOf(gw, 'get.calls_report')[0]).toMatchObject({ date_from: sim.start_time, date_till: sim.start_time, filter: { field: 'id', operator: 'in', value: [sim.id] } });
  });

  it('answers NOT_FOUND for a call id that does not exist', async () => {
    const ghost = { ...calls[5], id: 42 };
    const res = await gw.execute(`query($id: ID!) { call(id: $id) { id } }`, { id: callId(ghost) });
    expect(res.data.call).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', service: 'uis' });
  });

  it('answers null from `node` for a call that does not exist', async () => {
    const res = await gw.execute(`query($id: ID!) { node(id: $id) { id } }`, { id: callId({ ...calls[5], id: 42 }) });
    expect(res.errors).toBeUndefined();
    expect(res.data.node).toBeNull();
  });

  it('rejects an ID of another type with BAD_USER_INPUT before any request', async () => {
    const res = await gw.execute(`query($id: ID!) { call(id: $id) { id } }`, { id: Buffer.from('Employee:1').toString('base64') });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('resolves the same call asked through `call` and `node` with one request', async () => {
    const id = callId(calls[100]);
    const res = await gw.execute(`query($id: ID!) { call(id: $id) { talkDuration } node(id: $id) { ... on Call { waitDuration } } }`, { id });
    expect(res.data).toEqual({ call: { talkDuration: calls[100].talk_duration }, node: { waitDuration: calls[100].wait_duration } });
    expect(gw.sims.counts().total).toBe(1);
  });

  it('fetches the optional transcript apart, in one request for all calls, and null without one', async () => {
    const withText = calls.find((c) => c.recognized_text !== null)!;
    const res = await gw.execute(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Call { recognizedText { text isOperator at } } } }`, {
      ids: [callId(withText), callId(calls[3])],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.nodes[0].recognizedText[0]).toEqual({
      text: withText.recognized_text![0].phrase,
      isOperator: withText.recognized_text![0].is_operator,
      at: iso(withText.recognized_text![0].start_time),
    });
    expect(res.data.nodes[1].recognizedText).toBeNull();
    const fields = paramsOf(gw, 'get.calls_report').map((p) => p.fields as string[]);
    expect(fields.filter((f) => f.includes('recognized_text'))).toHaveLength(1);
  });

  it('gives a null transcript, not a failed call, when the API rejects recognized_text', async () => {
    const rejecting = {
      loaders: {
        uis: {
          call: {
            load: async () => {
              throw new UpstreamError('unexpected', { code: 'UPSTREAM_ERROR', service: 'uis', endpoint: 'get.calls_report', mnemonic: 'unexpected_parameters' });
            },
          },
        },
      },
    } as unknown as Context;
    const call = new UisCall({ id: 1, start_time: '2026-01-01 10:00:00' }, 'Europe/Moscow');
    await expect(transcriptOf(call, rejecting)).resolves.toBeNull();
  });

  it('still fails the transcript on other upstream errors', async () => {
    const failing = {
      loaders: { uis: { call: { load: async () => Promise.reject(new UpstreamError('down', { code: 'UPSTREAM_UNAVAILABLE', service: 'uis', endpoint: 'get.calls_report' })) } } },
    } as unknown as Context;
    const call = new UisCall({ id: 1, start_time: '2026-01-01 10:00:00' }, 'Europe/Moscow');
    await expect(transcriptOf(call, failing)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
  });
});
