import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { ReporterClient } from '../../../src/backends/reporter/client.js';
import { upstreamTestOptions } from '../../helpers/logs.js';
import { startReporter, TOKEN, type Harness } from './fixture.js';

let h: Harness;
beforeAll(async () => {
  h = await startReporter();
});
afterAll(async () => {
  await h.close();
});

describe('ReporterClient reads', () => {
  it('shows its base URL with the token redacted', () => {
    expect(h.client.displayUrl).toBe(`${h.origin}/api/reporter/p/[REDACTED]`);
    const other = new ReporterClient({ ...upstreamTestOptions(), baseUrl: 'https://app.jaicp.com/api/', token: TOKEN });
    expect(other.displayUrl).toBe('https://app.jaicp.com/api/reporter/p/[REDACTED]');
    void other.close();
  });

  it('filters sessions with labels, in one POST sessions/filter', async () => {
    h.sim.resetLog();
    const labelled = h.data.sessions.find((s) => s.labelIds.length > 0)!;
    const res = await h.client.filterSessions(
      { size: 5, needToReturnSessionLabels: true },
      { filters: [{ key: 'SESSION_ID', type: 'TEXT', values: [labelled.sessionId], comparisonType: 'EQUALS', isCaseSensitive: true }] },
    );
    expect(res.paging).toEqual({ pageNum: 0, pageSize: 5, totalCount: 1 });
    expect(res.sessions[0]).toMatchObject({ sessionId: labelled.sessionId, botId: labelled.botId, questionCount: labelled.questionCount, isLivechat: labelled.isLivechat });
    expect(res.sessions[0].labels?.map((l) => l.id).sort()).toEqual([...labelled.labelIds].sort());
    expect(h.sim.count('POST sessions/filter')).toBe(1);
    expect(h.sim.log[0].query).toEqual({ size: '5', needToReturnSessionLabels: 'true' });
  });

  it('leaves labels out unless asked', async () => {
    const res = await h.client.filterSessions({ size: 1 });
    expect(res.sessions[0].labels).toBeUndefined();
    expect(res.sessions[0].sessionId).toBe(h.data.sessions[0].sessionId);
  });

  it('counts sessions per project', async () => {
    expect(await h.client.projectsSessionsCount()).toEqual([{ projectShortName: 'myproj-1000-xyz', amount: h.data.sessions.length }]);
  });

  it('filters clients with block state', async () => {
    const blocked = h.data.clients.find((c) => c.isBlocked)!;
    const res = await h.client.filterClients({ size: 10 }, {
      filters: [{ key: 'CLIENT_ID_OR_NAME', type: 'TEXT', values: [blocked.id], comparisonType: 'EQUALS', isCaseSensitive: false }],
    });
    const found = res.clients.find((c) => c.botId === blocked.botId)!;
    expect(found).toMatchObject({ id: blocked.id, isBlocked: true, blockReason: blocked.blockReason, blockedBy: blocked.blockedBy, lastSessionId: blocked.lastSessionId });
  });

  it('filters messages into ExtendedMessage without status', async () => {
    const res = await h.client.filterMessages({ size: 3 }, { filters: [{ key: 'CHANNEL_TYPE', type: 'CHECKBOX', options: ['telegram'] }] });
    expect(res.messages).toHaveLength(3);
    for (const m of res.messages) {
      const src = h.data.messageById.get(m.questionId)!;
      expect(m).toMatchObject({ sessionId: src.sessionId, channelType: 'telegram', question: src.question });
      expect(m).not.toHaveProperty('status');
      expect(m.sessionStartTime).toBe(h.data.sessionById.get(src.sessionId)!.startTime);
    }
  });

  it('reads a session\'s messages with a GET, oldest first, hiding empty ones on request', async () => {
    h.sim.resetLog();
    const s = h.data.sessions.find((x) => x.channelType === 'chatwidget' && x.questionIds.some((q) => !h.data.messageById.get(q)!.question))!;
    const all = await h.client.messagesBySession({ sessionId: s.sessionId, size: 100 });
    expect(all.messages.map((m) => m.questionId)).toEqual(s.questionIds);
    expect(all.session.sessionId).toBe(s.sessionId);
    const hidden = await h.client.messagesBySession({ sessionId: s.sessionId, size: 100, hideEmptyMessage: true, responseDataJsonPath: ['replies'] });
    expect(hidden.messages).toHaveLength(s.questionCount!);
    expect(hidden.messages[0].customFields).toHaveProperty('replies');
    expect(h.sim.log.map((r) => r.method)).toEqual(['GET', 'GET']);
    expect(h.sim.count('GET messages/by-session')).toBe(2);
  });

  it('reports message statuses on Telegram sessions', async () => {
    const s = h.data.sessions.find((x) => x.channelType === 'telegram' && (x.questionCount ?? 0) > 2)!;
    const res = await h.client.messagesBySession({ sessionId: s.sessionId });
    expect(res.messages.every((m) => ['SENT', 'DELIVERED', 'NOT_SENT'].includes(m.status!))).toBe(true);
  });

  it('reads a client\'s messages across sessions', async () => {
    const c = h.data.clients.find((x) => x.sessionIds.length >= 3)!;
    const total = c.sessionIds.reduce((n, id) => n + h.data.sessionById.get(id)!.questionIds.length, 0);
    const res = await h.client.messagesByClient({ botId: c.botId, clientId: c.id, size: 1000 });
    expect(res.paging.totalCount).toBe(total);
    expect(res.client.id).toBe(c.id);
    expect(res.messages[0].sessionId).toBe(c.sessionIds[0]);
  });

  it('computes advanced session and message statistics', async () => {
    const sessions = await h.client.sessionsStats({ intervalType: 'MONTH' });
    expect(sessions.totalCount).toBe(h.data.sessions.length);
    expect(sessions.stats.reduce((n, b) => n + b.value, 0)).toBe(h.data.sessions.length);
    const messages = await h.client.messagesStats({ intervalType: 'WEEK' }, { filters: [{ key: 'CHANNEL_TYPE', type: 'CHECKBOX', options: ['vk'] }] }, { timezone: 180 });
    const vk = h.data.messages.filter((m) => h.data.sessionById.get(m.sessionId)!.channelType === 'vk').length;
    expect(messages.totalCount).toBe(vk);
    expect(h.sim.log.at(-1)?.headers.timezone).toBe('180');
  });

  it('computes label statistics', async () => {
    const sl = await h.client.sessionLabelsStats({ intervalType: 'YEAR' });
    const lead = sl.stats.find((s) => s.label.id === 11)!;
    expect(lead.totalCount).toBe(h.data.sessions.filter((s) => s.labelIds.includes(11)).length);
    const ll = await h.client.logLabelsStats();
    const first = ll.stats.find((s) => s.label.id === 31)!;
    expect(first.label.group.name).toBe('Quality');
    expect(first.totalCount).toBe(h.data.messages.filter((m) => m.labelIds.includes(31)).length);
  });

  it('computes simple statistics for a day range', async () => {
    const q = { dateFrom: '2026-10-01', dateTo: '2026-10-31' };
    const from = Date.parse('2026-10-01T00:00:00Z');
    const to = Date.parse('2026-11-01T00:00:00Z');
    const inRange = h.data.sessions.filter((s) => s.startMs >= from && s.startMs < to);
    const switched = await h.client.switchedSessionsStats({ ...q, transferToOperatorMethod: 'SWITCH' });
    expect(switched.totalCount).toBe(inRange.filter((s) => s.transfer).length);
    const byText = await h.client.switchedSessionsStats({ ...q, transferToOperatorMethod: 'TEXT', textForTransfer: 'operator' });
    expect(byText.totalCount).toBe(switched.totalCount);
    const phone = await h.client.telephonyStats({ ...q, botIds: ['1000-myproj-1000-xyz-125'] });
    const calls = inRange.filter((s) => s.channelType === 'telephony');
    expect(phone.incomingCount.reduce((n, b) => n + b.value, 0)).toBe(calls.filter((s) => s.isCallIncoming).length);
    expect(phone.averageCallDurationInSeconds).toBeGreaterThan(0);
    expect(await h.client.uniqueClientsStats()).toEqual([{ projectShortName: 'myproj-1000-xyz', totalCount: h.data.clients.length }]);
  });

  it('reads filter metadata and options', async () => {
    const infos = await h.client.filters('CLIENTS', 'en');
    expect(infos.map((i) => i.key)).toContain('CLIENT_ID_OR_NAME');
    expect(h.sim.log.at(-1)?.headers.language).toBe('en');
    const options = await h.client.filterOptions({ filterKey: 'SESSION_LABELS', analyticsSection: 'SESSIONS', size: 100 });
    expect(options.map((o) => o.label).sort()).toEqual(h.data.sessionLabels.map((l) => l.name).sort());
  });
});
