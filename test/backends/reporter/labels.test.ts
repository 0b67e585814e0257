import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { UpstreamError } from '../../../src/gateway/errors.js';
import { startReporter, type Harness } from './fixture.js';

let h: Harness;
beforeAll(async () => {
  h = await startReporter();
});
afterAll(async () => {
  await h.close();
});

const failure = async (p: Promise<unknown>): Promise<UpstreamError> => {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(UpstreamError);
  return e as UpstreamError;
};

const sessionLabels = async (sessionId: string) =>
  (await h.client.messagesBySession({ sessionId, size: 1 })).session.labels?.map((l) => l.id).sort((a, b) => a - b);
const messageLabels = async (sessionId: string, questionId: string) =>
  (await h.client.messagesBySession({ sessionId, size: 100 })).messages.find((m) => m.questionId === questionId)?.labels?.map((l) => l.id);

describe('ReporterClient: session labels', () => {
  it('lists, gets, creates, updates, reprioritises and deletes labels', async () => {
    expect((await h.client.listSessionLabels()).map((l) => l.name)).toEqual(h.data.sessionLabels.map((l) => l.name));
    expect(await h.client.getSessionLabel(12)).toEqual({ id: 12, name: 'Complaint', priority: 2 });
    const created = await h.client.createSessionLabel({ name: 'Refund asked', priority: 9 });
    expect(created).toMatchObject({ name: 'Refund asked', priority: 9 });
    await h.client.updateSessionLabel(created.id, { name: 'Refund requested', priority: 10 });
    await h.client.changeSessionLabelPriority([{ id: created.id, newPriority: 0 }]);
    expect((await h.client.listSessionLabels())[0]).toEqual({ id: created.id, name: 'Refund requested', priority: 0 });
    await h.client.updateSessionLabelsByList([{ id: created.id, name: 'Refund' }]);
    expect((await h.client.getSessionLabel(created.id)).name).toBe('Refund');
    await h.client.deleteSessionLabel(created.id);
    expect((await failure(h.client.getSessionLabel(created.id))).code).toBe('NOT_FOUND');
    expect((await failure(h.client.createSessionLabel({ name: 'Lead', priority: 1 }))).code).toBe('CONFLICT');
  });

  it('attaches idempotently, detaches with a DELETE body, and sets by list', async () => {
    const s = h.data.sessions.find((x) => x.labelIds.length === 0)!;
    h.sim.resetLog();
    await h.client.attachSessionLabel(s.sessionId, 13);
    await h.client.attachSessionLabel(s.sessionId, 13);
    expect(await sessionLabels(s.sessionId)).toEqual([13]);
    await h.client.detachSessionLabel(s.sessionId, 13);
    expect(h.sim.log.find((r) => r.method === 'DELETE')).toMatchObject({ query: { sessionId: s.sessionId }, body: { labelId: 13 } });
    expect(await sessionLabels(s.sessionId)).toEqual([]);
    await h.client.setSessionLabels(s.sessionId, [14, 15]);
    expect(await sessionLabels(s.sessionId)).toEqual([14, 15]);
    expect(h.sim.count('POST session-labels/sessions')).toBe(2);
    expect(h.sim.count('DELETE session-labels/sessions')).toBe(1);
    expect((await failure(h.client.attachSessionLabel(s.sessionId, 999))).code).toBe('NOT_FOUND');
  });

  it('bulk-labels explicit sessions and sessions matched by filters', async () => {
    const ids = h.data.sessions.slice(100, 103).map((s) => s.sessionId);
    await h.client.bulkLabelSessions({ comparisonType: 'CONTAINS', labels: [18], objectIds: ids });
    for (const id of ids) expect(await sessionLabels(id)).toContain(18);
    await h.client.bulkLabelSessions({ comparisonType: 'NOT_CONTAINS', labels: [18], objectIds: ids });
    for (const id of ids) expect(await sessionLabels(id)).not.toContain(18);
    const target = h.data.sessions[200];
    await h.client.bulkLabelSessions({
      comparisonType: 'CONTAINS',
      labels: [17],
      filters: { filters: [{ key: 'SESSION_ID', type: 'TEXT', values: [target.sessionId], comparisonType: 'EQUALS', isCaseSensitive: true }] },
    });
    expect(await sessionLabels(target.sessionId)).toContain(17);
  });
});

describe('ReporterClient: message labels and groups', () => {
  it('lists, gets, creates (new group by name), updates and deletes labels', async () => {
    const all = await h.client.listMessageLabels();
    expect(all).toHaveLength(12);
    expect(await h.client.getMessageLabel(31)).toEqual({ id: 31, name: 'Correct answer', priority: 1, group: { id: 21, name: 'Quality', priority: 1 } });
    const created = await h.client.createMessageLabel({ name: 'Greeting', priority: 1, group: { name: 'Flow' } });
    expect(created.group.name).toBe('Flow');
    expect(created.group.id).toBeGreaterThan(0);
    await h.client.updateMessageLabel(created.id, { name: 'Hello', groupId: 21, priority: 7 });
    expect(await h.client.getMessageLabel(created.id)).toMatchObject({ name: 'Hello', priority: 7, group: { id: 21 } });
    await h.client.changeMessageLabelPriority([{ id: created.id, newPriority: 2 }]);
    expect((await h.client.getMessageLabel(created.id)).priority).toBe(2);
    await h.client.deleteMessageLabel(created.id);
    expect((await failure(h.client.getMessageLabel(created.id))).code).toBe('NOT_FOUND');
  });

  it('creates and updates labels by list', async () => {
    await h.client.createMessageLabelsByList([
      { name: 'Bulk one', priority: 1, group: { id: 23, name: 'Training' } },
      { name: 'Bulk two', priority: 2, group: { id: 23, name: 'Training' } },
    ]);
    const made = (await h.client.listMessageLabels()).filter((l) => l.name.startsWith('Bulk'));
    expect(made.map((l) => l.group.id)).toEqual([23, 23]);
    await h.client.updateMessageLabelsByList([{ id: made[0].id, name: 'Bulk first', groupId: 22, groupName: 'Topics' }]);
    expect(await h.client.getMessageLabel(made[0].id)).toMatchObject({ name: 'Bulk first', group: { id: 22, name: 'Topics' } });
  });

  it('lists, gets, updates, reprioritises and deletes groups (with their labels)', async () => {
    const generated = async () => (await h.client.listMessageLabelGroups()).map((g) => g.id ?? 0).filter((id) => id < 1000);
    expect(await generated()).toEqual([21, 22, 23]);
    await h.client.updateMessageLabelGroup(21, { name: 'Answer quality', priority: 5 });
    expect(await h.client.getMessageLabelGroup(21)).toEqual({ id: 21, name: 'Answer quality', priority: 5 });
    await h.client.updateMessageLabelGroups([{ id: 21, priority: 4 }]);
    await h.client.changeMessageLabelGroupPriority([{ id: 23, newPriority: 0 }]);
    expect(await generated()).toEqual([23, 22, 21]);
    await h.client.deleteMessageLabelGroup(23);
    expect((await h.client.listMessageLabels()).some((l) => l.group.id === 23)).toBe(false);
    expect((await failure(h.client.getMessageLabelGroup(23))).code).toBe('NOT_FOUND');
  });

  it('attaches, detaches (DELETE with body), sets and bulk-labels messages', async () => {
    const m = h.data.messages.find((x) => x.question && x.labelIds.length === 0)!;
    await h.client.attachMessageLabel(m.questionId, 32);
    await h.client.attachMessageLabel(m.questionId, 32);
    expect(await messageLabels(m.sessionId, m.questionId)).toEqual([32]);
    await h.client.detachMessageLabel(m.questionId, 32);
    expect(await messageLabels(m.sessionId, m.questionId)).toEqual([]);
    await h.client.setMessageLabels(m.questionId, [33, 34]);
    expect((await messageLabels(m.sessionId, m.questionId))?.sort()).toEqual([33, 34]);
    await h.client.bulkLabelMessages({ comparisonType: 'CONTAINS', labels: [35], objectIds: [m.questionId] });
    expect(await messageLabels(m.sessionId, m.questionId)).toContain(35);
    const found = await h.client.filterMessages({}, { filters: [{ key: 'LOG_LABELS', type: 'CHECKBOX', options: ['35'] }] });
    expect(found.messages.map((x) => x.questionId)).toContain(m.questionId);
    expect((await failure(h.client.attachMessageLabel('no-such-question', 32))).code).toBe('NOT_FOUND');
  });
});
