import { describe, expect, it } from 'vitest';
import type { LeelooClient } from '../../../src/backends/leeloo/client.js';
import { createLeelooLoaders, fetchWindow } from '../../../src/backends/leeloo/loaders.js';
import type { LeelooAccountDetailsEnvelope, LeelooListEnvelope, LeelooUser } from '../../../src/backends/leeloo/types.js';
import type { Backends } from '../../../src/backends/registry.js';
import { loadConfig } from '../../../src/config.js';
import { ErrorCode, UpstreamError } from '../../../src/gateway/errors.js';

const hex = (n: number) => n.toString(16).padStart(24, '0');
const user = (n: number): LeelooUser => ({ id: hex(1000 + n), name: `Operator ${n}`, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-02T00:00:00.000Z' });
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A client double that records calls and how many detail calls run at once. */
function fakeClient(opts: { delayMs?: number; missing?: Set<string> } = {}) {
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const client = {
    async getAccount(id: string): Promise<LeelooAccountDetailsEnvelope> {
      calls.push(`details ${id}`);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await tick(opts.delayMs ?? 5);
      inFlight--;
      if (opts.missing?.has(id)) throw new UpstreamError('404', { code: ErrorCode.NOT_FOUND, service: 'leeloo', endpoint: 'GET accounts/:id', status: 404 });
      return {
        status: 1,
        data: { id, name: id, tags: [], from: 'TELEGRAM', botStatus: 'BOT', createdAt: '2024-01-01T00:00:00.000Z', links: { contactedUsers: [{ type: 'users', id: user(1).id }] } },
        included: { users: [user(1)], orders: [] },
      };
    },
    async getUser(id: string) {
      calls.push(`user ${id}`);
      return { status: 1 as const, data: { ...user(2), id } };
    },
  };
  return { client: client as unknown as LeelooClient, calls, maxInFlight: () => maxInFlight };
}

function deps(concurrency: number, batching = true) {
  const config = { ...loadConfig({}), leelooConcurrency: concurrency };
  return { backends: {} as Backends, config, signal: new AbortController().signal, batching };
}

describe('accountDetails loader', () => {
  it('deduplicates ids and keeps at most leelooConcurrency calls in flight', async () => {
    const fake = fakeClient();
    const loaders = createLeelooLoaders(fake.client, deps(3));
    const ids = Array.from({ length: 10 }, (_, i) => hex(i));
    const results = await Promise.all([...ids, ...ids].map((id) => loaders.accountDetails.load(id)));
    expect(results.map((r) => r.data.id)).toEqual([...ids, ...ids]);
    expect(fake.calls).toHaveLength(10);
    expect(fake.maxInFlight()).toBe(3);
  });

  it('fails only the key whose call failed', async () => {
    const fake = fakeClient({ missing: new Set([hex(2)]) });
    const loaders = createLeelooLoaders(fake.client, deps(4));
    const settled = await Promise.allSettled([hex(1), hex(2), hex(3)].map((id) => loaders.accountDetails.load(id)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason).toMatchObject({ extensions: { code: 'NOT_FOUND', service: 'leeloo' } });
  });

  it('stays bounded in the naive baseline, where nothing is batched or cached', async () => {
    const fake = fakeClient();
    const loaders = createLeelooLoaders(fake.client, deps(2, false));
    await Promise.all([hex(1), hex(1), hex(2), hex(3), hex(4)].map((id) => loaders.accountDetails.load(id)));
    expect(fake.calls).toHaveLength(5);
    expect(fake.maxInFlight()).toBe(2);
  });
});

describe('user loader', () => {
  it('answers from included users of a details call still running, and calls GET users/:id for the rest', async () => {
    const fake = fakeClient({ delayMs: 20 });
    const loaders = createLeelooLoaders(fake.client, deps(4));
    const details = loaders.accountDetails.load(hex(9));
    await tick(1);
    const [known, other] = await Promise.all([loaders.user.load(user(1).id), loaders.user.load(hex(77))]);
    await details;
    expect(known).toEqual(user(1));
    expect(other.id).toBe(hex(77));
    expect(fake.calls).toEqual([`details ${hex(9)}`, `user ${hex(77)}`]);
  });
});

describe('fetchWindow', () => {
  /** A fake list of `total` numbers that records the limit/offset of each call. */
  function list(total: number) {
    const queries: Array<{ limit: number; offset: number }> = [];
    const fetchPage = async (q: { limit: number; offset: number }): Promise<LeelooListEnvelope<number>> => {
      queries.push(q);
      const data = Array.from({ length: Math.max(0, Math.min(q.limit, total - q.offset)) }, (_, i) => q.offset + i);
      return { status: 1, data, meta: { limit: q.limit, offset: q.offset, filteredCount: data.length, totalCount: total } };
    };
    return { queries, fetchPage };
  }

  it('asks for a window of up to 50 in one call at its own offset', async () => {
    const l = list(400);
    expect(await fetchWindow({ offset: 37, count: 20 }, l.fetchPage)).toEqual({ items: Array.from({ length: 20 }, (_, i) => 37 + i), totalCount: 400 });
    expect(l.queries).toEqual([{ limit: 20, offset: 37 }]);
  });

  it('splits a window over 50 into consecutive calls of at most 50', async () => {
    const l = list(400);
    const page = await fetchWindow({ offset: 30, count: 100 }, l.fetchPage);
    expect(page.items).toEqual(Array.from({ length: 100 }, (_, i) => 30 + i));
    expect(l.queries).toEqual([
      { limit: 50, offset: 30 },
      { limit: 50, offset: 80 },
    ]);
  });

  it('stops after the first call when the list ends inside it', async () => {
    const l = list(44);
    expect(await fetchWindow({ offset: 0, count: 100 }, l.fetchPage)).toEqual({ items: Array.from({ length: 44 }, (_, i) => i), totalCount: 44 });
    expect(l.queries).toEqual([{ limit: 50, offset: 0 }]);
  });

  it('reads the total with limit 1 for an empty window', async () => {
    const l = list(400);
    expect(await fetchWindow({ offset: 10, count: 0 }, l.fetchPage)).toEqual({ items: [], totalCount: 400 });
    expect(l.queries).toEqual([{ limit: 1, offset: 10 }]);
  });
});
