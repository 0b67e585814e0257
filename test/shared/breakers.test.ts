import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulators, type Simulators } from '../../src/simulators/index.js';
import { TEST_TOKENS } from '../helpers/gateway.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { startReplica, type Replica } from '../helpers/replica.js';
import { until } from '../helpers/until.js';

/**
 * Two replicas, one Redis, one hung UIS: a breaker that opens on one replica opens on the other
 * (published), and each cool-down's probe is sent by one replica only (claimed with SET NX PX).
 */
const CALLS = 'query($period: CallPeriod!) { calls(period: $period, first: 2) { edges { node { id } } } }';

let redis: TestRedis;
let sims: Simulators;
let a: Replica;
let b: Replica;
let period: { from: string; to: string };

beforeAll(async () => {
  redis = await startRedis();
  sims = await startSimulators({ seed: 7, size: 1, tokens: TEST_TOKENS });
  const env = { UPSTREAM_TIMEOUT_MS: '300', BREAKER_FAILURES: '3', BREAKER_COOLDOWN_MS: '1500', RESPONSE_CACHE: 'off' };
  a = await startReplica(sims, redis.url, env);
  b = await startReplica(sims, redis.url, env);
  const anchor = sims.dataset.anchor.getTime();
  period = { from: new Date(anchor - 30 * 86_400_000).toISOString(), to: new Date(anchor).toISOString() };
  // Both replicas know the UIS account zone before UIS hangs.
  for (const r of [a, b]) expect((await r.post(CALLS, { period })).errors).toBeUndefined();
});
afterAll(async () => {
  await sims?.close();
  await a?.close();
  await b?.close();
  await redis?.stop();
});

describe('circuit breakers shared through Redis', () => {
  it('opens on every replica when one replica’s opens, and lets one replica probe per cool-down', async () => {
    sims.uis.setFault('*', { kind: 'hang' });
    while (a.backends.breakers.uis!.state === 'closed') await a.post(CALLS, { period });
    await until(() => b.backends.breakers.uis!.state === 'open', 2000);
    const sent = sims.uis.count();
    const onB = await b.post(CALLS, { period });
    expect(onB.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', service: 'uis', circuit: 'open' });
    expect(sims.uis.count()).toBe(sent);

    // Past the cool-down both replicas would probe; the claim lets exactly one of them.
    await new Promise((r) => setTimeout(r, 1700));
    const answers = await Promise.all([...Array.from({ length: 4 }, () => a.post(CALLS, { period })), ...Array.from({ length: 4 }, () => b.post(CALLS, { period }))]);
    for (const x of answers) expect(x.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(sims.uis.count()).toBe(sent + 1);

    // UIS back: the probe of the next window closes the breaker on both replicas.
    sims.clearFaults();
    await until(async () => !(await a.post(CALLS, { period })).errors && !(await b.post(CALLS, { period })).errors, 8000);
    expect(a.backends.breakers.uis!.state).toBe('closed');
    expect(b.backends.breakers.uis!.state).toBe('closed');
  }, 30_000);
});
