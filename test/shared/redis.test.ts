import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createSharedRedis, redisUrlForDisplay, type SharedRedis } from '../../src/shared/redis.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('shared Redis connection', () => {
  let redis: TestRedis;
  let shared: SharedRedis;
  const lines: string[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    const logger = pino({ level: 'info' }, { write: (l: string) => lines.push(l) });
    shared = createSharedRedis(redis.url, logger);
    await until(() => shared.ready);
  });
  afterAll(async () => {
    await shared.close();
    await redis.stop();
  });

  it('runs commands while Redis is up', async () => {
    await shared.client.set('k', 'v');
    expect(await shared.client.get('k')).toBe('v');
  });

  it('fails commands fast while Redis is down, warns once, and recovers when it is back', async () => {
    await redis.kill();
    await until(() => !shared.ready);
    const started = Date.now();
    await expect(shared.client.get('k')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
    await expect(shared.client.get('k')).rejects.toThrow();
    expect(lines.filter((l) => l.includes('Redis unreachable'))).toHaveLength(1);
    await redis.start();
    await until(() => shared.ready);
    expect(lines.some((l) => l.includes('Redis is back'))).toBe(true);
    await shared.client.set('k2', 'v2');
    expect(await shared.client.get('k2')).toBe('v2');
  });

  it('shows its URL without password or query', () => {
    expect(redisUrlForDisplay('redis://user:secretpw@cache.internal:6380/2?x=secret')).toBe('redis://cache.internal:6380/2');
  });
});
