import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { activeReportPollers } from '../../src/backends/reporter/report-poller.js';
import type { RateLimitStore } from '../../src/shared/rate-limit-store.js';
import { bearer, testKey, writeApiKeysFile } from '../helpers/auth.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

// A fresh object per request: Yoga's fetch adds content-length to the headers object it is given.
const json = () => ({ 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' });

describe('/metrics has no label a client chooses', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  it('stays under 200 KB after 10,000 operations with unique names (once 3,000 grew it to 84 MB)', async () => {
    const run = async (i: number) =>
      (await gw.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: json(), body: JSON.stringify({ query: `query Made_Up_${i}_${'x'.repeat(40)} { __typename }` }) })).text();
    for (let i = 0; i < 10_000; i += 200) await Promise.all(Array.from({ length: 200 }, (_, j) => run(i + j)));
    const text = await (await gw.yoga.fetch('http://gateway.test/metrics')).text();
    expect(text.length).toBeLessThan(200_000);
    expect(text).not.toContain('Made_Up_');
    expect(text).toMatch(/switchboard_graphql_operations_total\{type="query",operation="other"\} 10000/);
  }, 180_000);

  it('labels a trusted document by its operation name', async () => {
    await gw.execute('query Backends { backends { name } }');
    const text = await (await gw.yoga.fetch('http://gateway.test/metrics')).text();
    expect(text).toMatch(/switchboard_graphql_operations_total\{type="query",operation="Backends"\} 1/);
  });
});

describe('upstream writes per document are capped before anything is sent', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const callIds = Array.from({ length: 20 }, (_, i) => `call-${i}`);
  const tagIds = Array.from({ length: 10 }, (_, i) => String(i + 1));

  it('refuses 30 aliased tagCalls (once 5,800 UIS writes) with TOO_MANY_WRITES and 0 upstream requests', async () => {
    gw.sims.resetLogs();
    const fields = Array.from({ length: 30 }, (_, i) => `t${i}: tagCalls(callIds: $calls, tagIds: $tags, action: ADD) { __typename }`).join('\n');
    const res = await gw.execute(`mutation ($calls: [ID!]!, $tags: [ID!]!) { ${fields} }`, { calls: callIds, tags: tagIds });
    expect(res.errors?.map((e) => e.extensions)).toEqual([{ code: 'TOO_MANY_WRITES', writes: 6000, max: 200 }]);
    expect(res.data ?? null).toBeNull();
    expect(gw.sims.counts().total).toBe(0);
  });

  it('counts list arguments: one tagCalls of 21 calls × 10 tags is over 200', async () => {
    gw.sims.resetLogs();
    const res = await gw.execute('mutation ($calls: [ID!]!, $tags: [ID!]!) { tagCalls(callIds: $calls, tagIds: $tags, action: REMOVE) { __typename } }', {
      calls: [...callIds, 'call-20'],
      tags: tagIds,
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_WRITES', writes: 210 });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('counts aliases and fragments of plain mutations against MAX_WRITES_PER_REQUEST', async () => {
    const small = await startTestGateway({ env: { MAX_WRITES_PER_REQUEST: '3' } });
    try {
      const four = 'mutation { ...F a: createSessionLabel(name: "w1") { __typename } b: createSessionLabel(name: "w2") { __typename } } fragment F on Mutation { c: createSessionLabel(name: "w3") { __typename } d: createSessionLabel(name: "w4") { __typename } }';
      small.sims.resetLogs();
      expect((await small.execute(four)).errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_WRITES', writes: 4, max: 3 });
      expect(small.sims.counts().total).toBe(0);
      const three = 'mutation { a: createSessionLabel(name: "w1") { __typename } b: createSessionLabel(name: "w2") { __typename } c: createSessionLabel(name: "w3") { __typename } }';
      const ok = await small.execute(three);
      expect(ok.errors).toBeUndefined();
      expect(ok.data).toEqual({ a: { __typename: 'SessionLabelSuccess' }, b: { __typename: 'SessionLabelSuccess' }, c: { __typename: 'SessionLabelSuccess' } });
    } finally {
      await small.close();
    }
  });
});

describe('per-principal rate limit (RATE_LIMIT_PER_MINUTE)', () => {
  const A = testKey('rate-a');
  const B = testKey('rate-b');
  const hits: string[] = [];
  // Any RateLimitStore will do (a Redis one shares the count between replicas): this one records its keys.
  const counts = new Map<string, number>();
  const store: RateLimitStore = {
    async hit(key, windowMs) {
      hits.push(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return { count: counts.get(key)!, resetAt: Date.now() + windowMs / 2 };
    },
  };
  let gw: TestGateway;
  let origin: string;
  beforeAll(async () => {
    const file = writeApiKeysFile([
      { name: 'rate-a', key: A, scopes: ['read'] },
      { name: 'rate-b', key: B, scopes: ['read'] },
    ]);
    gw = await startTestGateway({ env: { API_KEYS_FILE: file, RATE_LIMIT_PER_MINUTE: '3' }, gateway: { rateLimitStore: store } });
    origin = await gw.listen();
  });
  afterAll(() => gw.close());

  const ask = (key: string) => fetch(`${origin}/graphql`, { method: 'POST', headers: { ...json(), ...bearer(key) }, body: JSON.stringify({ query: '{ backends { name } }' }) });

  it('answers the request over the limit with 429, Retry-After and RATE_LIMITED, before anything runs; others keep their budget', async () => {
    for (let i = 0; i < 3; i++) expect((await ask(A)).status).toBe(200);
    const refused = await ask(A);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({ errors: [{ message: expect.stringContaining('3 requests per minute'), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } }] });
    expect((await ask(B)).status).toBe(200);
    expect(new Set(hits)).toEqual(new Set(['rate:default:rate-a', 'rate:default:rate-b']));
  });

  it('is off by default', async () => {
    const plain = await startTestGateway();
    try {
      expect(plain.config.resources.rateLimitPerMinute).toBe(0);
      const statuses = await Promise.all(Array.from({ length: 20 }, () => plain.execute('{ backends { name } }').then((r) => r.errors)));
      expect(statuses.every((e) => e === undefined)).toBe(true);
    } finally {
      await plain.close();
    }
  });
});

describe('subscriptions are capped globally and per principal', () => {
  const A = testKey('subs-a');
  const B = testKey('subs-b');
  let gw: TestGateway;
  let origin: string;
  beforeAll(async () => {
    const file = writeApiKeysFile([
      { name: 'subs-a', key: A, scopes: ['read'] },
      { name: 'subs-b', key: B, scopes: ['read'] },
    ]);
    gw = await startTestGateway({ env: { API_KEYS_FILE: file, MAX_SUBSCRIPTIONS: '3', MAX_SUBSCRIPTIONS_PER_CALLER: '2' }, timeoutMs: 60_000 });
    // Polls never answer: every stream stays open, without events, until it is cancelled.
    gw.sims.reporter.setFault('GET reports/tasks/:id', { kind: 'hang' });
    origin = await gw.listen();
  });
  afterAll(() => gw.close());

  const open: AbortController[] = [];
  async function subscribe(key: string, id: string) {
    const abort = new AbortController();
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...bearer(key) },
      body: JSON.stringify({ query: 'subscription ($id: ID!) { reportTaskUpdated(id: $id) { status } }', variables: { id } }),
      signal: abort.signal,
    });
    open.push(abort);
    return { res, abort };
  }
  const refusal = async (key: string, id: string) => {
    const { res } = await subscribe(key, id);
    return res.text();
  };
  const pollers = () => activeReportPollers(gw.backends.reporter!);

  it('refuses the caller’s third stream and then anyone’s fourth, with TOO_MANY_SUBSCRIPTIONS; pollers stay within the cap', async () => {
    await subscribe(A, 'task-1');
    await subscribe(A, 'task-2');
    await vi.waitFor(() => expect(pollers()).toBe(2));
    const third = await refusal(A, 'task-3');
    expect(third).toContain('TOO_MANY_SUBSCRIPTIONS');
    expect(third).toContain('MAX_SUBSCRIPTIONS_PER_CALLER');
    await subscribe(B, 'task-4');
    await vi.waitFor(() => expect(pollers()).toBe(3));
    const fourth = await refusal(B, 'task-5');
    expect(fourth).toContain('TOO_MANY_SUBSCRIPTIONS');
    expect(fourth).toContain('(MAX_SUBSCRIPTIONS)');
    expect(pollers()).toBe(3);
  });

  it('gives the slot back when a stream ends', async () => {
    open[0]!.abort();
    await vi.waitFor(() => expect(pollers()).toBe(2));
    const { res } = await subscribe(A, 'task-6');
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(pollers()).toBe(3));
    for (const a of open) a.abort();
    await vi.waitFor(() => expect(pollers()).toBe(0));
  });
});
