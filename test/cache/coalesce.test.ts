import { setTimeout as sleep } from 'node:timers/promises';
import type { ExecutionResult } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { operationText } from '../../scripts/operations.js';
import { staleWindow, withStaleWindow } from '../../src/cache/coalesce.js';
import { createResponseCacheStore } from '../../src/cache/store.js';
import { bearer, testKey, writeApiKeysFile } from '../helpers/auth.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are compared whole */
type Answer = ExecutionResult<any>;

const DASHBOARD = operationText('reporter/sessions-with-clients-and-labels.graphql');
const FILTER = 'POST sessions/filter';
const EMPLOYEES = '{ employees(first: 20) { edges { node { id fullName } } } }';

let gw: TestGateway | undefined;
afterEach(async () => {
  await gw?.close();
  gw = undefined;
});

/** Executions of queries (the cache's misses) and coalesced answers, from /metrics. */
async function counters(g: TestGateway): Promise<{ miss: number; waited: number; stale: number }> {
  const text = await (await g.yoga.fetch('http://gateway.test/metrics')).text();
  const value = (re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
  return {
    miss: value(/switchboard_response_cache_total\{result="miss"\} (\d+)/),
    waited: value(/switchboard_operations_coalesced_total\{how="waited"\} (\d+)/),
    stale: value(/switchboard_operations_coalesced_total\{how="stale"\} (\d+)/),
  };
}

const many = (g: TestGateway, n: number, query: string, variables: Record<string, unknown> = {}) =>
  Promise.all(Array.from({ length: n }, () => g.execute(query, variables) as Promise<Answer>));

describe('response cache miss coalescing', () => {
  // SHARED_READS=off isolates the cache's own coalescing: without it every miss would send its own read.
  it('answers 50 identical queries on a cold cache with one execution and 1 upstream read', async () => {
    gw = await startTestGateway({ env: { RESPONSE_CACHE: 'on', SHARED_READS: 'off' } });
    gw.sims.reporter.setFault(FILTER, { kind: 'latency', ms: 800 });
    const answers = await many(gw, 50, DASHBOARD, { first: 50 });
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(answers[0]!.data.sessions.edges).toHaveLength(50);
    expect(gw.sims.reporter.count(FILTER)).toBe(1);
    expect(await counters(gw)).toMatchObject({ miss: 1, waited: 49 });
  });

  it('makes identical queries wait for the one in flight with the cache off too (SHARED_READS): one execution for 50', async () => {
    gw = await startTestGateway({ env: { RESPONSE_CACHE: 'off' } });
    gw.sims.reporter.setFault(FILTER, { kind: 'latency', ms: 800 });
    const answers = await many(gw, 50, DASHBOARD, { first: 50 });
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(gw.sims.reporter.count(FILTER)).toBe(1);
    expect((await counters(gw)).waited).toBe(49);
    const ops = await (await gw.yoga.fetch('http://gateway.test/metrics')).text();
    expect(ops).toMatch(/switchboard_graphql_operations_total\{type="query",operation="SessionsWithClientsAndLabels"\} 1\n/);
  });

  it('with the cache off, executes again for a client that asks after its answer (only requests that arrived while it ran share it)', async () => {
    gw = await startTestGateway({ env: { RESPONSE_CACHE: 'off' } });
    gw.sims.reporter.setFault(FILTER, { kind: 'latency', ms: 300 });
    const first = (await gw.execute(DASHBOARD, { first: 50 })) as Answer;
    const again = (await gw.execute(DASHBOARD, { first: 50 })) as Answer;
    expect(again).toEqual(first);
    expect(gw.sims.reporter.count(FILTER)).toBe(2);
    expect((await counters(gw)).waited).toBe(0);
  });

  it('lets no query arriving after a mutation take the answer of one that started before it', async () => {
    gw = await startTestGateway({ env: { RESPONSE_CACHE: 'on', SHARED_READS: 'off' } });
    gw.sims.reporter.setFault(FILTER, { kind: 'latency', ms: 1500 });
    const before = gw.execute(DASHBOARD, { first: 50 });
    const until = Date.now() + 5000;
    while (gw.sims.reporter.count(FILTER) < 1 && Date.now() < until) await sleep(10);
    const c = gw.sims.dataset.reporter.clients[11]!;
    const blocked = (await gw.execute(operationText('reporter/mutation-block-client.graphql'), { botId: c.botId, clientId: c.id, reason: 'test', blockedBy: '42' })) as Answer;
    expect(blocked.data.blockClient.__typename).toBe('BlockClientSuccess');
    const after = gw.execute(DASHBOARD, { first: 50 });
    await Promise.all([before, after]);
    expect(gw.sims.reporter.count(FILTER)).toBe(2);
    expect((await counters(gw)).waited).toBe(0);
  });

  it('costs at most 2 upstream reads with shared reads and the cache both on (the defaults)', async () => {
    gw = await startTestGateway({ env: { RESPONSE_CACHE: 'on' } });
    gw.sims.reporter.setFault(FILTER, { kind: 'latency', ms: 300 });
    await many(gw, 50, DASHBOARD, { first: 50 });
    expect(gw.sims.reporter.count(FILTER)).toBeLessThanOrEqual(2);
  });

  it('at a live-data expiry under load, revalidates once and makes the others wait for it (never stale)', async () => {
    gw = await startTestGateway({ env: { RESPONSE_CACHE: 'on', SHARED_READS: 'off', RESPONSE_CACHE_TTL_MS: '300' } });
    const first = (await gw.execute(DASHBOARD, { first: 50 })) as Answer;
    expect(gw.sims.reporter.count(FILTER)).toBe(1);
    await sleep(400);
    gw.sims.reporter.setFault(FILTER, { kind: 'latency', ms: 600 });
    const started = performance.now();
    const times: number[] = [];
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => gw!.execute(DASHBOARD, { first: 50 }).then((a) => (times.push(performance.now() - started), a as Answer))),
    );
    expect(gw.sims.reporter.count(FILTER)).toBe(2);
    for (const a of answers) expect(a).toEqual(first);
    // Nobody got the expired copy: every answer waited for the revalidation's 600 ms upstream read
    // (a lower bound, safe on a loaded machine).
    expect(Math.min(...times)).toBeGreaterThanOrEqual(550);
    expect(await counters(gw)).toMatchObject({ miss: 2, waited: 49, stale: 0 });
  });

  it('serves reference data stale while one request revalidates it, then fresh', async () => {
    gw = await startTestGateway({
      env: { RESPONSE_CACHE: 'on', SHARED_READS: 'off', RESPONSE_CACHE_TTL_MS: '100', RESPONSE_CACHE_REFERENCE_TTL_MS: '300', RESPONSE_CACHE_STALE_MS: '60000' },
    });
    const warm = (await gw.execute(EMPLOYEES)) as Answer;
    expect(warm.errors).toBeUndefined();
    const reads = () => gw!.sims.uis.count('get.employees');
    expect(reads()).toBe(1);
    await sleep(400);
    gw.sims.uis.setFault('get.employees', { kind: 'latency', ms: 1500 });
    let revalidated = false;
    const leader = gw.execute(EMPLOYEES).then((a) => ((revalidated = true), a as Answer));
    // The revalidation is in flight (its read reached UIS); the others now get the stale copy at once.
    const until = Date.now() + 5000;
    while (reads() < 2 && Date.now() < until) await sleep(10);
    const others = await many(gw, 10, EMPLOYEES);
    expect(revalidated).toBe(false);
    for (const a of others) expect(a).toEqual(warm);
    expect(await leader).toEqual(warm);
    expect(reads()).toBe(2);
    expect(await counters(gw)).toMatchObject({ miss: 2, stale: 10 });
    // Fresh again: a hit, no read.
    await gw.execute(EMPLOYEES);
    expect(reads()).toBe(2);
  });

  it('never makes a query wait for a failed one: the others execute themselves', async () => {
    gw = await startTestGateway({ env: { RESPONSE_CACHE: 'on', SHARED_READS: 'off' } });
    gw.sims.reporter.latencyMs = 400;
    gw.sims.reporter.setFault(FILTER, { kind: 'status', status: 400, times: 1 });
    const first = gw.execute(DASHBOARD, { first: 50 }) as Promise<Answer>;
    await sleep(100);
    const others = await many(gw, 3, DASHBOARD, { first: 50 });
    expect((await first).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const a of others) expect(a.data.sessions.edges).toHaveLength(50);
    // The failed one, then the three waiters: one of them executed, the other two waited for it.
    expect(gw.sims.reporter.count(FILTER)).toBe(2);
  });

  it('never coalesces mutations, nor callers with different scopes', async () => {
    const reader = testKey('coalesce-reader');
    const labeller = testKey('coalesce-labeller');
    const keys = writeApiKeysFile([
      { name: 'reader', key: reader, scopes: ['read'] },
      { name: 'labeller', key: labeller, scopes: ['read', 'labels'] },
    ]);
    gw = await startTestGateway({ env: { RESPONSE_CACHE: 'on', SHARED_READS: 'off', API_KEYS_FILE: keys } });
    gw.sims.reporter.latencyMs = 300;
    await Promise.all([gw.execute(DASHBOARD, { first: 50 }, bearer(reader)), gw.execute(DASHBOARD, { first: 50 }, bearer(labeller))]);
    expect(gw.sims.reporter.count(FILTER)).toBe(2);

    const session = gw.sims.dataset.reporter.sessions.filter((s) => s.labelIds.length === 0)[0]!;
    const add = operationText('reporter/mutation-add-session-label.graphql');
    const variables = { sessionId: Buffer.from(`Session:${session.sessionId}`).toString('base64'), labelId: '13' };
    gw.sims.resetLogs();
    await Promise.all([gw.execute(add, variables, bearer(labeller)), gw.execute(add, variables, bearer(labeller))]);
    expect(gw.sims.reporter.log.filter((r) => r.method !== 'GET' && !r.endpoint.endsWith('/filter'))).toHaveLength(2);
  });
});

describe('the stale window of the store', () => {
  it('answers get() while fresh only, stale() until the stale window ends, and keeps live data no longer than its TTL', async () => {
    const store = withStaleWindow(createResponseCacheStore(), staleWindow({ liveTtlMs: 50, referenceTtlMs: 100, staleMs: 10_000 }));
    const result = { data: { ok: true } };
    store.set('reference', result, [], 100);
    store.set('live', result, [], 50);
    expect((await store.get('reference'))?.data).toEqual({ ok: true });
    await sleep(150);
    expect(await store.get('reference')).toBeNull();
    expect((await store.stale('reference'))?.data).toEqual({ ok: true });
    expect(await store.get('live')).toBeNull();
    expect(await store.stale('live')).toBeNull();
  });
});
