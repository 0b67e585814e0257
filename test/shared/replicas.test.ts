import { operationText } from '../../scripts/operations.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulators, type Simulators } from '../../src/simulators/index.js';
import { TEST_TOKENS } from '../helpers/gateway.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { startReplica, type Replica } from '../helpers/replica.js';
import { subscribeSse } from '../helpers/sse.js';
import { until } from '../helpers/until.js';

/**
 * Two gateway replicas (each its own process state, port, backends and Redis connection) behind
 * one Redis, over one simulator set: what README "Running more than one" promises is shared.
 */
const DASHBOARD = operationText('reporter/sessions-with-client-block-state.graphql');
const SUBSCRIBE = operationText('reporter/subscription-report-task-updated.graphql');
const CREATE = operationText('reporter/mutation-create-report.graphql');
const INTERVAL_MS = 150;
const UIS_MINUTE_POINTS = 40;

let redis: TestRedis;
let sims: Simulators;
let a: Replica;
let b: Replica;

beforeAll(async () => {
  redis = await startRedis();
  sims = await startSimulators({ seed: 7, size: 1, tokens: TEST_TOKENS, uisLimits: { minuteLimit: UIS_MINUTE_POINTS } });
  const env = { REPORT_POLL_INTERVAL_MS: String(INTERVAL_MS), RESPONSE_CACHE: 'on' };
  a = await startReplica(sims, redis.url, env);
  b = await startReplica(sims, redis.url, env);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await sims?.close();
  await redis?.stop();
});
beforeEach(() => {
  sims.clearFaults();
  sims.resetLogs();
});

describe('two replicas sharing one Redis', () => {
  it('answers on replica B a dashboard replica A cached, with no upstream request', async () => {
    const onA = await a.post(DASHBOARD, { first: 20 });
    expect(onA.errors).toBeUndefined();
    expect(sims.counts().total).toBe(2);
    await a.shared.responseCache.flush();
    sims.resetLogs();
    const onB = await b.post(DASHBOARD, { first: 20 });
    expect(onB).toEqual(onA);
    expect(sims.counts().total).toBe(0);
    // The library's index sets (type → responses, per tenant) expire once every response they list has.
    const ttl = await a.shared.redis!.client.pttl('sb:cache:default/Session');
    expect(ttl).toBeGreaterThan(0);
  });

  it('shows on replica A a label added through replica B, though A had the session cached', async () => {
    const read = 'query($id: ID!) { session(id: $id) { id labels { labelId } } }';
    const session = sims.dataset.reporter.sessions.find((x) => x.labelIds.length === 0)!;
    const label = sims.dataset.reporter.sessionLabels[2]!;
    expect((await a.post(read, { id: session.sessionId })).data.session.labels).toEqual([]);
    await a.shared.responseCache.flush();
    const add = await b.post('mutation($s: ID!, $l: Long!) { addSessionLabel(sessionId: $s, labelId: $l) { __typename } }', { s: session.sessionId, l: label.id });
    expect(add.data.addSessionLabel.__typename).toBe('SessionLabelsChangeSuccess');
    expect((await a.post(read, { id: session.sessionId })).data.session.labels).toEqual([{ labelId: String(label.id) }]);
  });

  it('polls a report task watched through both replicas once per interval in total', async () => {
    const created = await a.post(CREATE, { kind: 'SESSIONS' });
    const task = created.data.createReport.task as { id: string; taskId: string };
    sims.resetLogs();
    const onA = await subscribeSse(a.url, SUBSCRIBE, { id: task.id });
    const onB = await subscribeSse(b.url, SUBSCRIBE, { id: task.taskId });
    await Promise.all([onA.done, onB.done]);
    for (const s of [onA, onB]) {
      expect(s.completed).toBe(true);
      expect(s.events.at(-1).data.reportTaskUpdated.status).toBe('COMPLETED');
    }
    // The follower's subscribers saw what the leader polled (the same states, in order, no repeats).
    const statusesOf = (s: typeof onA) => s.events.map((e) => e.data.reportTaskUpdated.status);
    expect(new Set(statusesOf(onB))).toEqual(new Set(statusesOf(onA)));
    const polls = sims.reporter.log.filter((r) => r.endpoint === 'GET reports/tasks/:id').map((r) => r.at);
    expect(polls.length).toBeGreaterThan(1);
    // One poller's cadence: two replicas polling each for itself would send about twice as many,
    // interleaved. (Load only stretches gaps; a request sent late can shorten the next gap a little.)
    const gaps = polls.slice(1).map((t, i) => t - polls[i]!);
    expect(gaps.every((g) => g >= INTERVAL_MS * 0.5)).toBe(true);
    expect(polls.length).toBeLessThanOrEqual(Math.floor((polls.at(-1)! - polls[0]!) / INTERVAL_MS) + 1);
  });

  it('hands a task over to the other replica when the polling one’s subscribers leave', async () => {
    const created = await a.post(CREATE, { kind: 'SESSIONS' });
    const task = created.data.createReport.task as { id: string; taskId: string };
    const onA = await subscribeSse(a.url, SUBSCRIBE, { id: task.id });
    await until(() => onA.events.length > 0);
    const onB = await subscribeSse(b.url, SUBSCRIBE, { id: task.id });
    await until(() => onB.events.length > 0);
    onA.cancel();
    await onB.done;
    expect(onB.completed).toBe(true);
    expect(onB.events.at(-1).data.reportTaskUpdated.status).toBe('COMPLETED');
  });

  it('counts one rate-limit window for a principal across both replicas', async () => {
    const counts = [];
    for (let i = 0; i < 3; i++) {
      counts.push((await a.shared.rateLimits.hit('principal:ops', 60_000)).count);
      counts.push((await b.shared.rateLimits.hit('principal:ops', 60_000)).count);
    }
    expect(counts).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps a burst over the UIS points budget, spread over both replicas, within the budget', async () => {
    // One answer tells the budget UIS's minute limit (get.employees; the dataset's first call also reads get.account).
    const warm = await a.post('{ employees(first: 1) { totalCount } }');
    expect(warm.errors).toBeUndefined();
    await until(async () => (await a.shared.redis!.client.exists('sb:budget:{default:uis}:minute:left')) === 1);
    const burst = await Promise.all(
      Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).post(`query Burst${i} { employees(first: ${(i % 30) + 2}) { totalCount } }`)),
    );
    const refused = burst.filter((r) => r.errors?.[0]?.extensions?.code === 'UPSTREAM_RATE_LIMITED');
    expect(refused.length).toBeGreaterThan(0);
    expect(burst.filter((r) => r.errors && !refused.includes(r))).toEqual([]);
    // Everything UIS received was within its points (its window opened with the warm-up): nothing it had to refuse.
    expect(sims.uis.log.length).toBeLessThanOrEqual(UIS_MINUTE_POINTS);
    expect(burst.length - refused.length).toBe(sims.uis.log.length - 1);
    expect(refused[0]!.errors![0].extensions).toMatchObject({ service: 'uis' });
  });

  it('degrades to per-replica behaviour with a logged warning and no failed request when Redis dies', async () => {
    await redis.kill();
    await until(() => !a.shared.redis!.ready && !b.shared.redis!.ready);
    const results = [];
    for (const r of [a, b, a]) results.push(await r.post(DASHBOARD, { first: 9 }));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    // Each replica answers from its own memory now: A's second read is its own hit, B paid for its own.
    expect(sims.counts().total).toBe(4);
    expect((await a.shared.rateLimits.hit('principal:down', 60_000)).count).toBe(1);
    for (const r of [a, b]) expect(r.logLines.filter((l) => l.includes('Redis unreachable'))).toHaveLength(1);
    await redis.start();
    await until(() => a.shared.redis!.ready && b.shared.redis!.ready);
  });
});
