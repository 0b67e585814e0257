import { describe, it, expect } from 'vitest';
import { ANCHOR, reporterData } from '../../backends/reporter/fixture.js';

describe('reporter dataset', () => {
  const data = reporterData();

  it('is built in under 500 ms of CPU at size 1', () => {
    // CPU time, not wall time: parallel test files compete for the cores. Best of three warm runs,
    // since the first build in a fresh worker also pays for JIT compilation.
    const times = [7, 8, 9].map((seed) => {
      const started = process.cpuUsage();
      reporterData(seed);
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000;
    });
    expect(Math.min(...times)).toBeLessThan(500);
  });

  it('is the same for the same seed and differs for another', () => {
    const again = reporterData();
    expect(again.sessions.map((s) => s.sessionId)).toEqual(data.sessions.map((s) => s.sessionId));
    expect(again.messages[100]).toEqual(data.messages[100]);
    expect(reporterData(43).sessions[0].sessionId).not.toBe(data.sessions[0].sessionId);
  });

  it('has the documented scale: ~1 500 clients, 5 000 sessions, ~40 000 messages', () => {
    expect(data.clients.length).toBeGreaterThan(1300);
    expect(data.clients.length).toBeLessThanOrEqual(1500);
    expect(data.sessions).toHaveLength(5000);
    expect(data.messages.length).toBeGreaterThan(35_000);
    expect(data.messages.length).toBeLessThan(45_000);
    expect(data.sessionLabels).toHaveLength(8);
    expect(data.labelGroups).toHaveLength(3);
    expect(data.messageLabels).toHaveLength(12);
    expect(data.experiments.map((e) => e.status)).toEqual(['RUNNING', 'CREATED', 'STOPPED']);
    expect(data.reportTasks.map((t) => t.status)).toEqual(['COMPLETED', 'FAILED']);
  });

  it('puts every timestamp inside the 90 days before the anchor', () => {
    const from = ANCHOR.getTime() - 90 * 86_400_000;
    expect(data.sessions.every((s) => s.startMs >= from && s.endMs < ANCHOR.getTime())).toBe(true);
    expect(data.messages.every((m) => m.tsMs >= from && m.tsMs < ANCHOR.getTime())).toBe(true);
    expect(data.clients.every((c) => c.joinMs <= c.lastVisitMs && c.lastVisitMs < ANCHOR.getTime())).toBe(true);
  });

  it('lists sessions newest first with consistent counts and indexes', () => {
    for (let i = 1; i < data.sessions.length; i++) expect(data.sessions[i - 1].startMs).toBeGreaterThanOrEqual(data.sessions[i].startMs);
    const s = data.sessions[10];
    const ms = s.questionIds.map((q) => data.messageById.get(q)!);
    expect(ms.filter((m) => m.question).length).toBe(s.questionCount);
    expect(ms.every((m) => m.sessionId === s.sessionId)).toBe(true);
    expect(data.sessionById.get(s.sessionId)).toBe(s);
    expect(data.clientByKey.get(s.clientKey)?.sessionIds).toContain(s.sessionId);
  });

  it('uses lower-case channel types and gives statuses only on Telegram and VK', () => {
    expect(new Set(data.bots.map((b) => b.channelType))).toEqual(new Set(['telegram', 'chatwidget', 'whatsapp', 'vk', 'telephony']));
    const bySession = data.sessionById;
    const withStatus = data.messages.filter((m) => m.status);
    expect(withStatus.length).toBeGreaterThan(1000);
    expect(withStatus.every((m) => ['telegram', 'vk'].includes(bySession.get(m.sessionId)!.channelType))).toBe(true);
  });

  it('blocks about 3% of clients, with reason, author and date', () => {
    const blocked = data.clients.filter((c) => c.isBlocked);
    expect(blocked.length).toBeGreaterThan(data.clients.length * 0.01);
    expect(blocked.length).toBeLessThan(data.clients.length * 0.06);
    expect(blocked.every((c) => c.blockReason && c.blockedBy && c.blockDate)).toBe(true);
  });

  it('gives livechat messages an operator and telephony sessions a recording', () => {
    const live = data.messages.filter((m) => m.isLivechat);
    expect(live.length).toBeGreaterThan(0);
    expect(live.every((m) => m.operatorInfo?.id)).toBe(true);
    const calls = data.sessions.filter((s) => s.channelType === 'telephony');
    expect(calls.every((s) => s.audioFileUrl?.startsWith('https://') && typeof s.isCallIncoming === 'boolean')).toBe(true);
  });

  it('links labels and experiment sessions that exist', () => {
    const sessionLabelIds = new Set(data.sessionLabels.map((l) => l.id));
    expect(data.sessions.some((s) => s.labelIds.length > 0)).toBe(true);
    expect(data.sessions.every((s) => s.labelIds.every((id) => sessionLabelIds.has(id)))).toBe(true);
    const joined = data.experiments[0].joined;
    expect(joined.size).toBeGreaterThan(20);
    expect([...joined.keys()].every((id) => data.sessionById.has(id))).toBe(true);
    expect(new Set(joined.values())).toEqual(new Set(['A', 'B']));
  });
});
