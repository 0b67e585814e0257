import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UisClient } from '../../../src/backends/uis/client.js';
import { UpstreamError } from '../../../src/gateway/errors.js';
import type { UisSimulator } from '../../../src/simulators/uis/server.js';
import { upstreamTestOptions } from '../../helpers/logs.js';
import { startUis, TOKEN } from '../../simulators/uis/rpc-helper.js';

const FEB = { date_from: '2026-02-01 00:00:00', date_till: '2026-02-28 23:59:59', fields: ['id'] };

describe('UisClient error mapping', () => {
  let sim: UisSimulator;
  let url: string;
  let client: UisClient;
  let test: ReturnType<typeof upstreamTestOptions>;
  beforeAll(async () => {
    ({ sim, url } = await startUis());
    test = upstreamTestOptions([TOKEN], 300);
    client = new UisClient({ ...test, baseUrl: url, accessToken: TOKEN });
  });
  afterAll(async () => {
    await client.close();
    await sim.close();
  });
  beforeEach(() => {
    sim.clearFaults();
    sim.resetLog();
  });

  const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: UpstreamError) => e);

  it('maps a wrong token (-32001) to UPSTREAM_UNAUTHORIZED without retrying', async () => {
    const wrong = new UisClient({ ...test, baseUrl: url, accessToken: 'another-token-that-is-wrong' });
    const err = await failure(wrong.getTags());
    await wrong.close();
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', service: 'uis', endpoint: 'get.tags', rpcCode: -32001, mnemonic: 'access_token_invalid' });
    expect(sim.count('get.tags')).toBe(1);
    expect(JSON.stringify(err.extensions)).not.toContain('another-token-that-is-wrong');
  });

  it('maps -32003 ip_not_whitelisted to UPSTREAM_UNAUTHORIZED', async () => {
    sim.setFault('get.tags', { kind: 'rpcError', code: -32003, mnemonic: 'ip_not_whitelisted' });
    const err = await failure(client.getTags());
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', mnemonic: 'ip_not_whitelisted' });
  });

  it.each([
    ['filter_prohibited', { ...FEB, filter: { field: 'start_time', operator: '=', value: '2026-02-02 00:00:00' } }, 'start_time'],
    ['sort_prohibited', { ...FEB, sort: [{ field: 'talk_duration' }] }, 'talk_duration'],
    ['unexpected_parameters', { ...FEB, fields: ['id', 'bogus'] }, 'bogus'],
    ['invalid_parameter_value', { ...FEB, limit: 20_000 }, 'limit'],
    ['date_interval_limit_reached', { ...FEB, date_from: '2025-06-01 00:00:00' }, 'date_till'],
    ['required_parameter_missed', { fields: ['id'], date_from: FEB.date_from }, 'date_till'],
    ['data_type_error', { ...FEB, filter: { field: 'id', operator: '=', value: 'x' } }, 'id'],
  ])('maps %s to BAD_USER_INPUT with mnemonic and field, without retrying', async (mnemonic, params, field) => {
    const err = await failure(client.getCallsReport(params as never));
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rpcCode: -32602, mnemonic, field });
    expect(sim.count('get.calls_report')).toBe(1);
  });

  it('retries -32603 internal_error on reads and succeeds', async () => {
    sim.setFault('get.tags', { kind: 'rpcError', code: -32603, mnemonic: 'internal_error', times: 1 });
    const page = await client.getTags();
    expect(page.data).toHaveLength(sim.data.tags.length);
    expect(sim.count('get.tags')).toBe(2);
  });

  it('retries limit_exceeded after minute_reset seconds, then succeeds', async () => {
    sim.setFault('get.employees', { kind: 'rateLimit', retryAfterSec: 1, times: 1 });
    const started = Date.now();
    const page = await client.getEmployees({ fields: ['id'] });
    expect(page.data).toHaveLength(sim.data.employees.length);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(sim.count('get.employees')).toBe(2);
  });

  it('fails fast with UPSTREAM_RATE_LIMITED when the reset is longer than it will wait', async () => {
    sim.setFault('get.employees', { kind: 'rateLimit', retryAfterSec: 45 });
    const err = await failure(client.getEmployees());
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', rpcCode: -32029, mnemonic: 'limit_exceeded', retryAfterMs: 45_000 });
    expect(sim.count('get.employees')).toBe(1);
  });

  it('maps a non-JSON 5xx to UPSTREAM_UNAVAILABLE and retries it', async () => {
    sim.setFault('get.account', { kind: 'status', status: 502, body: '<html>Bad Gateway</html>', contentType: 'text/html', times: 2 });
    const { account } = await client.getAccount();
    expect(account.timezone).toBe('Europe/Moscow');
    expect(sim.count('get.account')).toBe(3);
    sim.setFault('get.account', { kind: 'status', status: 503, body: 'down' });
    const err = await failure(client.getAccount());
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
  });

  it('maps a malformed 200 body to UPSTREAM_BAD_RESPONSE', async () => {
    sim.setFault('get.tags', { kind: 'malformed' });
    const err = await failure(client.getTags());
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', service: 'uis', endpoint: 'get.tags' });
  });

  it('maps a truncated body to UPSTREAM_BAD_RESPONSE', async () => {
    sim.setFault('get.tags', { kind: 'truncated' });
    const err = await failure(client.getTags());
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', endpoint: 'get.tags' });
  });

  it('maps a hanging backend to UPSTREAM_TIMEOUT', async () => {
    sim.setFault('get.tags', { kind: 'hang' });
    const err = await failure(client.getTags());
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', endpoint: 'get.tags' });
    expect(sim.count('get.tags')).toBe(3);
  });

  it('never retries a write: a hanging set.tag_communications is sent once and its outcome is UNKNOWN', async () => {
    sim.setFault('set.tag_communications', { kind: 'hang' });
    const call = sim.data.calls[5];
    const err = await failure(client.setTagCommunications({ communication_id: call.communication_id, communication_type: 'call', tag_id: sim.data.tags[1].id }));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', endpoint: 'set.tag_communications', outcome: 'UNKNOWN' });
    expect(sim.count('set.tag_communications')).toBe(1);
  });

  it('never retries a write that got internal_error', async () => {
    sim.setFault('unset.tag_communications', { kind: 'rpcError', code: -32603, mnemonic: 'internal_error' });
    const call = sim.data.calls[5];
    const err = await failure(client.unsetTagCommunications({ communication_id: call.communication_id, communication_type: 'call', tag_id: 1 }));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', mnemonic: 'internal_error' });
    expect(sim.count('unset.tag_communications')).toBe(1);
  });

  it('maps a refused connection to UPSTREAM_UNAVAILABLE', async () => {
    const closed = await startUis();
    await closed.sim.close();
    const dead = new UisClient({ ...test, baseUrl: closed.url, accessToken: TOKEN });
    const err = await failure(dead.getTags());
    await dead.close();
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', service: 'uis', endpoint: 'get.tags' });
  });

  it('passes the abort signal through', async () => {
    sim.setFault('get.tags', { kind: 'latency', ms: 200 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const err = await failure(client.getTags({}, { signal: controller.signal }));
    expect(err.extensions).toMatchObject({ service: 'uis', endpoint: 'get.tags' });
    expect(sim.count('get.tags')).toBe(1);
  });

  it('never lets the token reach error messages, extensions or log lines', async () => {
    sim.setFault('get.tags', { kind: 'status', status: 500, body: `{"oops": "${TOKEN}"` });
    const err = await failure(client.getTags());
    expect(err.message).not.toContain(TOKEN);
    expect(JSON.stringify(err.extensions)).not.toContain(TOKEN);
    expect(test.lines.length).toBeGreaterThan(0);
    expect(test.lines.join('\n')).not.toContain(TOKEN);
  });
});
