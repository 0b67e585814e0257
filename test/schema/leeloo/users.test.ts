import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LeelooUser } from '../../../src/backends/leeloo/types.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { accountGlobalId, errorSummary, findAccount, operation, userGlobalId } from './fixture.js';

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

const USERS = operation('LeelooUsers');
/** The simulator lists users oldest first (GUESS, §4). */
const usersOldestFirst = () => [...gw.sims.dataset.leeloo.users].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
const asNode = (u: LeelooUser) => ({ id: userGlobalId(u.id), userId: u.id, name: u.name, createdAt: u.createdAt, updatedAt: u.updatedAt });

interface UsersData {
  leelooUsers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: ReturnType<typeof asNode> }> } | null;
}
const users = (variables: Record<string, unknown>) => gw.execute(USERS, variables) as Promise<{ data?: UsersData; errors?: never[] }>;

describe('leelooUsers', () => {
  it('lists every platform user with its fields from one call', async () => {
    const res = await users({ first: 50 });
    expect(res.data?.leelooUsers).toEqual({
      totalCount: gw.sims.dataset.leeloo.users.length,
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      edges: usersOldestFirst().map((u) => ({ node: asNode(u) })),
    });
    expect(gw.sims.leeloo.log.map((r) => `${r.endpoint} ${JSON.stringify(r.query)}`)).toEqual(['GET users {"limit":"50","offset":"0"}']);
  });

  it('pages with first and after', async () => {
    const page1 = await users({ first: 5 });
    const page2 = await users({ first: 5, after: page1.data?.leelooUsers?.pageInfo.endCursor });
    expect(page1.data?.leelooUsers?.pageInfo.hasNextPage).toBe(true);
    expect(page2.data?.leelooUsers?.edges.map((e) => e.node.userId)).toEqual(usersOldestFirst().slice(5, 10).map((u) => u.id));
  });

  it('refuses first over the cap with BAD_USER_INPUT before any upstream call', async () => {
    const res = await gw.execute(USERS, { first: 1000 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('nulls the connection with the upstream error when Leeloo fails', async () => {
    gw.sims.leeloo.setFault('GET users', { kind: 'status', status: 503 });
    const res = await users({ first: 5 });
    expect(res.data).toEqual({ leelooUsers: null });
    expect(errorSummary(res.errors)).toEqual([{ path: 'leelooUsers', code: 'UPSTREAM_UNAVAILABLE', service: 'leeloo' }]);
  });
});

describe('leelooUser and node', () => {
  it('fetches one user by raw id, and by global ID through node', async () => {
    const u = gw.sims.dataset.leeloo.users[2];
    const q = 'query($id: ID!, $gid: ID!) { leelooUser(id: $id) { userId name } node(id: $gid) { ... on LeelooPlatformUser { name createdAt } } }';
    const res = await gw.execute(q, { id: u.id, gid: userGlobalId(u.id) });
    expect(res.data).toEqual({ leelooUser: { userId: u.id, name: u.name }, node: { name: u.name, createdAt: u.createdAt } });
    expect(gw.sims.leeloo.counters()).toEqual({ 'GET users/:id': 1 });
  });

  it('returns NOT_FOUND for an unknown user and BAD_USER_INPUT for a malformed id', async () => {
    const missing = await gw.execute('{ leelooUser(id: "0123456789abcdef01234567") { name } }');
    const bad = await gw.execute('query($id: ID!) { leelooUser(id: $id) { name } }', { id: accountGlobalId(gw.sims.dataset.leeloo.accounts[0].id) });
    expect(errorSummary(missing.errors)).toEqual([{ path: 'leelooUser', code: 'NOT_FOUND', service: 'leeloo' }]);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(gw.sims.leeloo.count()).toBe(1);
  });
});

describe('LeelooAccount.contactedUsers', () => {
  it('lists the operators who chatted with the account, first contact first, from the details call', async () => {
    const data = gw.sims.dataset.leeloo;
    const a = findAccount(data, (x) => x.contactedUserIds.length > 1);
    const res = await gw.execute('query($id: ID!) { leelooAccount(id: $id) { contactedUsers { userId name } } }', { id: a.id });
    expect(res.data).toEqual({
      leelooAccount: { contactedUsers: a.contactedUserIds.map((id) => ({ userId: id, name: data.users.find((u) => u.id === id)!.name })) },
    });
    expect(gw.sims.leeloo.counters()).toEqual({ 'GET accounts/:id': 1 });
  });

  it('is an empty list for an account no operator wrote to', async () => {
    const a = findAccount(gw.sims.dataset.leeloo, (x) => x.contactedUserIds.length === 0);
    const res = await gw.execute('query($id: ID!) { leelooAccount(id: $id) { contactedUsers { userId } } }', { id: a.id });
    expect(res.data).toEqual({ leelooAccount: { contactedUsers: [] } });
  });
});
