import { readFileSync } from 'node:fs';
import { operationText } from '../../scripts/operations.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { INVALIDATED_BY_MUTATION } from '../../src/cache/invalidation.js';
import { cacheSalt, cacheSession } from '../../src/cache/use-response-cache.js';
import { ANONYMOUS_ALL_SCOPES } from '../../src/auth/principal.js';
import { bearer, testKey, writeApiKeysFile } from '../helpers/auth.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const DASHBOARD = operationText('reporter/sessions-with-client-block-state.graphql');
const ADD_LABEL = operationText('reporter/mutation-add-session-label.graphql');
const BLOCK = operationText('reporter/mutation-block-client.graphql');
const SESSION_LABELS = 'query($id: ID!) { session(id: $id) { id labels { labelId } } }';
const CLIENT_BLOCKED = 'query($botId: String!, $clientId: String!) { reporterClient(botId: $botId, clientId: $clientId) { id isBlocked } }';

const READER = testKey('cache-reader');
const LABELLER = testKey('cache-labeller');
const OPS = testKey('cache-ops');

let gw: TestGateway;
beforeAll(async () => {
  const keys = writeApiKeysFile([
    { name: 'reader', key: READER, scopes: ['read'] },
    { name: 'labeller', key: LABELLER, scopes: ['read', 'labels', 'block'] },
    { name: 'ops', key: OPS, scopes: ['metrics'] },
  ]);
  gw = await startTestGateway({ env: { RESPONSE_CACHE: 'on', API_KEYS_FILE: keys, RESPONSE_CACHE_TTL_MS: '60000' } });
});
afterAll(async () => {
  await gw.close();
});
beforeEach(() => {
  gw.sims.clearFaults();
  gw.sims.resetLogs();
});

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked value by value */
const run = (doc: string, variables: Record<string, unknown> = {}, key = LABELLER) => gw.execute(doc, variables, bearer(key)) as Promise<any>;
const upstream = () => gw.sims.counts().total;

describe('the cache key’s session part', () => {
  it('is the tenant and sorted scopes, salted alike on every replica of a deployment and unlike elsewhere', () => {
    const salt = cacheSalt(['token-a', 'token-b']);
    expect(cacheSalt(['token-b', 'token-a'])).toBe(salt);
    expect(cacheSalt(['token-a', 'token-c'])).not.toBe(salt);
    expect(cacheSession({ ...ANONYMOUS_ALL_SCOPES, tenant: 'acme', scopes: new Set(['tags', 'read']) }, salt)).toBe(`acme|read,tags|${salt}`);
  });
});

describe('response cache with trusted documents', () => {
  it('keys a document sent by its documentId by that document, not by an empty query', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../schema/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
    const [employees, tags] = ['query Employees', 'query Tags'].map((p) => Object.keys(manifest).find((h) => manifest[h]!.startsWith(p))!);
    expect(employees && tags).toBeTruthy();
    const persisted = await startTestGateway({ env: { RESPONSE_CACHE: 'on', PERSISTED_OPERATIONS: 'allow' } });
    try {
      const send = async (documentId: string) => {
        const res = await persisted.yoga.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body: JSON.stringify({ documentId, variables: {} }),
        });
        return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      };
      const a = await send(employees!);
      const b = await send(tags!);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(Object.keys(a.data!)).toEqual(['employees']);
      expect(Object.keys(b.data!)).toEqual(['tags']);
    } finally {
      await persisted.close();
    }
  });
});

describe('response cache', () => {
  it('answers a repeated dashboard from the cache with no upstream request', async () => {
    const first = await run(DASHBOARD, { first: 7 });
    const cost = upstream();
    expect(first.errors).toBeUndefined();
    expect(cost).toBe(2);
    const second = await run(DASHBOARD, { first: 7 });
    expect(second).toEqual(first);
    expect(upstream()).toBe(cost);
    const metrics = await (await gw.yoga.fetch('http://gateway.test/metrics', { headers: bearer(OPS) })).text();
    expect(metrics).toMatch(/switchboard_response_cache_total\{result="hit"\} 1/);
    expect(metrics).toMatch(/switchboard_response_cache_total\{result="miss"\} 1/);
  });

  it('keeps callers with other scopes apart: their first read goes upstream', async () => {
    await run(DASHBOARD, { first: 6 }, LABELLER);
    const before = upstream();
    const other = await run(DASHBOARD, { first: 6 }, READER);
    expect(other.errors).toBeUndefined();
    expect(upstream()).toBeGreaterThan(before);
  });

  it('shows a label added to a session in the next read, even when the mutation selects only __typename', async () => {
    const session = gw.sims.dataset.reporter.sessions.find((s) => s.labelIds.length === 0)!;
    const label = gw.sims.dataset.reporter.sessionLabels[0]!;
    const before = await run(SESSION_LABELS, { id: session.sessionId });
    expect(before.data.session.labels).toEqual([]);
    const add = await run('mutation($s: ID!, $l: Long!) { addSessionLabel(sessionId: $s, labelId: $l) { __typename } }', { s: session.sessionId, l: label.id });
    expect(add.data.addSessionLabel.__typename).toBe('SessionLabelsChangeSuccess');
    const after = await run(SESSION_LABELS, { id: session.sessionId });
    expect(after.data.session.labels).toEqual([{ labelId: String(label.id) }]);
  });

  it('shows a label added through the example mutation in the dashboard read again after it', async () => {
    const dash = await run(DASHBOARD, { first: 50 });
    const node = dash.data.sessions.edges.map((e: any) => e.node).find((n: any) => n.labels.length === 0);
    const label = gw.sims.dataset.reporter.sessionLabels[1]!;
    const add = await run(ADD_LABEL, { sessionId: node.id, labelId: label.id });
    expect(add.data.addSessionLabel.changed).toBe(true);
    const again = await run(DASHBOARD, { first: 50 });
    const same = again.data.sessions.edges.map((e: any) => e.node).find((n: any) => n.id === node.id);
    expect(same.labels.map((l: any) => l.name)).toContain(label.name);
  });

  it('shows a blocked client as blocked in the next read', async () => {
    const c = gw.sims.dataset.reporter.clients.find((x) => !x.isBlocked)!;
    const before = await run(CLIENT_BLOCKED, { botId: c.botId, clientId: c.id });
    expect(before.data.reporterClient.isBlocked).toBe(false);
    const res = await run(BLOCK, { botId: c.botId, clientId: c.id, reason: 'spam', blockedBy: 1 });
    expect(res.data.blockClient.__typename).toBe('BlockClientSuccess');
    const after = await run(CLIENT_BLOCKED, { botId: c.botId, clientId: c.id });
    expect(after.data.reporterClient.isBlocked).toBe(true);
  });

  it('never stores a response with an error: the failure is not repeated once the backend recovers', async () => {
    gw.sims.reporter.setFault('POST sessions/filter', { kind: 'status', status: 503, times: 10 });
    const failed = await run(DASHBOARD, { first: 5 });
    expect(failed.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    gw.sims.clearFaults();
    const ok = await run(DASHBOARD, { first: 5 });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.sessions.edges).toHaveLength(5);
  });

  it('never stores a response that contains Query.backends or report tasks', async () => {
    const withBackends = '{ backends { name mode } employees(first: 2) { totalCount } }';
    await run(withBackends);
    await run(withBackends);
    expect(gw.sims.counts().uis).toBe(2);
    await run('{ reportTasks(first: 2) { totalCount } }');
    await run('{ reportTasks(first: 2) { totalCount } }');
    expect(gw.sims.counts().reporter).toBe(2);
    // Reference data alone is stored: the same employees page without `backends` is asked once.
    await run('{ employees(first: 2) { totalCount } }');
    await run('{ employees(first: 2) { totalCount } }');
    expect(gw.sims.counts().uis).toBe(3);
  });

  it('lists every Mutation field in the invalidation table', () => {
    const fields = Object.keys(schema.getMutationType()!.getFields()).sort();
    expect(fields.filter((f) => !(f in INVALIDATED_BY_MUTATION))).toEqual([]);
  });
});
