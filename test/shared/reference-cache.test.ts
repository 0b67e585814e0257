import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { UisClient } from '../../src/backends/uis/client.js';
import { accountZone } from '../../src/backends/uis/timezone.js';
import { createSharedRedis, type SharedRedis } from '../../src/shared/redis.js';
import { RedisReferenceStore } from '../../src/shared/reference-cache.js';
import type { UisSimulator } from '../../src/simulators/uis/server.js';
import { upstreamTestOptions } from '../helpers/logs.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { until } from '../helpers/until.js';
import { startUis, TOKEN } from '../simulators/uis/rpc-helper.js';

/** Two replicas' UIS clients of one tenant: the account zone one of them loaded is the other's too. */
describe('reference data shared through Redis', () => {
  let redis: TestRedis;
  let shared: SharedRedis;
  let sim: UisSimulator;
  let url: string;
  const clients: UisClient[] = [];
  const client = (tenant: string) => {
    const c = new UisClient({ ...upstreamTestOptions([TOKEN]), baseUrl: url, accessToken: TOKEN, reference: { store: new RedisReferenceStore(shared), scope: `${tenant}:uis` } });
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    redis = await startRedis();
    shared = createSharedRedis(redis.url, pino({ level: 'silent' }));
    await until(() => shared.ready);
    ({ sim, url } = await startUis());
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await sim.close();
    await shared.close();
    await redis.stop();
  });

  it('loads the account zone once for two replicas of a tenant, and again for another tenant', async () => {
    const zoneA = await accountZone(client('acme'));
    const zoneB = await accountZone(client('acme'));
    expect(zoneB).toBe(zoneA);
    expect(sim.log.filter((r) => r.endpoint === 'get.account')).toHaveLength(1);
    await accountZone(client('globex'));
    expect(sim.log.filter((r) => r.endpoint === 'get.account')).toHaveLength(2);
    expect(await shared.client.pttl('sb:ref:acme:uis:zone')).toBeGreaterThan(0);
  });

  it('loads from the upstream while Redis is down', async () => {
    await redis.kill();
    await until(() => !shared.ready);
    const zone = await accountZone(client('initech'));
    expect(typeof zone).toBe('string');
    expect(sim.log.filter((r) => r.endpoint === 'get.account')).toHaveLength(3);
    await redis.start();
    await until(() => shared.ready);
  });
});
