import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../src/schema/pagination.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { LeelooAccountListDocument as LIST, type LeelooAccountListQueryVariables } from '../../../client/src/generated/graphql.js';
import { accountGlobalId, accountsNewestFirst, errorSummary } from './fixture.js';

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
});

const list = (variables: LeelooAccountListQueryVariables) => gw.execute(LIST, variables);
const leelooQueries = () => gw.sims.leeloo.log.map((r) => r.query);

describe('leelooAccounts: data', () => {
  it('lists accounts newest first with the list fields Leeloo sends, from one list call and no details', async () => {
    const res = await list({ first: 5 });
    const expected = accountsNewestFirst(gw.sims.dataset.leeloo).slice(0, 5);
    expect(res.errors).toBeUndefined();
    expect(res.data?.leelooAccounts?.edges!.map((e) => e!.node)).toEqual(
      expected.map((a) => ({
        id: accountGlobalId(a.id),
        accountId: a.id,
        displayName: a.name,
        channel: a.from,
        name: a.name,
        tags: a.tags,
        messenger: a.from,
        messengerRaw: a.from,
        botStatus: a.botStatus,
        botStatusRaw: a.botStatus,
        createdAt: a.createdAt,
        lastMessageTime: a.lastMessageTime ?? null,
        personId: a.person_id,
      })),
    );
    expect(res.data?.leelooAccounts?.totalCount).toBe(gw.sims.dataset.leeloo.accounts.length);
    expect(gw.sims.leeloo.counters()).toEqual({ 'GET accounts': 1 });
    expect(leelooQueries()).toEqual([{ limit: '5', offset: '0' }]);
  });
});

describe('leelooAccounts: filters', () => {
  it('keeps accounts having any of the given tags and sends them as filter[tags]', async () => {
    const res = await list({ first: 100, tags: ['vip', 'lead'] });
    const expected = accountsNewestFirst(gw.sims.dataset.leeloo).filter((a) => a.tags.includes('vip') || a.tags.includes('lead'));
    expect(res.data?.leelooAccounts?.totalCount).toBe(expected.length);
    expect(res.data?.leelooAccounts?.edges!.map((e) => e!.node!.accountId)).toEqual(expected.slice(0, 100).map((a) => a.id));
    expect(leelooQueries()[0]).toEqual({ limit: '50', offset: '0', 'filter[tags]': 'lead,vip' });
  });

  it('refuses a blank tag or a tag with a comma with BAD_USER_INPUT naming `tags`, before any upstream call', async () => {
    for (const tags of [[' '], ['a,b']]) {
      const res = await gw.execute(LIST, { tags });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'tags' });
    }
    expect(gw.sims.counts().total).toBe(0);
  });
});

describe('leelooAccounts: paging', () => {
  it('continues after the end cursor of the previous page', async () => {
    const first = await list({ first: 10 });
    const second = await list({ first: 10, after: first.data?.leelooAccounts?.pageInfo.endCursor });
    const expected = accountsNewestFirst(gw.sims.dataset.leeloo).slice(10, 20);
    expect(second.data?.leelooAccounts?.edges!.map((e) => e!.node!.accountId)).toEqual(expected.map((a) => a.id));
    expect(second.data?.leelooAccounts?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(leelooQueries()[1]).toEqual({ limit: '10', offset: '10' });
  });

  it('maps a window of 100 onto two consecutive limit-50 calls at the window offset', async () => {
    const res = await list({ first: 100, after: encodeCursor(29) });
    const expected = accountsNewestFirst(gw.sims.dataset.leeloo).slice(30, 130);
    expect(res.data?.leelooAccounts?.edges!.map((e) => e!.node!.accountId)).toEqual(expected.map((a) => a.id));
    expect(leelooQueries()).toEqual([
      { limit: '50', offset: '30' },
      { limit: '50', offset: '80' },
    ]);
  });

  it('makes one call when the list ends inside the first 50 of a larger window', async () => {
    const expected = accountsNewestFirst(gw.sims.dataset.leeloo).filter((a) => a.tags.includes('lead'));
    expect(expected.length).toBeLessThan(50);
    const res = await list({ first: 100, tags: ['lead'] });
    expect(res.data?.leelooAccounts?.edges).toHaveLength(expected.length);
    expect(res.data?.leelooAccounts?.pageInfo.hasNextPage).toBe(false);
    expect(gw.sims.leeloo.count('GET accounts')).toBe(1);
  });

  it('pages backwards with last and before', async () => {
    const res = await list({ last: 5, before: encodeCursor(20) });
    const expected = accountsNewestFirst(gw.sims.dataset.leeloo).slice(15, 20);
    expect(res.data?.leelooAccounts?.edges!.map((e) => e!.node!.accountId)).toEqual(expected.map((a) => a.id));
    expect(res.data?.leelooAccounts?.edges![0]?.cursor).toBe(encodeCursor(15));
  });

  it('answers first: 0 with the total only', async () => {
    const res = await list({ first: 0 });
    expect(res.data?.leelooAccounts).toMatchObject({ totalCount: gw.sims.dataset.leeloo.accounts.length, edges: [] });
    expect(gw.sims.leeloo.count()).toBe(1);
  });

  it('refuses first over the cap and a foreign cursor with BAD_USER_INPUT, before any upstream call', async () => {
    const over = await gw.execute(LIST, { first: 101 });
    const cursor = await gw.execute(LIST, { after: 'bm90LWEtY3Vyc29y' });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(gw.sims.counts().total).toBe(0);
  });
});

describe('leelooAccounts: errors', () => {
  it('nulls only the Leeloo field when the list fails, with the upstream code and service, and the rest arrives', async () => {
    gw.sims.leeloo.setFault('GET accounts', { kind: 'status', status: 503 });
    const res = await gw.execute('{ backends { name } leelooAccounts(first: 3) { totalCount } }');
    expect(res.data).toEqual({ backends: [{ name: 'REPORTER' }, { name: 'UIS' }, { name: 'LEELOO' }], leelooAccounts: null });
    expect(errorSummary(res.errors)).toEqual([{ path: 'leelooAccounts', code: 'UPSTREAM_UNAVAILABLE', service: 'leeloo' }]);
  });

  it('keeps list fields when details fail, and nulls each details field with its own error', async () => {
    gw.sims.leeloo.setFault('GET accounts/:id', { kind: 'status', status: 503 });
    const res = await gw.execute('{ leelooAccounts(first: 2) { edges { node { name phone orders { orderId } } } } }');
    const expected = accountsNewestFirst(gw.sims.dataset.leeloo).slice(0, 2);
    expect(res.data).toEqual({ leelooAccounts: { edges: expected.map((a) => ({ node: { name: a.name, phone: null, orders: null } })) } });
    expect(errorSummary(res.errors).sort((a, b) => String(a.path).localeCompare(String(b.path)))).toEqual(
      ['0.node.orders', '0.node.phone', '1.node.orders', '1.node.phone'].map((p) => ({
        path: `leelooAccounts.edges.${p}`,
        code: 'UPSTREAM_UNAVAILABLE',
        service: 'leeloo',
      })),
    );
  });

  it('reports a rate-limited Leeloo as UPSTREAM_RATE_LIMITED', async () => {
    gw.sims.leeloo.setFault('GET accounts', { kind: 'rateLimit', retryAfterSec: 0 });
    const res = await gw.execute('{ leelooAccounts(first: 1) { totalCount } }');
    expect(res.data).toEqual({ leelooAccounts: null });
    expect(errorSummary(res.errors)).toEqual([{ path: 'leelooAccounts', code: 'UPSTREAM_RATE_LIMITED', service: 'leeloo' }]);
  });
});

describe('leelooAccounts: a disabled Leeloo', () => {
  it('fails the Leeloo fields with BACKEND_NOT_CONFIGURED and still answers the rest', async () => {
    const off = await startTestGateway({ env: { LEELOO_TOKEN: '', SIMULATORS: 'off' } });
    try {
      const res = await off.execute('{ backends { name mode } leelooAccounts(first: 1) { totalCount } }');
      expect(res.data).toEqual({
        backends: [
          { name: 'REPORTER', mode: 'LIVE' },
          { name: 'UIS', mode: 'LIVE' },
          { name: 'LEELOO', mode: 'DISABLED' },
        ],
        leelooAccounts: null,
      });
      expect(errorSummary(res.errors)).toEqual([{ path: 'leelooAccounts', code: 'BACKEND_NOT_CONFIGURED', service: 'leeloo' }]);
      expect(off.sims.leeloo.count()).toBe(0);
    } finally {
      await off.close();
    }
  });
});
