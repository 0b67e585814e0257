import { describe, expect, it } from 'vitest';
import { MemoryRateLimitStore } from '../../src/shared/rate-limit-store.js';

describe('MemoryRateLimitStore', () => {
  it('counts hits per key within one window and tells when the window ends', async () => {
    const store = new MemoryRateLimitStore();
    const a1 = await store.hit('a', 60_000);
    const a2 = await store.hit('a', 60_000);
    const b1 = await store.hit('b', 60_000);
    expect([a1.count, a2.count, b1.count]).toEqual([1, 2, 1]);
    expect(a2.resetAt).toBe(a1.resetAt);
    expect(a1.resetAt).toBeGreaterThan(Date.now());
    expect(a1.resetAt - Date.now()).toBeLessThanOrEqual(60_000);
  });

  it('starts a new count once the window has passed', async () => {
    const store = new MemoryRateLimitStore();
    await store.hit('a', 20);
    await new Promise((r) => setTimeout(r, 45));
    expect((await store.hit('a', 20)).count).toBe(1);
  });
});
