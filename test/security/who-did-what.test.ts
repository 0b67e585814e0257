import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, testKey, writeApiKeysFile } from '../helpers/auth.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/** Finding: there was no access log and no record of who ran a write. */
const OPS = testKey('ops-dashboard');
const READER = testKey('reader');

interface Line {
  msg: string;
  access?: { method: string; path: string; status: number; ms: number; principal: string; operation?: string };
  audit?: { principal: string; tenant: string; mutation: string; targets: Record<string, unknown>; outcome: string; code?: string; detail?: string };
}

describe('who did what: access and audit lines', () => {
  let gw: TestGateway;
  let origin: string;
  beforeAll(async () => {
    const file = writeApiKeysFile([
      { name: 'ops-dashboard', key: OPS, scopes: ['read', 'labels', 'reports'] },
      { name: 'reader', key: READER, scopes: ['read'] },
    ]);
    gw = await startTestGateway({ env: { API_KEYS_FILE: file }, timeoutMs: 300 });
    origin = await gw.listen();
  });
  afterAll(() => gw.close());

  const lines = () => gw.logLines.map((l) => JSON.parse(l) as Line);
  const since = (n: number) => lines().slice(n);
  const post = (key: string | undefined, query: string, variables?: Record<string, unknown>, operationName?: string) =>
    fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? bearer(key) : {}) },
      body: JSON.stringify({ query, variables, operationName }),
    }).then(async (r) => ({ status: r.status, body: await r.text() }));

  it('logs one access line per request: method, path, status, duration, principal and operation; no variables, no credential', async () => {
    const mark = gw.logLines.length;
    await post(OPS, 'query LabelNames($marker: String!) { __type(name: $marker) { name } sessionLabels { name } }', { marker: 'VARIABLE-MARKER-123' }, 'LabelNames');
    await post(undefined, '{ backends { name } }');
    await fetch(`${origin}/health`);
    const access = since(mark).filter((l) => l.access).map((l) => l.access!);
    expect(access).toEqual([
      { method: 'POST', path: '/graphql', status: 200, ms: expect.any(Number), principal: 'ops-dashboard', operation: 'LabelNames' },
      { method: 'POST', path: '/graphql', status: 401, ms: expect.any(Number), principal: 'unauthenticated' },
      { method: 'GET', path: '/health', status: 200, ms: expect.any(Number), principal: 'unauthenticated' },
    ]);
    const text = gw.logLines.slice(mark).join('\n');
    expect(text).not.toContain('VARIABLE-MARKER-123');
    expect(text).not.toContain(OPS);
  });

  it('keeps the query string of a GET out of the path', async () => {
    const mark = gw.logLines.length;
    await fetch(`${origin}/graphql?query=${encodeURIComponent('query Q($v: String!) { __type(name: $v) { name } }')}&variables=${encodeURIComponent('{"v":"GET-VARIABLE-MARKER"}')}`, {
      headers: { accept: 'application/json', ...bearer(OPS) },
    });
    const access = since(mark).filter((l) => l.access).map((l) => l.access!);
    expect(access).toEqual([{ method: 'GET', path: '/graphql', status: 200, ms: expect.any(Number), principal: 'ops-dashboard', operation: 'Q' }]);
    expect(gw.logLines.slice(mark).join('\n')).not.toContain('GET-VARIABLE-MARKER');
  });

  it('writes one audit line per mutation field, aliases included, with the principal, target ids and outcome', async () => {
    const mark = gw.logLines.length;
    const res = await post(
      OPS,
      'mutation { a: createSessionLabel(name: "audited-1") { __typename } b: deleteReportTask(id: "no-such-task") { __typename } c: blockClient(botId: "b", clientId: "c", blockedBy: 1) { __typename } }',
    );
    expect(res.status).toBe(200);
    const audit = since(mark).filter((l) => l.audit).map((l) => l.audit!);
    expect(audit).toEqual(
      expect.arrayContaining([
        { principal: 'ops-dashboard', tenant: 'default', mutation: 'createSessionLabel', targets: {}, outcome: 'OK' },
        // The Reporter's own words about the refusal are on the audit line (never in the response).
        { principal: 'ops-dashboard', tenant: 'default', mutation: 'deleteReportTask', targets: { id: 'no-such-task' }, outcome: 'REFUSED', code: 'NOT_FOUND', detail: expect.any(String) },
        { principal: 'ops-dashboard', tenant: 'default', mutation: 'blockClient', targets: { botId: 'b', clientId: 'c' }, outcome: 'REFUSED', code: 'FORBIDDEN' },
      ]),
    );
    expect(audit).toHaveLength(3);
  });

  it('records a write whose effect is unknown as UNKNOWN', async () => {
    gw.sims.reporter.setFault('DELETE reports/tasks/:id', { kind: 'hang', times: 1 });
    const mark = gw.logLines.length;
    const res = await post(OPS, 'mutation { deleteReportTask(id: "task-1") { __typename ... on UpstreamFailure { outcome } } }');
    expect(res.body).toContain('"outcome":"UNKNOWN"');
    const audit = since(mark).filter((l) => l.audit).map((l) => l.audit!);
    expect(audit).toEqual([{ principal: 'ops-dashboard', tenant: 'default', mutation: 'deleteReportTask', targets: { id: 'task-1' }, outcome: 'UNKNOWN', code: 'UPSTREAM_TIMEOUT' }]);
    gw.sims.clearFaults();
  });

  it('writes no audit line for queries', async () => {
    const mark = gw.logLines.length;
    await post(READER, '{ backends { name } }');
    expect(since(mark).filter((l) => l.audit)).toEqual([]);
    expect(since(mark).filter((l) => l.access).map((l) => l.access!.principal)).toEqual(['reader']);
  });
});
