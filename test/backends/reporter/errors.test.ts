import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import { ReporterClient } from '../../../src/backends/reporter/client.js';
import { UpstreamError } from '../../../src/gateway/errors.js';
import { upstreamTestOptions } from '../../helpers/logs.js';
import { startReporter, TOKEN, type Harness } from './fixture.js';

let h: Harness;
beforeAll(async () => {
  h = await startReporter({}, { timeoutMs: 300 });
});
afterAll(async () => {
  await h.close();
});
afterEach(() => {
  h.sim.clearFaults();
  h.sim.resetLog();
});

const failure = async (p: Promise<unknown>): Promise<UpstreamError> => {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(UpstreamError);
  return e as UpstreamError;
};

/** Neither the raw token nor its URL-encoded form may appear anywhere a caller or operator sees. */
function expectNoToken(e: UpstreamError, lines: string[] = h.lines) {
  const visible = JSON.stringify({ message: e.message, extensions: e.extensions }) + lines.join('\n');
  expect(visible).not.toContain(TOKEN);
  expect(visible).not.toContain(encodeURIComponent(TOKEN));
  expect(visible).not.toContain('0123456789abcdef0123456789abcdef01234567');
}

describe('ReporterClient error mapping', () => {
  it('maps a wrong token to UPSTREAM_UNAUTHORIZED with the mnemonic, without echoing the token', async () => {
    const o = upstreamTestOptions(['wrong-token-123']);
    const bad = new ReporterClient({ ...o, baseUrl: `${h.origin}/api`, token: 'wrong-token-123' });
    const e = await failure(bad.filterSessions());
    await bad.close();
    expect(e.extensions).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', service: 'reporter', endpoint: 'POST sessions/filter', status: 401, mnemonic: 'reporter.auth.invalid_token' });
    expect(JSON.stringify({ m: e.message, x: e.extensions, l: o.lines })).not.toContain('wrong-token-123');
  });

  it('retries a read on HTTP 500 and then fails with UPSTREAM_ERROR and a summarised detail', async () => {
    h.sim.setFault('POST sessions/filter', { kind: 'status', status: 500, body: JSON.stringify({ error: 'reporter.internal', message: 'boom', args: {} }) });
    const e = await failure(h.client.filterSessions());
    expect(e.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', status: 500, mnemonic: 'reporter.internal' });
    // What the upstream said is for the log (UpstreamError.detail), never for the caller.
    expect(e.detail).toContain('boom');
    expect(e.extensions.detail).toBeUndefined();
    expect(e.message).not.toContain('boom');
    expect(h.sim.count('POST sessions/filter')).toBe(3);
    expectNoToken(e);
  });

  it('tolerates an error body that is not the envelope', async () => {
    h.sim.setFault('GET reports', { kind: 'status', status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' });
    const e = await failure(h.client.listReportTasks());
    expect(e.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 502 });
    expect(e.mnemonic).toBeUndefined();
  });

  it('maps a malformed 2xx body to UPSTREAM_BAD_RESPONSE without retrying it', async () => {
    h.sim.setFault('GET logs/labels/sessions', { kind: 'malformed' });
    const e = await failure(h.client.listSessionLabels());
    expect(e.code).toBe('UPSTREAM_BAD_RESPONSE');
    expect(h.sim.count('GET logs/labels/sessions')).toBe(1);
    expectNoToken(e);
  });

  it('maps a truncated body to UPSTREAM_BAD_RESPONSE', async () => {
    h.sim.setFault('GET message/labels', { kind: 'truncated' });
    const e = await failure(h.client.listMessageLabels());
    expect(e.code).toBe('UPSTREAM_BAD_RESPONSE');
    expectNoToken(e);
  });

  it('maps a hanging upstream to UPSTREAM_TIMEOUT', async () => {
    h.sim.setFault('GET scenario-exeperiments', { kind: 'hang', times: 3 });
    const e = await failure(h.client.listExperiments());
    expect(e.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', endpoint: 'GET scenario-exeperiments' });
    expectNoToken(e);
  });

  it('maps a refused connection to UPSTREAM_UNAVAILABLE, and a write there to NOT_APPLIED', async () => {
    const sim = (await import('../../../src/simulators/reporter/server.js')).createReporterSimulator({ data: h.data, token: TOKEN });
    const origin = await sim.listen(0);
    await sim.close();
    const o = upstreamTestOptions([TOKEN], 300);
    const dead = new ReporterClient({ ...o, baseUrl: `${origin}/api`, token: TOKEN });
    const read = await failure(dead.filterSessions());
    expect(read.code).toBe('UPSTREAM_UNAVAILABLE');
    const write = await failure(dead.addComment('q', 'x'));
    expect(write.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', outcome: 'NOT_APPLIED' });
    await dead.close();
    expectNoToken(read, o.lines);
    expectNoToken(write, o.lines);
  });

  it('retries a rate-limited read after Retry-After and then succeeds', async () => {
    h.sim.setFault('POST clients/filter', { kind: 'rateLimit', retryAfterSec: 0.05, times: 1 });
    const res = await h.client.filterClients({ size: 1 });
    expect(res.clients).toHaveLength(1);
    expect(h.sim.count('POST clients/filter')).toBe(2);
  });

  it('reports UPSTREAM_RATE_LIMITED with retryAfterMs when the limit persists', async () => {
    h.sim.setFault('GET stats/unique-clients', { kind: 'rateLimit', retryAfterSec: 60 });
    const e = await failure(h.client.uniqueClientsStats());
    expect(e.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', status: 429, retryAfterMs: 60_000, mnemonic: 'reporter.rate_limit.exceeded' });
    // 60 s is beyond maxRetryAfterMs: fail fast rather than hold the request.
    expect(h.sim.count('GET stats/unique-clients')).toBe(1);
  });

  it('never retries a write, whatever the failure', async () => {
    const s = h.data.sessions[0];
    h.sim.setFault('POST session-labels/sessions', { kind: 'status', status: 503 });
    const e = await failure(h.client.attachSessionLabel(s.sessionId, 11));
    expect(e.code).toBe('UPSTREAM_UNAVAILABLE');
    // A 503 proves nothing about a write (issue 10): only refusals are NOT_APPLIED.
    expect(e.extensions.outcome).toBe('UNKNOWN');
    expect(h.sim.count('POST session-labels/sessions')).toBe(1);
    h.sim.setFault('POST reports/sessions', { kind: 'rateLimit', retryAfterSec: 0 });
    await failure(h.client.createSessionsReport());
    expect(h.sim.count('POST reports/sessions')).toBe(1);
    h.sim.setFault('PUT clients/block', { kind: 'hang' });
    const hung = await failure(h.client.blockClient(s.botId, s.client.id, { blockedBy: 1 }));
    expect(hung.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', outcome: 'UNKNOWN' });
    expect(h.sim.count('PUT clients/block')).toBe(1);
  });

  it('retries POST reads (filters, stats, filter-options) like GETs', async () => {
    h.sim.setFault('POST stats/log-labels', { kind: 'status', status: 503, times: 1 });
    h.sim.setFault('POST filter-options', { kind: 'reset', times: 1 });
    await expect(h.client.logLabelsStats()).resolves.toHaveProperty('stats');
    await expect(h.client.filterOptions({ filterKey: 'CHANNEL_TYPE', analyticsSection: 'SESSIONS' })).resolves.toHaveLength(5);
    expect(h.sim.counters()).toEqual({ 'POST stats/log-labels': 2, 'POST filter-options': 2 });
  });

  it('passes the abort signal through', async () => {
    h.sim.setFault('GET reports', { kind: 'latency', ms: 200 });
    const ac = new AbortController();
    const pending = h.client.listReportTasks({ signal: ac.signal });
    setTimeout(() => ac.abort(), 20);
    const e = await failure(pending);
    expect(e.detail).toBe('cancelled by the client');
  });

  it('keeps the token out of every captured log line', () => {
    expect(h.lines.length).toBeGreaterThan(0);
    expect(h.lines.join('\n')).not.toContain(TOKEN);
    expect(h.lines.join('\n')).not.toContain(encodeURIComponent(TOKEN));
  });
});
