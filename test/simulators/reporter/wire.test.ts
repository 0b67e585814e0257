import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { SessionsData, MessageData, ClientsData } from '../../../src/backends/reporter/types.js';
import type { FilterInfo } from '../../../src/backends/reporter/types-analytics.js';
import { raw, startReporter, type Harness } from '../../backends/reporter/fixture.js';

let h: Harness;
beforeAll(async () => {
  h = await startReporter();
});
afterAll(async () => {
  await h.close();
});

const sessions = async (filters: unknown[], query = 'size=1000') => {
  const res = await raw(h.origin, 'POST', `sessions/filter?${query}`, { body: { filters } });
  return { status: res.status, data: res.json as SessionsData };
};

describe('reporter simulator: wire rules', () => {
  it('answers a wrong token with 401 and the error envelope', async () => {
    const res = await raw(h.origin, 'POST', 'sessions/filter', { token: 'wrong-token', body: { filters: [] } });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ error: 'reporter.auth.invalid_token', message: 'Invalid API token', args: {} });
  });

  it('serves routes only under /api/reporter/p/{token}', async () => {
    const res = await fetch(`${h.origin}/reporter/p/x/sessions/filter`, { method: 'POST' });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'reporter.endpoint.not_found' });
  });

  it('pages zero-based with paging {pageNum, pageSize, totalCount}', async () => {
    const first = (await raw(h.origin, 'POST', 'sessions/filter?page=0&size=3')).json as SessionsData;
    const second = (await raw(h.origin, 'POST', 'sessions/filter?page=1&size=3')).json as SessionsData;
    expect(first.paging).toEqual({ pageNum: 0, pageSize: 3, totalCount: h.data.sessions.length });
    expect(second.paging.pageNum).toBe(1);
    expect(first.sessions.map((s) => s.sessionId)).toEqual(h.data.sessions.slice(0, 3).map((s) => s.sessionId));
    expect(second.sessions.map((s) => s.sessionId)).toEqual(h.data.sessions.slice(3, 6).map((s) => s.sessionId));
  });

  it('defaults to page 0 of size 20 and refuses sizes above 1000 or below 1', async () => {
    const def = (await raw(h.origin, 'POST', 'sessions/filter')).json as SessionsData;
    expect(def.paging).toMatchObject({ pageNum: 0, pageSize: 20 });
    expect(def.sessions).toHaveLength(20);
    const big = await raw(h.origin, 'POST', 'sessions/filter?size=1001');
    expect(big.status).toBe(400);
    expect(big.json).toMatchObject({ error: 'reporter.request.page_size_too_large', args: { max: 1000 } });
    expect((await raw(h.origin, 'POST', 'sessions/filter?size=0')).status).toBe(400);
    expect((await raw(h.origin, 'POST', 'sessions/filter?page=-1')).status).toBe(400);
  });

  it('answers a body that is not JSON with 400', async () => {
    const res = await fetch(`${h.origin}/api/reporter/p/${encodeURIComponent('test1234:0123456789abcdef0123456789abcdef01234567')}/sessions/filter`, {
      method: 'POST',
      body: '{nope',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'reporter.request.malformed_body' });
  });

  it('refuses a filter whose type does not fit its key, and unknown keys', async () => {
    const wrong = await sessions([{ key: 'CHANNEL_TYPE', type: 'TEXT', values: ['telegram'], comparisonType: 'EQUALS', isCaseSensitive: false }]);
    expect(wrong.status).toBe(400);
    expect(wrong.data).toMatchObject({ error: 'reporter.filter.wrong_type', args: { key: 'CHANNEL_TYPE', expected: 'CHECKBOX' } });
    const unknown = await sessions([{ key: 'NO_SUCH_KEY', type: 'TEXT', values: [] }]);
    expect(unknown.data).toMatchObject({ error: 'reporter.filter.unknown_key' });
    const badRadio = await sessions([{ key: 'WITHOUT_EMPTY_SESSIONS', type: 'RADIO', option: 'MAYBE' }]);
    expect(badRadio.status).toBe(400);
  });

  it('publishes the key → type mapping from GET filters', async () => {
    const res = await raw(h.origin, 'GET', 'filters?analyticsSection=SESSIONS');
    const infos = res.json as FilterInfo[];
    const types = Object.fromEntries(infos.map((i) => [i.key, i.type]));
    expect(types).toMatchObject({
      MESSAGE_TIME: 'DATE_TIME_RANGE',
      SESSION_START_TIME: 'DATE_TIME_RANGE',
      WITHOUT_EMPTY_SESSIONS: 'RADIO',
      MESSAGE_COUNT: 'NUMERIC_RANGE',
      CHANNEL_TYPE: 'CHECKBOX',
      SESSION_DATA: 'COMPOSITE_FILTER',
      NLP_CLASS: 'TREE',
      CLIENT_ID_OR_NAME: 'TEXT',
    });
    const clients = (await raw(h.origin, 'GET', 'filters?analyticsSection=CLIENTS')).json as FilterInfo[];
    expect(clients.length).toBeLessThan(infos.length);
    expect((await raw(h.origin, 'GET', 'filters')).status).toBe(400);
  });
});

describe('reporter simulator: filters', () => {
  it('implements the doc example: message week, no empty sessions, 20–50 messages (strings accepted)', async () => {
    const from = Date.parse('2026-11-01T00:00:00.000Z');
    const to = Date.parse('2026-11-08T00:00:00.000Z');
    const res = await sessions([
      { key: 'MESSAGE_TIME', type: 'DATE_TIME_RANGE', from: new Date(from).toISOString(), to: new Date(to).toISOString() },
      { key: 'WITHOUT_EMPTY_SESSIONS', type: 'RADIO', option: 'YES' },
      { key: 'MESSAGE_COUNT', type: 'NUMERIC_RANGE', from: '10', to: '12' },
    ]);
    const expected = h.data.sessions.filter(
      (s) => s.questionCount! >= 10 && s.questionCount! <= 12 && s.questionIds.some((q) => {
        const t = h.data.messageById.get(q)!.tsMs;
        return t >= from && t <= to;
      }),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(res.data.paging.totalCount).toBe(expected.length);
  });

  it('filters CHECKBOX with CONTAINS, NOT_CONTAINS, EXISTS and NOT_EXISTS', async () => {
    const count = async (f: unknown) => (await sessions([f], 'size=1')).data.paging.totalCount;
    const telegram = h.data.sessions.filter((s) => s.channelType === 'telegram').length;
    expect(await count({ key: 'CHANNEL_TYPE', type: 'CHECKBOX', options: ['telegram'] })).toBe(telegram);
    expect(await count({ key: 'CHANNEL_TYPE', type: 'CHECKBOX', options: ['telegram'], comparisonType: 'NOT_CONTAINS' })).toBe(5000 - telegram);
    const labelled = h.data.sessions.filter((s) => s.labelIds.length > 0).length;
    expect(await count({ key: 'SESSION_LABELS', type: 'CHECKBOX', options: [], comparisonType: 'EXISTS' })).toBe(labelled);
    expect(await count({ key: 'SESSION_LABELS', type: 'CHECKBOX', options: [], comparisonType: 'NOT_EXISTS' })).toBe(5000 - labelled);
    expect(await count({ key: 'SESSION_LABELS', type: 'CHECKBOX', options: ['11'] })).toBe(h.data.sessions.filter((s) => s.labelIds.includes(11)).length);
  });

  it('filters TEXT by comparison type and case sensitivity', async () => {
    const first = h.data.sessions[42];
    const client = h.data.clientByKey.get(first.clientKey)!;
    const byId = await sessions([{ key: 'SESSION_ID', type: 'TEXT', values: [first.sessionId], comparisonType: 'EQUALS', isCaseSensitive: true }]);
    expect(byId.data.sessions.map((s) => s.sessionId)).toEqual([first.sessionId]);
    const text = { key: 'MESSAGE_TEXT', type: 'TEXT', values: ['REFUND'], comparisonType: 'CONTAINS' };
    const insensitive = await raw(h.origin, 'POST', 'messages/filter?size=1', { body: { filters: [{ ...text, isCaseSensitive: false }] } });
    const sensitive = await raw(h.origin, 'POST', 'messages/filter?size=1', { body: { filters: [{ ...text, isCaseSensitive: true }] } });
    expect((insensitive.json as MessageData).paging.totalCount).toBe(h.data.messages.filter((m) => m.question?.toLowerCase().includes('refund')).length);
    expect((sensitive.json as MessageData).paging.totalCount).toBe(0);
    const byClient = await sessions([{ key: 'CLIENT_ID_OR_NAME', type: 'TEXT', values: [client.id], comparisonType: 'EQUALS', isCaseSensitive: false }]);
    expect(byClient.data.paging.totalCount).toBe(client.sessionIds.length);
    const missingCmp = await sessions([{ key: 'SESSION_ID', type: 'TEXT', values: ['x'] }]);
    expect(missingCmp.status).toBe(400);
  });

  it('filters TREE options with their descendants', async () => {
    const res = await raw(h.origin, 'POST', 'messages/filter?size=1', { body: { filters: [{ key: 'NLP_CLASS', type: 'TREE', options: ['/Shop/Order'] }] } });
    const expected = h.data.messages.filter((m) => m.nlpInfo?.nlpClass?.startsWith('/Shop/Order/')).length;
    expect(expected).toBeGreaterThan(0);
    expect((res.json as MessageData).paging.totalCount).toBe(expected);
  });

  it('filters RADIO keys: transfer to operator and initiator', async () => {
    const withTransfer = await sessions([{ key: 'TRANSFER_TO_OPERATOR', type: 'RADIO', option: 'WITH_TRANSFER' }], 'size=1');
    expect(withTransfer.data.paging.totalCount).toBe(h.data.sessions.filter((s) => s.transfer).length);
    const bot = await sessions([{ key: 'INITIATOR', type: 'RADIO', option: 'BOT' }], 'size=1');
    expect(bot.data.paging.totalCount).toBe(h.data.sessions.filter((s) => s.initiator === 'BOT').length);
  });

  it('filters COMPOSITE_FILTER options on SESSION_DATA', async () => {
    const res = await sessions([
      {
        key: 'SESSION_DATA',
        type: 'COMPOSITE_FILTER',
        options: [
          { key: 'city', value: 'kazan', comparisonOption: 'EQUALS', caseSensitive: false },
          { key: 'plan', value: 'prem', comparisonOption: 'STARTS_WITH' },
        ],
      },
    ], 'size=1');
    const expected = h.data.sessions.filter((s) => s.sessionData?.city === 'Kazan' && s.sessionData?.plan === 'premium').length;
    expect(expected).toBeGreaterThan(0);
    expect(res.data.paging.totalCount).toBe(expected);
  });

  it('filters DATE_TIME_RANGE on client keys in clients/filter', async () => {
    const from = Date.parse('2026-11-20T00:00:00.000Z');
    const res = await raw(h.origin, 'POST', 'clients/filter?size=1', {
      body: { filters: [{ key: 'CLIENT_LAST_ACTIVITY_TIME', type: 'DATE_TIME_RANGE', from: '2026-11-20T00:00:00.000Z' }] },
    });
    expect((res.json as ClientsData).paging.totalCount).toBe(h.data.clients.filter((c) => c.lastVisitMs >= from).length);
  });

  it('copies responseData paths into customFields with CUSTOM_FIELDS_IN_RESPONSE', async () => {
    const res = await sessions([
      { key: 'SESSION_DATA', type: 'COMPOSITE_FILTER', options: [{ key: 'orderId', comparisonOption: 'NOT_IMPORTANT' }] },
      { key: 'CUSTOM_FIELDS_IN_RESPONSE', type: 'CUSTOM_FIELDS_IN_RESPONSE', responseDataJsonPaths: ['$.order.id'] },
    ], 'size=5');
    expect(res.data.sessions.length).toBe(5);
    for (const s of res.data.sessions) expect(s.customFields).toEqual({ '$.order.id': s.sessionData!.orderId });
  });

  it('lists filter options with frequencies under the other filters', async () => {
    const res = await raw(h.origin, 'POST', 'filter-options?filterKey=CHANNEL_TYPE&analyticsSection=SESSIONS&size=10', {
      body: { filters: [{ key: 'CHANNEL_TYPE', type: 'CHECKBOX', options: ['vk'] }, { key: 'TRANSFER_TO_OPERATOR', type: 'RADIO', option: 'WITH_TRANSFER' }] },
    });
    const options = res.json as { value: string; frequency: number }[];
    const telegram = h.data.sessions.filter((s) => s.transfer && s.channelType === 'telegram').length;
    expect(options.find((o) => o.value === 'telegram')?.frequency).toBe(telegram);
    const text = await raw(h.origin, 'POST', 'filter-options?filterKey=MESSAGE_TEXT&analyticsSection=SESSIONS');
    expect(text.status).toBe(400);
  });
});

describe('reporter simulator: faults and odd requests', () => {
  it('renders a rate limit as 429 with Retry-After and the envelope', async () => {
    h.sim.setFault('GET reports', { kind: 'rateLimit', retryAfterSec: 2, times: 1 });
    const res = await raw(h.origin, 'GET', 'reports');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.json).toMatchObject({ error: 'reporter.rate_limit.exceeded' });
    expect((await raw(h.origin, 'GET', 'reports')).status).toBe(200);
  });

  it('reads the body of a DELETE (label detach)', async () => {
    const s = h.data.sessions.find((x) => x.labelIds.length > 0)!;
    const id = s.labelIds[0];
    const res = await raw(h.origin, 'DELETE', `session-labels/sessions?sessionId=${s.sessionId}`, { body: { labelId: id } });
    expect(res.status).toBe(200);
    const after = (await raw(h.origin, 'GET', `messages/by-session?sessionId=${s.sessionId}&size=1`)).json as { session: { labels: { id: number }[] } };
    expect(after.session.labels.map((l) => l.id)).not.toContain(id);
  });

  it('answers unknown ids with 404 and non-numeric label ids with 400', async () => {
    expect((await raw(h.origin, 'GET', 'messages/by-session?sessionId=nope')).status).toBe(404);
    expect((await raw(h.origin, 'GET', 'logs/labels/sessions/99999')).status).toBe(404);
    expect((await raw(h.origin, 'GET', 'logs/labels/sessions/abc')).status).toBe(400);
    expect((await raw(h.origin, 'GET', 'reports/tasks/nope')).json).toMatchObject({ error: 'reporter.report_task.not_found' });
  });

  it('counts requests under the same endpoint labels the client uses', async () => {
    h.sim.resetLog();
    await raw(h.origin, 'GET', 'reports/tasks/r-0001-sessions');
    await raw(h.origin, 'POST', 'stats/sessions/with-advanced-filters');
    expect(h.sim.counters()).toEqual({ 'GET reports/tasks/:id': 1, 'POST stats/sessions/with-advanced-filters': 1 });
  });
});
