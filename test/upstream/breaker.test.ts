import { setTimeout as sleep } from 'node:timers/promises';
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { operationText } from '../../scripts/operations.js';
import { accountZone } from '../../src/backends/uis/timezone.js';
import type { BreakerEvent, BreakerStore } from '../../src/shared/breakers.js';
import { CircuitBreaker } from '../../src/upstream/breaker.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */
type Answer = ExecutionResult<any>;

describe('CircuitBreaker', () => {
  let now = 0;
  const make = (store?: BreakerStore) =>
    new CircuitBreaker({ service: 'uis', tenant: 'acme', failures: 3, cooldownMs: 1000, probeWaitMs: 50, store, now: () => now });

  it('opens after that many unhealthy failures in a row; a healthy answer in between starts the count again', async () => {
    const b = make();
    b.failure();
    b.failure();
    b.success();
    b.failure();
    b.failure();
    expect(b.state).toBe('closed');
    b.failure();
    expect(b.state).toBe('open');
    const refused = await b.admit(true, 'get.calls_report').catch((e: unknown) => e as Error & { extensions: Record<string, unknown> });
    expect(refused).toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', service: 'uis', retryAfter: 1, circuit: 'open' } });
  });

  it('lets one read probe after the cool-down while others fail fast, never a write; the probe’s answer decides', async () => {
    now = 0;
    const b = make();
    for (let i = 0; i < 3; i++) b.failure();
    now = 999;
    await expect(b.admit(true, 'x')).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    now = 1000;
    await expect(b.admit(false, 'x')).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(await b.admit(true, 'x')).toBe('probe');
    expect(b.state).toBe('half-open');
    await expect(b.admit(true, 'x')).rejects.toMatchObject({ extensions: { circuit: 'half-open' } });
    b.failure();
    expect(b.state).toBe('open');
    now = 2000;
    expect(await b.admit(true, 'x')).toBe('probe');
    b.success();
    expect(b.state).toBe('closed');
    expect(await b.admit(false, 'x')).toBe('pass');
  });

  it('hands the probe to the next read when the admitted one was never sent (our own budget refused it)', async () => {
    now = 0;
    const b = make();
    for (let i = 0; i < 3; i++) b.failure();
    now = 1000;
    expect(await b.admit(true, 'x')).toBe('probe');
    b.probeNotSent();
    expect(b.state).toBe('open');
    expect(await b.admit(true, 'x')).toBe('probe');
  });

  it('follows other replicas’ decisions and probes only when it wins the window’s claim', async () => {
    now = 0;
    let deliver!: (e: BreakerEvent) => void;
    const published: BreakerEvent[] = [];
    let claims = 0;
    const store: BreakerStore = {
      publish: (_scope, e) => void published.push(e),
      follow: (_scope, on) => ((deliver = on), () => undefined),
      claimProbe: async () => ++claims === 2,
    };
    const b = make(store);
    deliver({ state: 'open', forMs: 500 });
    expect(b.state).toBe('open');
    expect(published).toEqual([]);
    now = 500;
    // Another replica claimed this window's probe: fail fast, open for another cool-down.
    await expect(b.admit(true, 'x')).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(b.state).toBe('open');
    now = 1500;
    expect(await b.admit(true, 'x')).toBe('probe');
    b.success();
    expect(published).toEqual([{ state: 'closed' }]);
    for (let i = 0; i < 3; i++) b.failure();
    expect(published).toEqual([{ state: 'closed' }, { state: 'open', forMs: 1000 }]);
    deliver({ state: 'closed' });
    expect(b.state).toBe('closed');
  });
});

const MIXED = 'query($period: CallPeriod!) { sessions(first: 2) { edges { node { id } } } calls(period: $period, first: 2) { edges { node { id } } } }';
const SESSIONS = '{ sessions(first: 2) { edges { node { id } } } }';
const CALLS_REPORT = 'get.calls_report';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Against the UIS simulator over real HTTP, with the breaker on (the test helper turns it off): 300 ms
 * per attempt, 5 failures open it, 1 s cool-down. Latency bounds are the (≤ 200 ms once open)
 * and, on this loaded 2-core machine, also relative to a healthy query's time measured here.
 */
describe('circuit breaker on a hung UIS', () => {
  let gw: TestGateway;
  let period: { from: string; to: string };
  beforeAll(async () => {
    gw = await startTestGateway({
      timeoutMs: 300,
      env: { BREAKER: 'on', BREAKER_FAILURES: '5', BREAKER_COOLDOWN_MS: '1000', READINESS_CACHE_MS: '0' },
    });
    const anchor = gw.sims.dataset.anchor.getTime();
    period = { from: new Date(anchor - 30 * 86_400_000).toISOString(), to: new Date(anchor).toISOString() };
    await accountZone(gw.backends.uis!);
  });
  afterAll(async () => {
    await gw.close();
  });
  beforeEach(() => {
    gw.sims.clearFaults();
  });
  const mixed = () => gw.execute(MIXED, { period }) as Promise<Answer>;
  /** Hangs UIS (every method) and queries it until its breaker opens (each test stands alone). */
  const trip = async () => {
    gw.sims.uis.setFault('*', { kind: 'hang' });
    while (gw.backends.breakers.uis!.state === 'closed') await mixed();
  };

  it('opens after 5 timeouts, then fails UIS fields at once naming uis with retryAfter, the others still answer, one probe per five queries at most', async () => {
    const healthy: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      expect((await mixed()).errors).toBeUndefined();
      healthy.push(performance.now() - started);
    }
    gw.sims.uis.setFault('*', { kind: 'hang' });
    gw.sims.resetLogs();
    // Two queries: three attempts of the first time out, then two of the second, and the breaker opens
    // before the second's last retry, which is never sent.
    const first = await mixed();
    expect(first.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', service: 'uis' });
    const second = await mixed();
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', service: 'uis', circuit: 'open' });
    expect(gw.sims.uis.count()).toBe(5);

    const times: number[] = [];
    const queries = 30;
    for (let i = 0; i < queries; i++) {
      const started = performance.now();
      const answer = await mixed();
      times.push(performance.now() - started);
      expect(answer.data.sessions.edges).toHaveLength(2);
      expect(answer.data.calls).toBeNull();
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0]!.message).toMatch(/^uis /);
      expect(answer.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', service: 'uis', retryAfter: expect.any(Number) });
      await sleep(50);
    }
    const probes = gw.sims.uis.count() - 5;
    expect(probes).toBeGreaterThanOrEqual(1);
    expect(probes * 5).toBeLessThanOrEqual(queries);
    expect(median(times)).toBeLessThanOrEqual(200);
    // The probe's caller waits up to BREAKER_PROBE_WAIT_MS (100 ms) more than the others.
    expect(Math.max(...times)).toBeLessThanOrEqual(200 + 2 * Math.max(...healthy));
  });

  it('shows the open breaker in /metrics and /readiness, and fails writes at once with NOT_APPLIED', async () => {
    await trip();
    const metrics = await (await gw.yoga.fetch('http://gateway.test/metrics')).text();
    expect(metrics).toMatch(/switchboard_circuit_breaker_state\{tenant="default",backend="uis",state="(open|half-open)"\} 1/);
    expect(metrics).toMatch(/switchboard_circuit_breaker_state\{tenant="default",backend="reporter",state="closed"\} 1/);
    expect(metrics).toMatch(/switchboard_circuit_breaker_transitions_total\{tenant="default",backend="uis",to="open"\} [1-9]/);
    const readiness = await gw.yoga.fetch('http://gateway.test/readiness');
    expect(readiness.status).toBe(503);
    const report = (await readiness.json()) as { backends: Record<string, { ready: boolean; circuit?: string; code?: string }> };
    expect(report.backends.uis).toMatchObject({ ready: false, code: 'UPSTREAM_UNAVAILABLE' });
    expect(report.backends.reporter).toMatchObject({ ready: true, circuit: 'closed' });

    const call = gw.sims.dataset.uis.calls.at(-1)!;
    const tag = gw.sims.dataset.uis.tags[0]!;
    // The write endpoint only: a readiness probe above may be the breaker's probe, still on its way.
    const before = gw.sims.uis.count('set.tag_communications');
    const res = (await gw.execute(operationText('uis/mutation-tag-call.graphql'), {
      callId: Buffer.from(`Call:${call.id}:${call.start_time.replace(/\D/g, '')}`).toString('base64'),
      tagId: Buffer.from(`Tag:${tag.id}`).toString('base64'),
    })) as Answer;
    expect(res.data.tagCall).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_UNAVAILABLE', outcome: 'NOT_APPLIED' });
    expect(gw.sims.uis.count('set.tag_communications')).toBe(before);
  });

  it('notices UIS answering again within seconds and closes', async () => {
    await trip();
    gw.sims.clearFaults();
    const started = performance.now();
    let answered: Answer | undefined;
    while (performance.now() - started < 10_000) {
      const a = await mixed();
      if (a.data.calls) {
        answered = a;
        break;
      }
      await sleep(100);
    }
    expect(answered?.errors).toBeUndefined();
    // The cool-down (1 s) plus the time a probe takes to find the backend back.
    expect(performance.now() - started).toBeLessThanOrEqual(2500);
    const metrics = await (await gw.yoga.fetch('http://gateway.test/metrics')).text();
    expect(metrics).toMatch(/switchboard_circuit_breaker_state\{tenant="default",backend="uis",state="closed"\} 1/);
    expect(gw.logLines.some((l) => l.includes('uis circuit breaker opened'))).toBe(true);
    expect(gw.logLines.some((l) => l.includes('uis circuit breaker closed'))).toBe(true);
  });

  it('never opens on answers that refuse the request (4xx, JSON-RPC validation errors): the backend is answering', async () => {
    gw.sims.uis.setFault(CALLS_REPORT, { kind: 'rpcError', code: -32602, mnemonic: 'invalid_parameter_value', times: 8 });
    for (let i = 0; i < 8; i++) expect((await mixed()).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    gw.sims.uis.setFault(CALLS_REPORT, { kind: 'status', status: 404, times: 8 });
    for (let i = 0; i < 8; i++) expect((await mixed()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const before = gw.sims.uis.count(CALLS_REPORT);
    expect((await mixed()).errors).toBeUndefined();
    expect(gw.sims.uis.count(CALLS_REPORT)).toBe(before + 1);
    expect((await gw.execute(SESSIONS)).errors).toBeUndefined();
  });
});
