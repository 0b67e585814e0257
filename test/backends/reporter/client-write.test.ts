import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { UpstreamError } from '../../../src/gateway/errors.js';
import { startReporter, type Harness } from './fixture.js';

let h: Harness;
let clock = Date.parse('2026-11-23T18:00:00.000Z');
beforeAll(async () => {
  h = await startReporter({ now: () => clock, reportStepMs: 1_000 });
});
afterAll(async () => {
  await h.close();
});

const failure = async (p: Promise<unknown>): Promise<UpstreamError> => {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(UpstreamError);
  return e as UpstreamError;
};

describe('ReporterClient: block and unblock', () => {
  it('blocks a client with reason, author and date, then unblocks it', async () => {
    const c = h.data.clients.find((x) => !x.isBlocked)!;
    const byId = { filters: [{ key: 'CLIENT_ID_OR_NAME', type: 'TEXT' as const, values: [c.id], comparisonType: 'EQUALS', isCaseSensitive: false }] };
    h.sim.resetLog();
    await expect(h.client.blockClient(c.botId, c.id, { blockReason: 'spam', blockedBy: 12345 })).resolves.toBeUndefined();
    expect(h.sim.log[0]).toMatchObject({ method: 'PUT', query: { botId: c.botId, clientId: c.id }, body: { blockReason: 'spam', blockedBy: 12345 } });
    const blocked = (await h.client.filterClients({}, byId)).clients.find((x) => x.botId === c.botId)!;
    expect(blocked).toMatchObject({ isBlocked: true, blockReason: 'spam', blockedBy: 12345, blockDate: '2026-11-23T18:00:00.000Z' });
    await h.client.unblockClient(c.botId, c.id);
    const after = (await h.client.filterClients({}, byId)).clients.find((x) => x.botId === c.botId)!;
    expect(after.isBlocked).toBe(false);
    expect(after.blockReason).toBeUndefined();
  });

  it('answers NOT_FOUND for an unknown client and BAD_USER_INPUT without blockedBy', async () => {
    expect((await failure(h.client.blockClient('nope', 'nope', { blockedBy: 1 }))).code).toBe('NOT_FOUND');
    const c = h.data.clients[0];
    const e = await failure(h.client.blockClient(c.botId, c.id, {} as never));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.mnemonic).toBe('reporter.client.invalid_block');
  });
});

describe('ReporterClient: comments', () => {
  it('adds a comment with both id spellings and deletes it', async () => {
    const m = h.data.messages.find((x) => !x.comment && x.question)!;
    h.sim.resetLog();
    await h.client.addComment(m.questionId, 'Looks wrong');
    expect(h.sim.log[0].body).toEqual({ questionid: m.questionId, questionId: m.questionId, comment: 'Looks wrong' });
    const withComment = await h.client.messagesBySession({ sessionId: m.sessionId, size: 100 });
    expect(withComment.messages.find((x) => x.questionId === m.questionId)?.comment).toBe('Looks wrong');
    const found = await h.client.filterMessages({}, { filters: [{ key: 'COMMENT_TEXT', type: 'TEXT', values: ['looks wrong'], comparisonType: 'CONTAINS', isCaseSensitive: false }] });
    expect(found.messages.map((x) => x.questionId)).toEqual([m.questionId]);
    await h.client.deleteComment(m.questionId);
    const without = await h.client.messagesBySession({ sessionId: m.sessionId, size: 100 });
    expect(without.messages.find((x) => x.questionId === m.questionId)?.comment).toBeUndefined();
  });

  it('answers NOT_FOUND for a comment on an unknown message', async () => {
    expect((await failure(h.client.addComment('no-such-question', 'x'))).code).toBe('NOT_FOUND');
  });
});

describe('ReporterClient: scenario experiments', () => {
  it('lists the generated experiments and their joined-session counts', async () => {
    const list = await h.client.listExperiments();
    expect(list.map((e) => [e.key, e.status])).toEqual([
      ['greeting_test', 'RUNNING'],
      ['checkout_flow', 'CREATED'],
      ['old_banner', 'STOPPED'],
    ]);
    const counts = await h.client.countExperimentSessions();
    expect(counts).toContainEqual({ key: 'greeting_test', count: h.data.experiments[0].joined.size });
  });

  it('creates, joins (CREATED → RUNNING, same branch again), counts, stops and deletes', async () => {
    const created = await h.client.createExperiment({ key: 'cta_test', description: 'CTA', branches: [{ key: 'A' }, { key: 'B' }, { key: 'C' }] });
    expect(created).toMatchObject({ key: 'cta_test', status: 'CREATED' });
    const s = h.data.sessions[5];
    const branch = await h.client.joinExperiment({ sessionId: s.sessionId, experimentKey: 'cta_test', botId: s.botId });
    expect(['A', 'B', 'C']).toContain(branch);
    expect(await h.client.joinExperiment({ sessionId: s.sessionId, experimentKey: 'cta_test', botId: s.botId })).toBe(branch);
    expect((await h.client.listExperiments()).find((e) => e.key === 'cta_test')?.status).toBe('RUNNING');
    expect((await h.client.countExperimentSessions()).find((c) => c.key === 'cta_test')?.count).toBe(1);
    await h.client.stopExperiment('cta_test');
    const stopped = await failure(h.client.joinExperiment({ sessionId: h.data.sessions[6].sessionId, experimentKey: 'cta_test', botId: h.data.sessions[6].botId }));
    expect(stopped).toMatchObject({ code: 'CONFLICT', mnemonic: 'reporter.experiment.stopped' });
    await h.client.deleteExperiment('cta_test');
    expect((await h.client.listExperiments()).map((e) => e.key)).not.toContain('cta_test');
  });

  it('refuses a duplicate key with CONFLICT (409) and bad branches with BAD_USER_INPUT (400)', async () => {
    const dup = await failure(h.client.createExperiment({ key: 'greeting_test', branches: [{ key: 'A' }] }));
    expect(dup).toMatchObject({ code: 'CONFLICT', status: 409 });
    expect(dup.mnemonic).toBe('reporter.experiment.already_exists');
    expect((await failure(h.client.createExperiment({ key: 'x1', branches: [{ key: 'Z' }] }))).code).toBe('BAD_USER_INPUT');
    expect((await failure(h.client.deleteExperiment('nope'))).code).toBe('NOT_FOUND');
  });
});

describe('ReporterClient: reports', () => {
  it('lists the generated tasks', async () => {
    const { tasks } = await h.client.listReportTasks();
    expect(tasks.find((t) => t.taskId === 'r-0001-sessions')).toMatchObject({ status: 'COMPLETED', reportType: 'SESSIONS', totalCount: 5000 });
    expect(tasks.find((t) => t.taskId === 'r-0002-messages')?.status).toBe('FAILED');
  });

  it('moves a new task CREATED → STARTED (writeCount grows) → COMPLETED with a file', async () => {
    const task = await h.client.createMessagesReport(
      { filters: [{ key: 'CHANNEL_TYPE', type: 'CHECKBOX', options: ['telegram'] }], settings: { fileType: 'XLSX', withHeader: true } },
      { language: 'en', timezone: 180 },
    );
    const telegram = h.data.messages.filter((m) => h.data.sessionById.get(m.sessionId)!.channelType === 'telegram').length;
    expect(task).toMatchObject({ status: 'CREATED', reportType: 'MESSAGES', writeCount: 0, totalCount: telegram, accountId: 1000 });
    clock += 2_000;
    const started = await h.client.getReportTask(task.taskId);
    expect(started.status).toBe('STARTED');
    expect(started.writeCount).toBeGreaterThan(0);
    expect(started.writeCount).toBeLessThan(telegram);
    clock += 2_000;
    const done = await h.client.getReportTask(task.taskId);
    expect(done).toMatchObject({ status: 'COMPLETED', writeCount: telegram });
    expect(done.fileName).toMatch(/\.xlsx$/);
    const file = await fetch(done.fileUrl!);
    expect(file.status).toBe(200);
    expect(await file.text()).toContain(task.taskId);
    await h.client.deleteReportTask(task.taskId);
    expect((await failure(h.client.getReportTask(task.taskId))).code).toBe('NOT_FOUND');
  });

  it('creates every report type, deletes the completed ones, then all', async () => {
    const made = [
      await h.client.createSessionsReport(),
      await h.client.createClientsReport({ settings: { fileType: 'CSV', delimiter: ';' } }),
      await h.client.createTelephonyReport({ startTime: '2026-11-01T00:00:00.000Z', botIds: ['1000-myproj-1000-xyz-125'] }),
      await h.client.createDailyReport({ date: '2026-11-20', settings: { fileType: 'CSV' } }),
      await h.client.createClientListReport({ filters: [], settings: { fileType: 'XLSX' } }),
    ];
    expect(made.map((t) => t.reportType)).toEqual(['SESSIONS', 'CLIENTS', 'TELEPHONY', 'DAILY', 'CLIENTS_LIST']);
    expect(made[0].totalCount).toBe(5000);
    expect((await failure(h.client.createDailyReport({ date: '20-11-2026' }))).code).toBe('BAD_USER_INPUT');
    clock += 10_000;
    await h.client.deleteCompletedReportTasks();
    const { tasks } = await h.client.listReportTasks();
    expect(tasks.map((t) => t.status)).toEqual(['FAILED']);
    await h.client.deleteAllReportTasks();
    expect((await h.client.listReportTasks()).tasks).toEqual([]);
  });
});
