import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { MemoryBudgetStore, RedisBudgetStore, type BudgetWindow } from '../../src/shared/budget.js';
import { createSharedRedis, type SharedRedis } from '../../src/shared/redis.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { until } from '../helpers/until.js';

const UIS: BudgetWindow[] = [
  { name: 'minute', windowMs: 60_000 },
  { name: 'day', windowMs: 86_400_000 },
];

describe('MemoryBudgetStore', () => {
  it('lets everything through until the upstream has told its limits', async () => {
    const store = new MemoryBudgetStore();
    for (let i = 0; i < 50; i++) expect(await store.take('t:uis', UIS)).toEqual({ ok: true });
  });

  it('refuses once what the upstream said is left is spent, until the window resets', async () => {
    let now = 1_000_000;
    const store = new MemoryBudgetStore(() => now);
    await store.observe('t:uis', 'minute', { limit: 10, remaining: 3, resetMs: 20_000 });
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await store.take('t:uis', UIS));
    expect(decisions.slice(0, 3)).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(decisions[3]).toEqual({ ok: false, window: 'minute', retryAfterMs: 20_000 });
    now += 20_001;
    // A new window opens at the learned size.
    for (let i = 0; i < 10; i++) expect((await store.take('t:uis', UIS)).ok).toBe(true);
    expect((await store.take('t:uis', UIS)).ok).toBe(false);
  });

  it('keeps the lower count while the upstream window is the same one (requests still in flight)', async () => {
    const now = 5_000_000;
    const store = new MemoryBudgetStore(() => now);
    await store.observe('t:uis', 'minute', { limit: 10, remaining: 5, resetMs: 30_000 });
    await store.take('t:uis', UIS);
    await store.take('t:uis', UIS);
    await store.observe('t:uis', 'minute', { limit: 10, remaining: 4, resetMs: 30_000 });
    expect([await store.take('t:uis', UIS), await store.take('t:uis', UIS), await store.take('t:uis', UIS)].map((d) => d.ok)).toEqual([true, true, true]);
    expect((await store.take('t:uis', UIS)).ok).toBe(false);
  });

  it('applies a configured limit (Leeloo) without the upstream saying anything, per scope', async () => {
    const store = new MemoryBudgetStore();
    const leeloo = [{ name: 'minute', windowMs: 60_000, limit: 2 }];
    expect([(await store.take('a:leeloo', leeloo)).ok, (await store.take('a:leeloo', leeloo)).ok, (await store.take('a:leeloo', leeloo)).ok]).toEqual([true, true, false]);
    expect((await store.take('b:leeloo', leeloo)).ok).toBe(true);
  });
});

describe('RedisBudgetStore', () => {
  let redis: TestRedis;
  let a: SharedRedis;
  let b: SharedRedis;
  beforeAll(async () => {
    redis = await startRedis();
    a = createSharedRedis(redis.url, pino({ level: 'silent' }));
    b = createSharedRedis(redis.url, pino({ level: 'silent' }));
    await until(() => a.ready && b.ready);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await redis.stop();
  });

  it('spends one budget from two replicas: together they get what one would', async () => {
    const storeA = new RedisBudgetStore(a);
    const storeB = new RedisBudgetStore(b);
    await storeA.observe('acme:uis', 'minute', { limit: 100, remaining: 6, resetMs: 30_000 });
    const oks = [];
    for (let i = 0; i < 5; i++) oks.push((await storeA.take('acme:uis', UIS)).ok, (await storeB.take('acme:uis', UIS)).ok);
    expect(oks.filter(Boolean)).toHaveLength(6);
    const refused = await storeB.take('acme:uis', UIS);
    expect(refused).toMatchObject({ ok: false, window: 'minute' });
    expect(refused.ok === false && refused.retryAfterMs).toBeGreaterThan(25_000);
  });

  it('refuses on a spent day window even with minutes to spare, and takes nothing from the minute then', async () => {
    const store = new RedisBudgetStore(a);
    await store.observe('day:uis', 'day', { limit: 1000, remaining: 1, resetMs: 3_600_000 });
    await store.observe('day:uis', 'minute', { limit: 100, remaining: 50, resetMs: 30_000 });
    expect((await store.take('day:uis', UIS)).ok).toBe(true);
    expect(await store.take('day:uis', UIS)).toMatchObject({ ok: false, window: 'day' });
    expect(await a.client.get('sb:budget:{day:uis}:minute:left')).toBe('49');
  });

  it('keeps a budget in this replica while Redis is down, from what the upstream last said', async () => {
    const store = new RedisBudgetStore(a);
    await store.observe('down:uis', 'minute', { limit: 100, remaining: 2, resetMs: 30_000 });
    await redis.kill();
    await until(() => !a.ready);
    expect([(await store.take('down:uis', UIS)).ok, (await store.take('down:uis', UIS)).ok, (await store.take('down:uis', UIS)).ok]).toEqual([true, true, false]);
    await redis.start();
    await until(() => a.ready && b.ready);
  });
});
