import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { RedisRateLimitStore } from '../../src/shared/redis-rate-limit-store.js';
import { createSharedRedis, type SharedRedis } from '../../src/shared/redis.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { until } from '../helpers/until.js';

describe('RedisRateLimitStore', () => {
  let redis: TestRedis;
  let a: SharedRedis;
  let b: SharedRedis;
  beforeAll(async () => {
    redis = await startRedis();
    const logger = pino({ level: 'silent' });
    a = createSharedRedis(redis.url, logger);
    b = createSharedRedis(redis.url, logger);
    await until(() => a.ready && b.ready);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await redis.stop();
  });

  it('counts the hits of two replicas in one window', async () => {
    const storeA = new RedisRateLimitStore(a);
    const storeB = new RedisRateLimitStore(b);
    const counts = [];
    for (let i = 0; i < 3; i++) counts.push((await storeA.hit('alice', 60_000)).count, (await storeB.hit('alice', 60_000)).count);
    expect(counts).toEqual([1, 2, 3, 4, 5, 6]);
    const other = await storeB.hit('bob', 60_000);
    expect(other.count).toBe(1);
    expect(other.resetAt % 60_000).toBe(0);
  });

  it('counts in this replica alone while Redis is down, and in Redis again once it is back', async () => {
    const store = new RedisRateLimitStore(a);
    await redis.kill();
    await until(() => !a.ready);
    expect((await store.hit('carol', 60_000)).count).toBe(1);
    expect((await store.hit('carol', 60_000)).count).toBe(2);
    await redis.start();
    await until(() => a.ready);
    // A fresh Redis (no persistence) starts the window again.
    expect((await store.hit('carol', 60_000)).count).toBe(1);
  });
});
