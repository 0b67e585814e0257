import DataLoader from 'dataloader';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createContext } from '../../../src/gateway/context.js';
import { LeelooAccountSource, leelooAccountPhoneDigits } from '../../../src/schema/leeloo/parents.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { accountsNewestFirst, expectedPhone } from './fixture.js';

/**
 * The hook for `LeelooAccount.calls(period)` (UIS calls matched by phone): the account's canonical
 * phone digits. A page's phones must arrive together so that per-phone UIS loads made right after
 * land in one DataLoader batch (issue 3: "… and their UIS calls in a period → 1 UIS call").
 */
let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway();
});

afterAll(async () => {
  await gw.close();
});

beforeEach(() => {
  gw.sims.clearFaults();
  gw.sims.resetLogs();
  gw.sims.leeloo.latencyMs = 0;
});

const context = () => createContext({ tenants: new Map([['default', gw.backends]]), config: gw.config }, new Request('http://gateway.test/graphql'));

describe('leelooAccountPhoneDigits', () => {
  it('gives each account’s canonical phone digits from its details call', async () => {
    const accounts = accountsNewestFirst(gw.sims.dataset.leeloo).slice(0, 10);
    const ctx = context();
    const phones = await Promise.all(accounts.map((a) => leelooAccountPhoneDigits(new LeelooAccountSource(a.id), ctx)));
    expect(phones).toEqual(accounts.map((a) => expectedPhone(a).phoneDigits));
    expect(gw.sims.leeloo.counters()).toEqual({ 'GET accounts/:id': 10 });
  });

  it('releases a page’s phones together, so loads made right after fall into one batch', async () => {
    gw.sims.leeloo.latencyMs = 15;
    const accounts = accountsNewestFirst(gw.sims.dataset.leeloo).slice(0, 12);
    const ctx = context();
    // One account's details are already cached (say an alias asked for it by id): DataLoader still
    // settles that cache hit with the page's batch, so its phone does not go into a batch of its own.
    const cached = accounts.findLast((a) => expectedPhone(a).phoneDigits !== null)!;
    await ctx.loaders.leeloo.accountDetails.load(cached.id);
    const batches: string[][] = [];
    const byPhone = new DataLoader<string, string>(async (keys) => {
      batches.push([...keys]);
      return keys.map((k) => k);
    });
    await Promise.all(
      accounts.map(async (a) => {
        const phone = await leelooAccountPhoneDigits(new LeelooAccountSource(a.id), ctx);
        return phone ? byPhone.load(phone) : null;
      }),
    );
    const expected = [...new Set(accounts.map((a) => expectedPhone(a).phoneDigits).filter((p): p is string => !!p))];
    expect(batches).toHaveLength(1);
    expect([...batches[0]].sort()).toEqual([...expected].sort());
    expect(gw.sims.leeloo.count('GET accounts/:id')).toBe(12);
  });

  it('answers for an account whose details loaded even when a sibling’s details call fails', async () => {
    const ok = accountsNewestFirst(gw.sims.dataset.leeloo)[0];
    const ctx = context();
    const [phone, missing] = await Promise.allSettled(
      [ok.id, '0123456789abcdef01234567'].map((id) => leelooAccountPhoneDigits(new LeelooAccountSource(id), ctx)),
    );
    expect(phone).toEqual({ status: 'fulfilled', value: expectedPhone(ok).phoneDigits });
    expect(missing).toMatchObject({ status: 'rejected', reason: { extensions: { code: 'NOT_FOUND', service: 'leeloo' } } });
  });
});
