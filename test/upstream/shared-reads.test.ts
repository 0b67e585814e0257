import { setTimeout as sleep } from 'node:timers/promises';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecutionResult } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../bench/scenarios.js';
import { operationText } from '../../scripts/operations.js';
import { createTenantBackends } from '../../src/backends/registry.js';
import { loadConfig } from '../../src/config.js';
import type { BackendConfig } from '../../src/backends/backend-config.js';
import type { ServiceName } from '../../src/gateway/errors.js';
import { createGateway } from '../../src/gateway/gateway.js';
import { startSimulators } from '../../src/simulators/index.js';
import { createDeadline } from '../../src/upstream/deadline.js';
import { Redactor } from '../../src/upstream/redact.js';
import { SharedReads } from '../../src/upstream/shared-reads.js';
import { bearer, testKey, writeApiKeysFile } from '../helpers/auth.js';
import { startTestGateway, TEST_TOKENS, type TestGateway } from '../helpers/gateway.js';
import { captureLogger } from '../helpers/logs.js';
import { until } from '../helpers/until.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are compared whole */
type Answer = ExecutionResult<any>;

const DASHBOARD = operationText('reporter/sessions-with-clients-and-labels.graphql');
const FILTER = 'POST sessions/filter';
/**
 * The dashboard as the n-th caller sends it: a comment makes each text its own operation, so identical
 * queries are not coalesced before execution (cache/coalesce.ts) and these tests see the upstream
 * layer's sharing alone; the upstream read is the same.
 */
let sent = 0;
const dashboard = () => `${DASHBOARD}\n# caller ${++sent}`;

describe('SharedReads', () => {
  const left = () => new Error('left');

  it('runs one request for identical keys in flight and hands every waiter its answer', async () => {
    const shared = new SharedReads();
    let sent = 0;
    let answer!: (v: string) => void;
    const send = () => {
      sent++;
      return new Promise<string>((resolve) => (answer = resolve));
    };
    const waiters = [shared.run('k', undefined, send, left), shared.run('k', undefined, send, left), shared.run('other', undefined, send, left)];
    expect(sent).toBe(2);
    answer('late');
    expect(shared.size).toBe(2);
    const first = await Promise.race([waiters[2], sleep(1000).then(() => 'pending')]);
    expect(first).toBe('late');
    expect(shared.size).toBe(1);
  });

  it('lets a waiter leave on its own signal without disturbing the request, and aborts it only when every waiter has left', async () => {
    const shared = new SharedReads();
    let signal!: AbortSignal;
    const send = (s: AbortSignal) => {
      signal = s;
      return new Promise<string>((_resolve, reject) => s.addEventListener('abort', () => reject(new Error('aborted'))));
    };
    const a = new AbortController();
    const b = new AbortController();
    const first = shared.run('k', a.signal, send, () => new Error('a left'));
    const second = shared.run('k', b.signal, send, () => new Error('b left'));
    a.abort();
    await expect(first).rejects.toThrow('a left');
    expect(signal.aborted).toBe(false);
    b.abort();
    await expect(second).rejects.toThrow('b left');
    expect(signal.aborted).toBe(true);
    // Forgotten: the next identical read starts a request of its own.
    expect(shared.size).toBe(0);
  });

  it('gives the shared request the latest deadline of its waiters', async () => {
    const shared = new SharedReads();
    const { remainingMs } = await import('../../src/upstream/deadline.js');
    let signal!: AbortSignal;
    const send = (s: AbortSignal) => {
      signal = s;
      return new Promise<string>(() => undefined);
    };
    const short = createDeadline(1_000);
    const long = createDeadline(60_000);
    void shared.run('k', short.signal, send, left).catch(() => undefined);
    expect(remainingMs(signal)).toBeLessThanOrEqual(1_000);
    void shared.run('k', long.signal, send, left).catch(() => undefined);
    expect(remainingMs(signal)).toBeGreaterThan(50_000);
    short.dispose();
    long.dispose();
  });
});

describe('identical reads across GraphQL requests (response cache off)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    // Per-attempt timeout above the simulated latencies below; a deadline the tests can outlast.
    gw = await startTestGateway({ timeoutMs: 8_000 });
  });
  afterAll(async () => {
    await gw.close();
  });
  afterEach(() => {
    gw.sims.clearFaults();
    gw.sims.resetLogs();
    gw.sims.reporter.latencyMs = 0;
  });

  it('answers 50 identical dashboard queries at once with exactly 1 sessions/filter', async () => {
    // The upstream answers slowly, so every query arrives while the first read is in flight.
    gw.sims.reporter.setFault(FILTER, { kind: 'latency', ms: 800 });
    const answers = await Promise.all(Array.from({ length: 50 }, () => gw.execute(dashboard(), { first: 50 })));
    expect(gw.sims.reporter.count(FILTER)).toBe(1);
    expect(gw.sims.reporter.count()).toBe(1);
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(answers[0]!.errors).toBeUndefined();
    expect(answers[0]!.data.sessions.edges).toHaveLength(50);
  });

  it('lets no read sent after a write join one that started before it', async () => {
    gw.sims.reporter.setFault(FILTER, { kind: 'latency', ms: 1500 });
    const before = gw.execute(dashboard(), { first: 50 });
    await until(() => gw.sims.reporter.count(FILTER) === 1);
    // A Reporter write (blocking a client: PUT clients/block, then its clients/filter read) while that
    // read is in flight; the same dashboard read sent after it goes upstream again.
    const c = gw.sims.dataset.reporter.clients[9]!;
    const blocked = (await gw.execute(operationText('reporter/mutation-block-client.graphql'), { botId: c.botId, clientId: c.id, reason: 'test', blockedBy: '42' })) as Answer;
    expect(blocked.data.blockClient.__typename).toBe('BlockClientSuccess');
    const after = gw.execute(dashboard(), { first: 50 });
    await Promise.all([before, after]);
    expect(gw.sims.reporter.count(FILTER)).toBe(2);
  });

  it('keeps answering the others when the client that sent the read goes away', async () => {
    gw.sims.reporter.setFault(FILTER, { kind: 'latency', ms: 800 });
    const leaving = new AbortController();
    const gone = Promise.resolve(
      gw.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: dashboard(), variables: { first: 50 } }),
        signal: leaving.signal,
      }),
    ).catch(() => undefined);
    await until(() => gw.sims.reporter.count(FILTER) === 1);
    const staying = gw.execute(dashboard(), { first: 50 });
    await sleep(100);
    leaving.abort();
    await gone;
    const answer = (await staying) as Answer;
    expect(answer.errors).toBeUndefined();
    expect(answer.data.sessions.edges).toHaveLength(50);
    expect(gw.sims.reporter.count(FILTER)).toBe(1);
  });

  it('never shares writes: two identical mutations at once send two writes', async () => {
    gw.sims.reporter.latencyMs = 300;
    const session = gw.sims.dataset.reporter.sessions.filter((s) => s.labelIds.length === 0)[0]!;
    const id = Buffer.from(`Session:${session.sessionId}`).toString('base64');
    const add = operationText('reporter/mutation-add-session-label.graphql');
    const answers = (await Promise.all([gw.execute(add, { sessionId: id, labelId: '13' }), gw.execute(add, { sessionId: id, labelId: '13' })])) as Answer[];
    for (const a of answers) expect(a.data.addSessionLabel.__typename).toBe('SessionLabelsChangeSuccess');
    const writes = gw.sims.reporter.log.filter((r) => r.method !== 'GET' && !r.endpoint.endsWith('/filter'));
    expect(writes).toHaveLength(2);
  });

  // Waiters get the same parsed value. Whatever a request did to it would show in another's answer:
  // each scenario's operation, run four at once over one shared read per step, answers exactly as alone.
  const readScenarios = SCENARIOS.filter((s) => !s.operation.includes('mutation'));
  it.each(readScenarios.map((s) => [s.name, s] as const))('%s: four at once answer as one alone does', async (_name, scenario) => {
    const text = operationText(scenario.operation);
    const variables = scenario.variables(gw.sims);
    const alone = (await gw.execute(text, variables)) as Answer;
    expect(alone.errors).toBeUndefined();
    const before = gw.sims.counts().total;
    gw.sims.reporter.latencyMs = 200;
    for (const s of [gw.sims.uis, gw.sims.leeloo]) s.latencyMs = 200;
    try {
      const together = (await Promise.all(Array.from({ length: 4 }, (_, i) => gw.execute(`${text}\n# caller ${i}`, variables)))) as Answer[];
      for (const a of together) expect(a).toEqual(alone);
    } finally {
      for (const s of [gw.sims.uis, gw.sims.leeloo]) s.latencyMs = 0;
    }
    // Each upstream call of the four was sent once: the calls of one run alone, not four times as many.
    expect(gw.sims.counts().total - before).toBe(scenario.pinned);
  });
});

describe('a waiter’s own deadline (OPERATION_TIMEOUT_MS 2000)', () => {
  let dl: TestGateway;
  beforeAll(async () => {
    dl = await startTestGateway({ timeoutMs: 8_000, env: { OPERATION_TIMEOUT_MS: '2000' } });
  });
  afterAll(async () => {
    await dl.close();
  });

  it('fails only the waiter whose own deadline passed (UPSTREAM_TIMEOUT); the read goes on and later waiters get data', async () => {
    // OPERATION_TIMEOUT_MS 2000; the upstream answers after 2600 ms. The first two queries (the one
    // that sent the read and one that joined) reach their deadlines before it answers; a third that
    // joined 1200 ms later still has time and gets the answer of the same single request.
    dl.sims.reporter.setFault(FILTER, { kind: 'latency', ms: 2600 });
    const first = dl.execute(dashboard(), { first: 50 });
    await until(() => dl.sims.reporter.count(FILTER) === 1);
    const second = dl.execute(dashboard(), { first: 50 });
    await sleep(1200);
    const third = dl.execute(dashboard(), { first: 50 });
    const [a, b, c] = (await Promise.all([first, second, third])) as Answer[];
    for (const timedOut of [a, b]) {
      expect(timedOut.data?.sessions ?? null).toBeNull();
      expect(timedOut.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', service: 'reporter' });
    }
    expect(c.errors).toBeUndefined();
    expect(c.data.sessions.edges).toHaveLength(50);
    expect(dl.sims.reporter.count(FILTER)).toBe(1);
  });
});

describe('tenants never share a read', () => {
  it('sends one request per tenant for the same query at the same moment, even to the same URL with the same token', async () => {
    const sims = await startSimulators({ seed: 7, size: 1, tokens: TEST_TOKENS });
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-shared-'));
    const backend = (s: ServiceName, v: string) => ({ url: sims.urls[s], token: `env:${v}` });
    writeFileSync(
      join(dir, 'tenants.json'),
      JSON.stringify({ tenants: ['acme', 'globex'].map((id) => ({ id, reporter: backend('reporter', 'SAME_REPORTER_TOKEN') })) }),
    );
    const keys = { acme: testKey('shared-acme'), globex: testKey('shared-globex') };
    const config = loadConfig({
      SAME_REPORTER_TOKEN: TEST_TOKENS.reporter,
      TENANTS_FILE: join(dir, 'tenants.json'),
      API_KEYS_FILE: writeApiKeysFile(Object.entries(keys).map(([tenant, key]) => ({ name: tenant, key, scopes: ['read'], tenant }))),
      RESPONSE_CACHE: 'off',
      LOG_LEVEL: 'silent',
    });
    const redactor = new Redactor(Object.values(TEST_TOKENS));
    const { logger } = captureLogger(redactor);
    const tenants = createTenantBackends({ config, tenants: config.tenants, effective: (t) => t as Record<ServiceName, BackendConfig>, logger, redactor });
    const yoga = createGateway({ config, tenants, logger, redactor });
    try {
      sims.reporter.setFault(FILTER, { kind: 'latency', ms: 600 });
      const ask = (key: string) =>
        yoga.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...bearer(key) },
          body: JSON.stringify({ query: dashboard(), variables: { first: 50 } }),
        });
      const answers = await Promise.all([ask(keys.acme), ask(keys.globex), ask(keys.acme), ask(keys.globex)]);
      for (const a of answers) expect(((await a.json()) as Answer).errors).toBeUndefined();
      // Two per tenant at once: each tenant's pair shared one read, the tenants did not share.
      expect(sims.reporter.count(FILTER)).toBe(2);
    } finally {
      for (const b of tenants.values()) await b.close();
      await sims.close();
    }
  });
});
