import { operationText } from '../../../scripts/operations.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dateTimePatternProblem } from '../../../src/schema/reporter/report-settings-input.js';
import { startTestGateway, TEST_TOKENS, type TestGateway } from '../../helpers/gateway.js';

const op = (name: string) => operationText(`reporter/${name}.graphql`);
const CREATE = op('mutation-create-report');
const TELEPHONY = op('mutation-create-telephony-report');
const DAILY = op('mutation-create-daily-report');
const DELETE = op('mutation-delete-report-task');
const DELETE_COMPLETED = op('mutation-delete-completed-report-tasks');
const TASK = op('analytics-report-task');

interface Task {
  id: string;
  taskId: string;
  kind: string;
  status: string;
  createdAt: string;
  progress: { written: number | null; total: number | null };
  settings: { fileType: string; withHeader: boolean; delimiter: string | null; dateTimeFormat: string | null } | null;
}
interface Result {
  __typename: string;
  task?: Task;
  taskId?: string;
  deletedId?: string;
  remainingTasks?: { id: string; taskId: string; status: string }[];
  code?: string;
  field?: string;
  outcome?: string;
}

let gw: TestGateway;
const run = <R>(doc: string, variables: Record<string, unknown> = {}) => gw.execute(doc, variables) as Promise<ExecutionResult<R>>;
const createReport = (v: Record<string, unknown>) => run<{ createReport: Result }>(CREATE, v).then((r) => r.data!.createReport);
const telephony = (v: Record<string, unknown>) => run<{ createTelephonyReport: Result }>(TELEPHONY, v).then((r) => r.data!.createTelephonyReport);
const daily = (v: Record<string, unknown>) => run<{ createDailyReport: Result }>(DAILY, v).then((r) => r.data!.createDailyReport);
const deleteTask = (id: string) => run<{ deleteReportTask: Result }>(DELETE, { id }).then((r) => r.data!.deleteReportTask);
const path = (rel: string) => `/api/reporter/p/${TEST_TOKENS.reporter}/${rel}`;
const only = (endpoint: string) => {
  const hits = gw.sims.reporter.log.filter((r) => r.endpoint === endpoint);
  expect(hits).toHaveLength(1);
  return hits[0]!;
};

beforeAll(async () => {
  gw = await startTestGateway({ timeoutMs: 400 });
});
afterAll(async () => {
  await gw.close();
});
beforeEach(() => {
  gw.sims.clearFaults();
  gw.sims.resetLogs();
});

describe('Mutation.createReport', () => {
  it('sends POST reports/sessions with the filter as a bare AnalyticsFilter array, the settings and both headers', async () => {
    const settings = { fileType: 'CSV', withHeader: false, delimiter: ';', dateTimeFormat: "dd.MM.yyyy 'at' HH:mm" };
    const res = await createReport({ kind: 'SESSIONS', filter: { channelType: { options: ['telegram'] } }, settings, utcOffsetMinutes: 180, language: 'en' });
    expect(res.__typename).toBe('CreateReportSuccess');
    const req = only('POST reports/sessions');
    expect(req).toMatchObject({
      method: 'POST',
      path: path('reports/sessions'),
      query: {},
      body: { filters: [{ key: 'CHANNEL_TYPE', type: 'CHECKBOX', options: ['telegram'], comparisonType: 'CONTAINS' }], settings },
    });
    expect(req.headers).toMatchObject({ timezone: '180', language: 'en' });
    // The Reporter counted what the filter matched: the filter really went upstream.
    const telegram = gw.sims.dataset.reporter.sessions.filter((s) => s.channelType === 'telegram').length;
    expect(res.task).toMatchObject({ kind: 'SESSIONS', status: 'CREATED', progress: { written: 0, total: telegram }, settings });
  });

  it.each([
    ['MESSAGES', 'POST reports/messages', 'MESSAGES'],
    ['CLIENTS', 'POST reports/clients', 'CLIENTS'],
    ['CLIENTS_LIST', 'POST reports/client-list', 'CLIENTS_LIST'],
  ])('creates a %s report through %s', async (kind, endpoint, reportType) => {
    const res = await createReport({ kind, settings: { fileType: 'XLSX' } });
    expect(res.task).toMatchObject({ kind: reportType, status: 'CREATED', settings: { fileType: 'XLSX', withHeader: true } });
    expect(only(endpoint).body).toEqual({ filters: [], settings: { fileType: 'XLSX' } });
    expect(gw.sims.counts().total).toBe(1);
  });

  it('sends an empty filter list and no headers or settings when none are given', async () => {
    await createReport({ kind: 'SESSIONS' });
    const req = only('POST reports/sessions');
    expect(req.body).toEqual({ filters: [] });
    expect(req.headers.timezone).toBeUndefined();
    expect(req.headers.language).toBeUndefined();
  });

  it('primes the new task: the payload costs no extra call, and reportTask reads it back later', async () => {
    const res = await createReport({ kind: 'MESSAGES' });
    expect(gw.sims.counts().total).toBe(1);
    const read = await run<{ reportTask: { taskId: string; kind: string } }>(TASK, { id: res.task!.id });
    expect(read.data!.reportTask).toMatchObject({ taskId: res.task!.taskId, kind: 'MESSAGES' });
    expect(res.task!.id).toBe(encodeGlobalID('ReportTask', res.task!.taskId));
  });

  it.each([
    [{ kind: 'SESSIONS', settings: { fileType: 'XLSX', delimiter: ';' } }, 'settings.delimiter'],
    [{ kind: 'SESSIONS', settings: { fileType: 'CSV', delimiter: ';;' } }, 'settings.delimiter'],
    [{ kind: 'SESSIONS', settings: { fileType: 'CSV', delimiter: '' } }, 'settings.delimiter'],
    [{ kind: 'SESSIONS', settings: { fileType: 'CSV', dateTimeFormat: 'yyyy-MM-dd bb' } }, 'settings.dateTimeFormat'],
    [{ kind: 'SESSIONS', settings: { fileType: 'CSV', dateTimeFormat: "yyyy 'unclosed" } }, 'settings.dateTimeFormat'],
    [{ kind: 'SESSIONS', settings: { fileType: 'CSV', dateTimeFormat: 'HH:mm]' } }, 'settings.dateTimeFormat'],
    [{ kind: 'SESSIONS', settings: { fileType: 'CSV', dateTimeFormat: 'ddd.MM' } }, 'settings.dateTimeFormat'],
    [{ kind: 'SESSIONS', filter: { channelType: { options: [] } } }, 'filter.channelType.options'],
    [{ kind: 'CLIENTS', utcOffsetMinutes: 900 }, 'utcOffsetMinutes'],
    [{ kind: 'CLIENTS', language: 'english' }, 'language'],
  ])('refuses %j with InvalidInputError on `%s` and sends nothing', async (vars, field) => {
    expect(await createReport(vars)).toMatchObject({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT', field });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('refuses a malformed date in the filter while coercing variables, with nothing sent', async () => {
    const res = await run(CREATE, { kind: 'SESSIONS', filter: { sessionStartTime: { from: '2024-13-45', to: '2024-01-01T00:00:00Z' } } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(gw.sims.counts().total).toBe(0);
  });

  it('does not retry under a rate limit, and says the outcome is unknown', async () => {
    gw.sims.reporter.setFault('POST reports/sessions', { kind: 'rateLimit', retryAfterSec: 1 });
    const res = await createReport({ kind: 'SESSIONS' });
    expect(res).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_RATE_LIMITED', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('POST reports/sessions')).toBe(1);
  });

  it('says the outcome is UNKNOWN when the connection resets, having sent the create once', async () => {
    gw.sims.reporter.setFault('POST reports/clients', { kind: 'reset' });
    const res = await createReport({ kind: 'CLIENTS' });
    expect(res).toMatchObject({ __typename: 'UpstreamFailure', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('POST reports/clients')).toBe(1);
  });
});

describe('Mutation.createTelephonyReport', () => {
  it('sends POST reports/telephony with startTime, endTime and repeated botIds, no body', async () => {
    const bots = gw.sims.dataset.reporter.bots.filter((b) => b.channelType === 'telephony').map((b) => b.botId);
    const period = { from: '2024-01-01T00:00:00.000Z', to: '2030-01-01T00:00:00.000Z' };
    const res = await telephony({ period, botIds: [...bots, 'other-bot'], utcOffsetMinutes: -300 });
    expect(res.task).toMatchObject({ kind: 'TELEPHONY', status: 'CREATED' });
    const req = only('POST reports/telephony');
    expect(req).toMatchObject({
      method: 'POST',
      path: path('reports/telephony'),
      query: { startTime: period.from, endTime: period.to, botIds: [...bots, 'other-bot'] },
    });
    expect(req.body).toBeUndefined();
    expect(req.headers.timezone).toBe('-300');
  });

  it('sends no query at all without a period or bots', async () => {
    await telephony({});
    expect(only('POST reports/telephony').query).toEqual({});
  });

  it.each([
    [{ period: { from: '2024-02-01T00:00:00Z', to: '2024-01-01T00:00:00Z' } }, 'period'],
    [{ botIds: ['ok', ' '] }, 'botIds[1]'],
    [{ botIds: ['a', 'a'] }, 'botIds'],
  ])('refuses %j with InvalidInputError on `%s` and sends nothing', async (vars, field) => {
    expect(await telephony(vars)).toMatchObject({ __typename: 'InvalidInputError', field });
    expect(gw.sims.counts().total).toBe(0);
  });
});

describe('Mutation.createDailyReport', () => {
  it('sends POST reports/daily with CreateDailyReportDto', async () => {
    const res = await daily({ date: '2024-03-15', settings: { fileType: 'CSV', delimiter: '\t' } });
    expect(res.task).toMatchObject({ kind: 'DAILY', status: 'CREATED', settings: { fileType: 'CSV', delimiter: '\t' } });
    expect(only('POST reports/daily')).toMatchObject({ method: 'POST', path: path('reports/daily'), body: { date: '2024-03-15', settings: { fileType: 'CSV', delimiter: '\t' } } });
  });

  it.each(['2024-02-30', '2024-3-15', '15.03.2024', ''])('refuses the date %j before any request', async (date) => {
    expect(await daily({ date })).toMatchObject({ __typename: 'InvalidInputError', field: 'date' });
    expect(gw.sims.counts().total).toBe(0);
  });
});

describe('Mutation.deleteReportTask', () => {
  it('sends DELETE reports/tasks/{id} for a global ID, and the task is gone', async () => {
    const created = (await createReport({ kind: 'SESSIONS' })).task!;
    gw.sims.resetLogs();
    const res = await deleteTask(created.id);
    expect(res).toEqual({ __typename: 'DeleteReportTaskSuccess', taskId: created.taskId, deletedId: created.id });
    expect(gw.sims.reporter.log).toHaveLength(1);
    expect(gw.sims.reporter.log[0]).toMatchObject({ method: 'DELETE', path: path(`reports/tasks/${created.taskId}`), query: {} });
    const read = await run(TASK, { id: created.taskId });
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('returns NotFoundError for an unknown task (also a second delete)', async () => {
    expect(await deleteTask('no-such-task')).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it('does not retry a delete under a 502', async () => {
    const created = (await createReport({ kind: 'SESSIONS' })).task!;
    gw.sims.reporter.setFault('DELETE reports/tasks/:id', { kind: 'status', status: 502 });
    expect(await deleteTask(created.taskId)).toMatchObject({ __typename: 'UpstreamFailure', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('DELETE reports/tasks/:id')).toBe(1);
  });
});

describe('Mutation.deleteCompletedReportTasks', () => {
  it('sends DELETE reports and lists what is left: nothing COMPLETED, the rest untouched', async () => {
    const before = await run<{ reportTasks: { edges: { node: { taskId: string; status: string } }[] } }>(
      '{ reportTasks(first: 100) { edges { node { taskId status } } } }',
    );
    const nodes = before.data!.reportTasks.edges.map((e) => e.node);
    expect(nodes.some((t) => t.status === 'COMPLETED')).toBe(true);
    gw.sims.resetLogs();
    const res = await run<{ deleteCompletedReportTasks: Result }>(DELETE_COMPLETED);
    const left = res.data!.deleteCompletedReportTasks.remainingTasks!;
    expect(left.map((t) => t.taskId).sort()).toEqual(nodes.filter((t) => t.status !== 'COMPLETED').map((t) => t.taskId).sort());
    expect(gw.sims.reporter.log.map((r) => [r.method, r.path])).toEqual([
      ['DELETE', path('reports')],
      ['GET', path('reports')],
    ]);
  });

  it('succeeds and changes nothing when no task is completed', async () => {
    // Tasks created by the tests above move on with the simulator's clock (one step per 500 ms) and,
    // on a loaded machine, one may start or complete between two calls: what is pinned is a pair of
    // calls with no task moving in between, so a pair where one moved is tried again (a few steps at most).
    let first!: ExecutionResult<{ deleteCompletedReportTasks: Result }>;
    let again!: typeof first;
    for (let attempt = 0; attempt < 10; attempt++) {
      gw.sims.resetLogs();
      first = await run<{ deleteCompletedReportTasks: Result }>(DELETE_COMPLETED);
      again = await run<{ deleteCompletedReportTasks: Result }>(DELETE_COMPLETED);
      if (JSON.stringify(first.data) === JSON.stringify(again.data)) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(again.data!.deleteCompletedReportTasks.__typename).toBe('DeleteCompletedReportTasksSuccess');
    expect(again.data!.deleteCompletedReportTasks.remainingTasks).toEqual(first.data!.deleteCompletedReportTasks.remainingTasks);
    expect(gw.sims.reporter.count('DELETE reports')).toBe(2);
  });
});

describe('dateTimePatternProblem', () => {
  it.each(['yyyy-MM-dd HH:mm:ss.SSS', "dd.MM.yyyy 'at' HH:mm", "hh 'o''clock' a", 'uuuu-MM-dd[ HH:mm]', 'EEEE, d MMMM yyyy', 'yyyy-MM-ddTHH:mmXXX'.replace('T', "'T'")])(
    'accepts the Java pattern %j',
    (p) => {
      expect(dateTimePatternProblem(p)).toBeUndefined();
    },
  );
  it.each(['', 'yyyy-MM-dd bb', 'HH:mm]', "'open", 'ddd', 'V', 'yyyy#', 'MMMMMM'])('refuses %j', (p) => {
    expect(dateTimePatternProblem(p)).toEqual(expect.any(String));
  });
});
