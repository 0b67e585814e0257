import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createSharedRedis, type SharedRedis } from '../../src/shared/redis.js';
import { redisUrlForDisplay } from '../../src/shared/redis-url.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

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

/**
 * Finding 3 of issue 18: with Redis stopped by SIGSTOP (or a partition that keeps the connection
 * open) every command waited for ever. Now a stall is a failure within REDIS_TIMEOUT_MS, warned once,
 * and the connection comes back by itself when Redis answers again.
 */
describe.each(['SIGSTOP', 'partition'] as const)('a Redis that stops answering (%s)', (how) => {
  let redis: TestRedis;
  let proxy: TcpProxy | undefined;
  let shared: SharedRedis;
  const lines: string[] = [];
  const TIMEOUT_MS = 200;
  beforeAll(async () => {
    redis = await startRedis();
    proxy = how === 'partition' ? await startTcpProxy({ host: '127.0.0.1', port: redis.port }) : undefined;
    const logger = pino({ level: 'info' }, { write: (l: string) => lines.push(l) });
    shared = createSharedRedis(proxy?.url ?? redis.url, logger, { timeoutMs: TIMEOUT_MS });
    await until(() => shared.ready);
  });
  afterAll(async () => {
    await shared.close();
    await proxy?.close();
    await redis.stop();
  });
  const stall = () => (proxy ? proxy.partition() : redis.pause());
  const unstall = () => (proxy ? proxy.heal() : redis.resume());

  it('fails a command within its timeout, counts Redis as unready, warns once, and recovers when it answers again', async () => {
    await shared.client.set('k', 'v');
    stall();
    // Generous for a loaded 2-core machine: the bound is the timeout (200 ms), not "eventually".
    const started = Date.now();
    await expect(shared.client.get('k')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1000);
    await until(() => !shared.ready, 3000);
    // While unready, commands fail at once (no offline queue), and nothing more is logged.
    const again = Date.now();
    await expect(shared.client.get('k')).rejects.toThrow();
    expect(Date.now() - again).toBeLessThan(TIMEOUT_MS + 1000);
    await new Promise((r) => setTimeout(r, 3 * TIMEOUT_MS));
    expect(lines.filter((l) => l.includes('Redis unreachable'))).toHaveLength(1);
    unstall();
    await until(() => shared.ready, 10_000);
    expect(lines.filter((l) => l.includes('Redis is back'))).toHaveLength(1);
    expect(await shared.client.get('k')).toBe('v');
  });
});
