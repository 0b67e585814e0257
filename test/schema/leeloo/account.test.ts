import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { accountGlobalId, errorSummary, expectedOrders, expectedPhone, findAccount, operation, userGlobalId } from './fixture.js';

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

const CARD = operation('LeelooAccount');
const MISSING = '0123456789abcdef01234567';
type Card = Record<string, unknown> & { orders: Array<Record<string, unknown>> | null };
const card = (id: string) => gw.execute(CARD, { id }) as Promise<{ data?: { leelooAccount: Card | null }; errors?: never[] }>;

describe('leelooAccount: data', () => {
  it('shows the account card from one details call, every field as the dataset holds it', async () => {
    const data = gw.sims.dataset.leeloo;
    const a = findAccount(data, (x) => !!x.custom_fields && x.orderIds.length > 0 && x.contactedUserIds.length > 0 && !!x.phone);
    const res = await card(a.id);
    expect(res.errors).toBeUndefined();
    expect(res.data?.leelooAccount).toEqual({
      id: accountGlobalId(a.id),
      accountId: a.id,
      backend: 'LEELOO',
      displayName: a.name,
      channel: a.from,
      name: a.name,
      tags: a.tags,
      messenger: a.from,
      messengerRaw: a.from,
      botStatus: a.botStatus,
      botStatusRaw: a.botStatus,
      gender: a.gender ?? null,
      genderRaw: a.gender ?? null,
      ...expectedPhone(a),
      email: a.email && a.email !== 'NOT_DEFINED' ? a.email : null,
      locale: a.locale ?? null,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      subscribeHistory: a.subscribeHistory,
      customFields: Object.entries(a.custom_fields ?? {}).map(([name, value]) => ({ name, value })),
      orders: expectedOrders(data, a).map((o) => ({ ...o, status: o.statusRaw })),
      contactedUsers: a.contactedUserIds.map((id) => {
        const u = data.users.find((x) => x.id === id)!;
        return { id: userGlobalId(id), userId: id, name: u.name, createdAt: u.createdAt, updatedAt: u.updatedAt };
      }),
    });
    expect(gw.sims.leeloo.counters()).toEqual({ 'GET accounts/:id': 1 });
    expect(gw.sims.leeloo.log[0]?.query).toEqual({ include: 'contactedUsers,orders' });
  });

  it('maps the NOT_DEFINED e-mail sentinel to null', async () => {
    const a = findAccount(gw.sims.dataset.leeloo, (x) => x.email === 'NOT_DEFINED');
    const res = await gw.execute('query($id: ID!) { leelooAccount(id: $id) { email } }', { id: a.id });
    expect(res.data).toEqual({ leelooAccount: { email: null } });
  });

  it('normalises a formatted phone to canonical digits and keeps the raw text', async () => {
    const a = findAccount(gw.sims.dataset.leeloo, (x) => !!x.phone && /[ ()-]/.test(x.phone));
    const res = await gw.execute('query($id: ID!) { leelooAccount(id: $id) { phone phoneDigits } }', { id: a.id });
    expect(res.data).toEqual({ leelooAccount: { phone: a.phone, phoneDigits: expectedPhone(a).phoneDigits } });
    expect(expectedPhone(a).phoneDigits).toMatch(/^7\d{10}$/);
  });

  it('gives gender for Facebook accounts and null for other messengers', async () => {
    const fb = findAccount(gw.sims.dataset.leeloo, (x) => x.from === 'FACEBOOK' && !!x.gender);
    const tg = findAccount(gw.sims.dataset.leeloo, (x) => x.from === 'TELEGRAM');
    const q = 'query($a: ID!, $b: ID!) { fb: leelooAccount(id: $a) { gender } tg: leelooAccount(id: $b) { gender genderRaw } }';
    const res = await gw.execute(q, { a: fb.id, b: tg.id });
    expect(res.data).toEqual({ fb: { gender: fb.gender }, tg: { gender: null, genderRaw: null } });
  });

  it('pairs orders without an included id with links.orders by position', async () => {
    const data = gw.sims.dataset.leeloo;
    const a = findAccount(data, (x) => !x.includedOrdersHaveId && x.orderIds.length > 1);
    const res = await card(a.id);
    expect(res.data?.leelooAccount?.orders?.map((o) => o.orderId)).toEqual(a.orderIds);
  });

  it('accepts the account’s global ID as well as the raw id', async () => {
    const a = gw.sims.dataset.leeloo.accounts[3];
    const res = await gw.execute('query($id: ID!) { leelooAccount(id: $id) { accountId personId lastMessageTime } }', { id: accountGlobalId(a.id) });
    // §5.2 details carry neither person_id nor lastMessageTime: only list items do.
    expect(res.data).toEqual({ leelooAccount: { accountId: a.id, personId: null, lastMessageTime: null } });
  });
});

describe('leelooAccount: errors', () => {
  it('returns NOT_FOUND for an id Leeloo does not know', async () => {
    const res = await gw.execute('query($id: ID!) { leelooAccount(id: $id) { name } }', { id: MISSING });
    expect(res.data).toEqual({ leelooAccount: null });
    expect(errorSummary(res.errors)).toEqual([{ path: 'leelooAccount', code: 'NOT_FOUND', service: 'leeloo' }]);
  });

  it('refuses an id that is neither 24 hex characters nor a LeelooAccount global ID, before any upstream call', async () => {
    for (const id of ['42', '../users', userGlobalId(gw.sims.dataset.leeloo.users[0].id)]) {
      const res = await gw.execute('query($id: ID!) { leelooAccount(id: $id) { name } }', { id });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    }
    expect(gw.sims.counts().total).toBe(0);
  });

  it('nulls the account with the upstream error when its details call fails', async () => {
    gw.sims.leeloo.setFault('GET accounts/:id', { kind: 'malformed' });
    const res = await gw.execute('query($id: ID!) { leelooAccount(id: $id) { name } }', { id: gw.sims.dataset.leeloo.accounts[0].id });
    expect(res.data).toEqual({ leelooAccount: null });
    expect(errorSummary(res.errors)).toEqual([{ path: 'leelooAccount', code: 'UPSTREAM_BAD_RESPONSE', service: 'leeloo' }]);
  });
});

describe('node and nodes for LeelooAccount', () => {
  it('refetches an account by global ID through node, as a Client', async () => {
    const a = gw.sims.dataset.leeloo.accounts[5];
    const q = 'query($id: ID!) { node(id: $id) { id ... on Client { backend displayName channel } ... on LeelooAccount { tags } } }';
    const res = await gw.execute(q, { id: accountGlobalId(a.id) });
    expect(res.data).toEqual({ node: { id: accountGlobalId(a.id), backend: 'LEELOO', displayName: a.name, channel: a.from, tags: a.tags } });
    expect(gw.sims.leeloo.counters()).toEqual({ 'GET accounts/:id': 1 });
  });

  it('resolves nodes with one details call per distinct account and NOT_FOUND only for the missing one', async () => {
    const [a, b] = gw.sims.dataset.leeloo.accounts;
    const ids = [a.id, MISSING, b.id, a.id].map(accountGlobalId);
    const res = await gw.execute('query($ids: [ID!]!) { nodes(ids: $ids) { ... on LeelooAccount { accountId } } }', { ids });
    expect(res.data).toEqual({ nodes: [{ accountId: a.id }, null, { accountId: b.id }, { accountId: a.id }] });
    expect(errorSummary(res.errors)).toEqual([{ path: 'nodes.1', code: 'NOT_FOUND', service: 'leeloo' }]);
    expect(gw.sims.leeloo.count('GET accounts/:id')).toBe(3);
  });

  it('refuses a malformed id inside a LeelooAccount global ID without calling Leeloo', async () => {
    const res = await gw.execute('query($id: ID!) { node(id: $id) { id } }', { id: accountGlobalId('nope') });
    expect(res.data).toEqual({ node: null });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(gw.sims.counts().total).toBe(0);
  });
});
