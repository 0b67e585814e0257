import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LeelooClient } from '../../../src/backends/leeloo/client.js';
import { pairIncludedOrders } from '../../../src/backends/leeloo/values.js';
import type { UpstreamError } from '../../../src/gateway/errors.js';
import { upstreamTestOptions } from '../../helpers/logs.js';
import { startLeeloo, TOKEN, type StartedLeeloo } from '../../simulators/leeloo/fixture.js';

let env: StartedLeeloo;
let client: LeelooClient;

beforeAll(async () => {
  env = await startLeeloo();
  client = new LeelooClient({ ...upstreamTestOptions([TOKEN]), baseUrl: env.baseUrl, token: ` ${TOKEN} ` });
});

afterAll(async () => {
  await client.close();
  await env.sim.close();
});

beforeEach(() => env.sim.resetLog());

const newestFirst = () => [...env.data.accounts].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

describe('LeelooClient reads', () => {
  it('lists accounts newest first with the default page of 20 and the full totalCount', async () => {
    const page = await client.listAccounts();
    const expected = newestFirst().slice(0, 20);
    expect(page.meta).toEqual({ limit: 20, offset: 0, filteredCount: 20, totalCount: env.data.accounts.length });
    expect(page.data.map((a) => a.id)).toEqual(expected.map((a) => a.id));
    expect(page.data[0]).toMatchObject({ name: expected[0].name, from: expected[0].from, createdAt: expected[0].createdAt, person_id: expected[0].person_id });
    expect(env.sim.count('GET accounts')).toBe(1);
  });

  it('pages through every account with limit 50 in ceil(n/50) requests', async () => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += 50) {
      const page = await client.listAccounts({ limit: 50, offset });
      ids.push(...page.data.map((a) => a.id));
      if (offset + page.data.length >= page.meta.totalCount) break;
    }
    expect(ids).toEqual(newestFirst().map((a) => a.id));
    expect(env.sim.count('GET accounts')).toBe(Math.ceil(env.data.accounts.length / 50));
  });

  it('filters by tag names, Cyrillic included, matching accounts with any of them', async () => {
    const tags = ['vip', 'Клиент'];
    const page = await client.listAccounts({ limit: 50, tags });
    const expected = newestFirst().filter((a) => a.tags.some((t) => tags.includes(t)));
    expect(page.meta.totalCount).toBe(expected.length);
    expect(page.data.map((a) => a.id)).toEqual(expected.slice(0, 50).map((a) => a.id));
    expect(env.sim.log[0].query['filter[tags]']).toBe('vip,Клиент');
  });

  it('refuses a page size above 50 before sending anything', () => {
    expect(() => client.listAccounts({ limit: 51 })).toThrow(RangeError);
    expect(env.sim.count()).toBe(0);
  });

  it('rejects a malformed id as BAD_USER_INPUT without a request', () => {
    expect(() => client.getAccount('../users')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    expect(env.sim.count()).toBe(0);
  });

  it('gets account details with contacted users and orders in one call', async () => {
    const account = env.data.accounts.find((a) => a.orderIds.length > 1 && a.contactedUserIds.length > 0 && !a.includedOrdersHaveId)!;
    const res = await client.getAccount(account.id);
    expect(res.data).toMatchObject({ id: account.id, name: account.name, tags: account.tags, phone: account.phone, updatedAt: account.updatedAt });
    expect(res.data.links?.orders?.map((o) => o.id)).toEqual(account.orderIds);
    expect(res.included?.users?.map((u) => u.id)).toEqual(account.contactedUserIds);
    expect(res.included?.orders?.every((o) => o.id === undefined)).toBe(true);
    expect(pairIncludedOrders(res).map((o) => o.id)).toEqual(account.orderIds);
    expect(env.sim.log[0].query.include).toBe('contactedUsers,orders');
    expect(env.sim.count('GET accounts/:id')).toBe(1);
  });

  it('omits included when asked for nothing', async () => {
    const res = await client.getAccount(env.data.accounts[0].id, []);
    expect(res).not.toHaveProperty('included');
    expect(env.sim.log[0].query).toEqual({});
  });

  it('lists chat messages newest first with createdBy on operator messages', async () => {
    const account = env.data.accounts.find((a) => a.chat.length > 30 && a.contactedUserIds.length > 0)!;
    const page = await client.listChatMessages(account.id, { limit: 10, offset: 5 });
    const expected = [...account.chat].reverse().slice(5, 15);
    expect(page.meta).toEqual({ limit: 10, offset: 5, filteredCount: 10, totalCount: account.chat.length });
    expect(page.data).toEqual(expected);
    const all = await client.listChatMessages(account.id, { limit: 50 });
    const mine = all.data.filter((m) => m.type === 'YOUR_MESSAGE');
    expect(mine.every((m) => account.contactedUserIds.includes(m.links!.createdBy!.id))).toBe(true);
  });

  it('lists users and gets one user', async () => {
    const page = await client.listUsers({ limit: 5, offset: 0 });
    const oldest = [...env.data.users].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(page.data).toEqual(oldest.slice(0, 5));
    expect(page.meta.totalCount).toBe(env.data.users.length);
    const one = await client.getUser(oldest[3].id);
    expect(one.data).toEqual(oldest[3]);
  });

  it('lists template categories and the templates of one category', async () => {
    const cats = await client.listTemplateCategories();
    expect(cats.data.categories).toEqual(env.data.templateCategories.map(({ id, name }) => ({ id, name })));
    const templates = await client.listTemplates(env.data.templateCategories[2].id);
    expect(templates.data.templates).toEqual(env.data.templateCategories[2].templates);
  });

  it('sends the trimmed token in X-Leeloo-AuthToken and no Authorization header', async () => {
    await client.listUsers();
    expect(env.sim.log[0].headers['x-leeloo-authtoken']).toBe(TOKEN);
    expect(env.sim.log[0].headers).not.toHaveProperty('authorization');
  });

  it('shows its base URL for Query.backends', () => {
    expect(client.displayUrl).toBe(env.baseUrl);
  });

  it('passes the abort signal through', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(client.listUsers({}, { signal: controller.signal })).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_ERROR' } });
  });
});

describe('LeelooClient writes', () => {
  it('adds and removes a tag by id, idempotently, one request per call', async () => {
    const account = env.data.accounts.find((a) => !a.tags.includes('hot'))!;
    const hot = env.data.tags.find((t) => t.name === 'hot')!;
    expect(await client.addTag(account.id, hot.id)).toEqual({ status: 1, data: {} });
    await client.addTag(account.id, hot.id);
    expect((await client.getAccount(account.id, [])).data.tags.filter((t) => t === 'hot')).toEqual(['hot']);
    await client.removeTag(account.id, hot.id);
    await client.removeTag(account.id, hot.id);
    expect((await client.getAccount(account.id, [])).data.tags).toEqual(account.tags);
    expect(env.sim.count('PUT accounts/:id/add-tag')).toBe(2);
    expect(env.sim.count('PUT accounts/:id/remove-tag')).toBe(2);
    expect(env.sim.log[0].body).toEqual({ tag_id: hot.id });
  });

  it('sends a message that then heads the chat as YOUR_MESSAGE', async () => {
    const account = env.data.accounts[7];
    await client.sendMessage({ account_id: account.id, text: 'Здравствуйте! Ваш заказ готов.' });
    const page = await client.listChatMessages(account.id, { limit: 1 });
    expect(page.data[0]).toMatchObject({ type: 'YOUR_MESSAGE', text: 'Здравствуйте! Ваш заказ готов.' });
    expect(page.meta.totalCount).toBe(account.chat.length + 1);
    expect(env.sim.count('POST messages/send-message')).toBe(1);
  });

  it('sends a template that then heads the chat as BOT_MESSAGE', async () => {
    const account = env.data.accounts[8];
    const template = env.data.templateCategories[0].templates[0];
    await client.sendTemplate({ account_id: account.id, template_id: template.id });
    const page = await client.listChatMessages(account.id, { limit: 1 });
    expect(page.data[0]).toMatchObject({ type: 'BOT_MESSAGE', text: template.message_name });
    expect(env.sim.count('POST messages/send-template')).toBe(1);
  });

  it('creates an order that appears first in the account links and included orders', async () => {
    const account = env.data.accounts[9];
    const offer = env.data.offers[1];
    const created = await client.createOrder({
      accountId: account.id,
      offerId: offer.id,
      paymentCreditsId: env.data.paymentCredits[0].id,
      transactionDate: '2025-06-01 10:00',
      isNotifyAccount: 'false',
    });
    expect(created.data.id).toMatch(/^[0-9a-f]{24}$/);
    const details = await client.getAccount(account.id, ['orders']);
    expect(details.data.links?.orders?.[0].id).toBe(created.data.id);
    expect(pairIncludedOrders(details)[0]).toMatchObject({ id: created.data.id, price: offer.price, currency: offer.currency, status: 'PENDING' });
    expect(env.sim.count('POST orders')).toBe(1);
  });

  it('reports an unknown account on a write as NOT_FOUND without retrying', async () => {
    const err = (await client.sendMessage({ account_id: 'ffffffffffffffffffffffff', text: 'hi' }).catch((e) => e)) as UpstreamError;
    expect(err.extensions).toMatchObject({ code: 'NOT_FOUND', service: 'leeloo', endpoint: 'POST messages/send-message', status: 404, mnemonic: 'NOT_FOUND', outcome: 'NOT_APPLIED' });
    expect(env.sim.count()).toBe(1);
  });
});
