import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

/**
 * Upstream words never reach a caller (issue 18): an upstream failure carries its classification and
 * the request's id; what the upstream said is in the log under the same id.
 */
describe('request ids tie an error to its log line', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const post = (query: string, headers: Record<string, string> = {}) =>
    gw.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  it('gives an upstream error the classification and the request id, and logs the upstream’s words under it', async () => {
    gw.sims.uis.setFault('*', { kind: 'status', status: 500, body: 'database on fire: table calls_2026 is locked', contentType: 'text/plain', times: 3 });
    const res = await post('{ employees(first: 1) { totalCount } }');
    const id = res.headers.get('x-request-id');
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    gw.sims.clearFaults();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.errors[0]!.extensions).toEqual({ code: 'UPSTREAM_ERROR', service: 'uis', endpoint: 'get.employees', status: 500, requestId: id });
    expect(JSON.stringify(body)).not.toContain('database on fire');
    const line = gw.logLines.find((l) => l.includes('database on fire'));
    expect(line && JSON.parse(line)).toMatchObject({ requestId: id, upstream: { code: 'UPSTREAM_ERROR', service: 'uis', endpoint: 'get.employees', status: 500 } });
  });

  it('logs a call cut short by its client leaving at debug, and counts it as CANCELLED, not as an upstream failure', async () => {
    const origin = await gw.listen();
    const attempts = async (outcome: string) => {
      const text = await (await gw.yoga.fetch('http://gateway.test/metrics')).text();
      const m = new RegExp(`switchboard_upstream_requests_total\\{[^}]*endpoint="get.employees",outcome="${outcome}"\\} (\\d+)`).exec(text);
      return Number(m?.[1] ?? 0);
    };
    const failedBefore = await attempts('UPSTREAM_ERROR');
    const sentBefore = gw.sims.uis.count();
    gw.sims.uis.setFault('*', { kind: 'hang', times: 1 });
    const client = new AbortController();
    const sent = fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'leaving-client-1' },
      body: JSON.stringify({ query: '{ employees(first: 1) { totalCount } }' }),
      signal: client.signal,
    }).catch((e: Error) => e);
    await vi.waitFor(() => expect(gw.sims.uis.count()).toBeGreaterThan(sentBefore));
    client.abort();
    expect(await sent).toBeInstanceOf(Error);
    const lineOf = () => gw.logLines.map((l) => JSON.parse(l) as { level: number; requestId?: string; upstream?: { detail?: string } }).find((l) => l.requestId === 'leaving-client-1' && l.upstream);
    await vi.waitFor(() => expect(lineOf()).toBeDefined(), { timeout: 3_000 });
    gw.sims.clearFaults();
    expect(lineOf()).toMatchObject({ level: 20, upstream: { code: 'UPSTREAM_ERROR', service: 'uis', detail: 'cancelled by the client' } });
    expect(await attempts('CANCELLED')).toBe(1);
    expect(await attempts('UPSTREAM_ERROR')).toBe(failedBefore);
  });

  it('keeps a well-formed X-Request-Id from a proxy in front, and replaces anything else', async () => {
    expect((await post('{ backends { name } }', { 'x-request-id': 'edge-4f2a9c1e' })).headers.get('x-request-id')).toBe('edge-4f2a9c1e');
    expect((await post('{ backends { name } }', { 'x-request-id': 'bad id\nwith a newline' })).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the request id in a mutation’s UpstreamFailure, and the audit line has the upstream’s words', async () => {
    gw.sims.reporter.setFault('*', { kind: 'status', status: 503, body: 'maintenance window until 03:00', contentType: 'text/plain' });
    const res = await post('mutation { createSessionLabel(name: "x") { __typename ... on UpstreamFailure { code requestId message } } }');
    const id = res.headers.get('x-request-id');
    const body = (await res.json()) as { data: { createSessionLabel: Record<string, string> } };
    gw.sims.clearFaults();
    expect(body.data.createSessionLabel).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_UNAVAILABLE', requestId: id });
    expect(body.data.createSessionLabel.message).not.toContain('maintenance');
    const audit = gw.logLines.map((l) => JSON.parse(l) as { requestId?: string; audit?: { detail?: string } }).find((l) => l.audit && l.requestId === id);
    expect(audit?.audit?.detail).toContain('maintenance window');
  });
});
