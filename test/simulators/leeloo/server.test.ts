import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLeelooSimulator } from '../../../src/simulators/leeloo/server.js';
import { leelooFixture, startLeeloo, TOKEN, type StartedLeeloo } from './fixture.js';

let env: StartedLeeloo;

beforeAll(async () => {
  env = await startLeeloo();
});

afterAll(async () => {
  await env.sim.close();
});

beforeEach(() => {
  env.sim.resetLog();
  env.sim.clearFaults();
});

async function call(path: string, init: { method?: string; token?: string | null; body?: string; type?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.token !== null) headers['X-Leeloo-AuthToken'] = init.token ?? TOKEN;
  if (init.body !== undefined) headers['content-type'] = init.type ?? 'application/json';
  const res = await fetch(`${env.baseUrl}${path}`, { method: init.method ?? 'GET', headers, body: init.body });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('Leeloo simulator: auth', () => {
  it.each([
    ['a missing token', null],
    ['a wrong token', 'nope-nope-nope'],
  ])('answers %s with the generic status-0 error under 401', async (_what, token) => {
    const res = await call('/accounts', { token });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ status: 0, error: { code: 'UNKNOWN_ERROR', message: 'Please, contact your system administrator!', traceId: expect.stringMatching(UUID) } });
  });

  it('does not accept the token as a Bearer Authorization header', async () => {
    const res = await fetch(`${env.baseUrl}/users`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(401);
  });
});

describe('Leeloo simulator: lists and paging', () => {
  it('answers a list with exactly data, meta and status 1, default limit 20', async () => {
    const res = await call('/users');
    expect(Object.keys(res.json)).toEqual(['data', 'meta', 'status']);
    expect(res.json.meta).toEqual({ limit: 20, offset: 0, filteredCount: 12, totalCount: 12 });
    expect(res.json.status).toBe(1);
  });

  it('clamps a limit above 50 to 50 and reports the applied limit', async () => {
    const res = await call('/accounts?limit=200');
    expect(res.json.meta).toEqual({ limit: 50, offset: 0, filteredCount: 50, totalCount: env.data.accounts.length });
  });

  it('falls back to the defaults for unusable limit and offset values', async () => {
    const res = await call('/accounts?limit=abc&offset=-3');
    expect(res.json.meta).toMatchObject({ limit: 20, offset: 0, filteredCount: 20 });
  });

  it('returns an empty page past the end with the real totalCount', async () => {
    const res = await call(`/accounts?offset=${env.data.accounts.length}`);
    expect(res.json.data).toEqual([]);
    expect(res.json.meta).toMatchObject({ filteredCount: 0, totalCount: env.data.accounts.length });
  });

  it('treats filter[tags] written with percent-encoded brackets the same as literal ones', async () => {
    const literal = await call('/accounts?limit=50&filter[tags]=hot,cold');
    const encoded = await call('/accounts?limit=50&filter%5Btags%5D=hot%2Ccold');
    const expected = env.data.accounts.filter((a) => a.tags.includes('hot') || a.tags.includes('cold'));
    expect(literal.json.meta.totalCount).toBe(expected.length);
    expect(encoded.json).toEqual(literal.json);
  });

  it('serves chat messages newest first across pages', async () => {
    const account = env.data.accounts.find((a) => a.chat.length > 40)!;
    const first = await call(`/accounts/${account.id}/chat-messages?limit=20`);
    const second = await call(`/accounts/${account.id}/chat-messages?limit=20&offset=20`);
    const times = [...first.json.data, ...second.json.data].map((m: { createdAt: string }) => m.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(first.json.meta.totalCount).toBe(account.chat.length);
  });
});

describe('Leeloo simulator: details', () => {
  it('omits included without include and keeps links', async () => {
    const account = env.data.accounts.find((a) => a.orderIds.length > 0)!;
    const res = await call(`/accounts/${account.id}`);
    expect(Object.keys(res.json)).toEqual(['data', 'status']);
    expect(res.json.data.links.orders).toEqual(account.orderIds.map((id) => ({ type: 'orders', id })));
  });

  it('includes only what include asked for', async () => {
    const account = env.data.accounts.find((a) => a.orderIds.length > 0 && a.includedOrdersHaveId)!;
    const res = await call(`/accounts/${account.id}?include=orders`);
    expect(Object.keys(res.json.included)).toEqual(['orders']);
    expect(res.json.included.orders.map((o: { id: string }) => o.id)).toEqual(account.orderIds);
  });

  it('answers an unknown account with a status-0 error under 404', async () => {
    const res = await call('/accounts/ffffffffffffffffffffffff');
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ status: 0, error: { code: 'NOT_FOUND', traceId: expect.stringMatching(UUID) } });
  });

  it('answers an unknown path with the Express 404 page', async () => {
    const res = await call('/tunnels');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.text).toContain('Cannot GET /api/v1/tunnels');
  });
});

describe('Leeloo simulator: writes', () => {
  it('accepts a form-encoded tag write as older v1 clients send it', async () => {
    const account = env.data.accounts.find((a) => !a.tags.includes('paid'))!;
    const paid = env.data.tags.find((t) => t.name === 'paid')!;
    const res = await call(`/accounts/${account.id}/add-tag`, { method: 'PUT', body: `tag_id=${paid.id}`, type: 'application/x-www-form-urlencoded' });
    expect(res.json).toEqual({ status: 1, data: {} });
    expect((await call(`/accounts/${account.id}`)).json.data.tags).toContain('paid');
  });

  it('rejects a missing tag_id with 400 and an unknown tag with 404', async () => {
    const id = env.data.accounts[0].id;
    const missing = await call(`/accounts/${id}/add-tag`, { method: 'PUT', body: '{}' });
    const unknown = await call(`/accounts/${id}/add-tag`, { method: 'PUT', body: JSON.stringify({ tag_id: 'eeeeeeeeeeeeeeeeeeeeeeee' }) });
    expect([missing.status, missing.json.error.code]).toEqual([400, 'VALIDATION_ERROR']);
    expect([unknown.status, unknown.json.error.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('rejects a message without text and a body that is not JSON', async () => {
    const id = env.data.accounts[0].id;
    const noText = await call('/messages/send-message', { method: 'POST', body: JSON.stringify({ account_id: id }) });
    const broken = await call('/messages/send-message', { method: 'POST', body: '{"account_id":' });
    expect([noText.status, broken.status]).toEqual([400, 400]);
    expect(broken.json.status).toBe(0);
  });

  it('rejects an order with a badly formatted transactionDate', async () => {
    const body = { accountId: env.data.accounts[0].id, offerId: env.data.offers[0].id, paymentCreditsId: env.data.paymentCredits[0].id, transactionDate: '2025-06-01T10:00:00Z' };
    const res = await call('/orders', { method: 'POST', body: JSON.stringify(body) });
    expect(res.status).toBe(400);
  });

  it('never changes the dataset it was built from', async () => {
    const account = env.data.accounts[1];
    const chatBefore = account.chat.length;
    await call('/messages/send-message', { method: 'POST', body: JSON.stringify({ account_id: account.id, text: 'x' }) });
    expect(account.chat).toHaveLength(chatBefore);
    expect((await call(`/accounts/${account.id}/chat-messages`)).json.meta.totalCount).toBe(chatBefore + 1);
  });
});

describe('Leeloo simulator: faults and labels', () => {
  it('counts requests under the client endpoint labels', async () => {
    const id = env.data.accounts[0].id;
    await call(`/accounts/${id}`);
    await call(`/accounts/${id}/chat-messages`);
    await call('/categories/templates');
    expect(env.sim.counters()).toEqual({ 'GET accounts/:id': 1, 'GET accounts/:id/chat-messages': 1, 'GET categories/templates': 1 });
  });

  it('renders an injected rateLimit fault as the plain-text 429 with Retry-After', async () => {
    env.sim.setFault('GET users', { kind: 'rateLimit', retryAfterSec: 7, times: 1 });
    const res = await call('/users');
    expect([res.status, res.text, res.headers.get('retry-after')]).toEqual([429, 'Too many requests, please try again later.', '7']);
    expect(res.headers.get('content-type')).toContain('text/plain');
  });
});

describe('Leeloo simulator: rate limit', () => {
  it('throttles per token in a fixed window with X-RateLimit headers, then lets requests through again', async () => {
    let now = 1_000_000;
    const sim = createLeelooSimulator({ data: leelooFixture().data, token: TOKEN, rateLimitPerMinute: 3, now: () => now });
    const origin = await sim.listen(0);
    try {
      const get = (token: string) => fetch(`${origin}/api/v1/users`, { headers: { 'X-Leeloo-AuthToken': token } });
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await get(TOKEN));
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 429]);
      expect(answers.map((r) => r.headers.get('x-ratelimit-remaining'))).toEqual(['2', '1', '0', '0']);
      expect(await answers[3].text()).toBe('Too many requests, please try again later.');
      expect(answers[3].headers.get('retry-after')).toBe('60');
      expect((await get('another-token')).status).toBe(401);
      now += 60_000;
      expect((await get(TOKEN)).status).toBe(200);
      expect(sim.count('GET users')).toBe(6);
    } finally {
      await sim.close();
    }
  });
});
