import { operationText } from '../../../scripts/operations.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const op = (name: string) => operationText(`reporter/${name}.graphql`);
const TASKS = op('analytics-report-tasks');
const TASK = op('analytics-report-task');

interface TaskNode {
  id: string;
  taskId: string;
  kind: string;
  kindRaw?: string;
  status: string;
  statusRaw: string;
  createdAt?: string;
  progress: { written: number | null; total: number | null; fraction: number | null };
  file: { url: string; name: string | null } | null;
  settings?: { fileType: string; withHeader: boolean } | null;
}
interface TasksData {
  reportTasks: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: TaskNode }[] } | null;
}

let gw: TestGateway;
/** Runs an operation text and types its result. */
const run = <R>(doc: string, variables: Record<string, unknown> = {}) => gw.execute(doc, variables) as Promise<ExecutionResult<R>>;
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

describe('Query.reportTasks', () => {
  it('lists the seeded tasks newest first with kind, status, progress, file and settings', async () => {
    const res = await run<TasksData>(TASKS, {});
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.reportTasks!.edges.map((e) => e.node);
    const seeded = [...gw.sims.dataset.reporter.reportTasks].sort((a, b) => b.creationTime.localeCompare(a.creationTime));
    expect(nodes.map((n) => n.taskId)).toEqual(seeded.map((t) => t.taskId));
    expect(res.data!.reportTasks!.totalCount).toBe(seeded.length);
    for (const t of seeded) {
      const n = nodes.find((x) => x.taskId === t.taskId)!;
      expect(n).toMatchObject({
        id: encodeGlobalID('ReportTask', t.taskId),
        kind: t.reportType,
        kindRaw: t.reportType,
        status: t.status,
        statusRaw: t.status,
        createdAt: t.creationTime,
        settings: { fileType: t.settings!.fileType, withHeader: true },
      });
      expect(n.progress).toEqual({ written: t.writeCount, total: t.totalCount, fraction: t.writeCount! / t.totalCount! });
    }
    const done = nodes.find((n) => n.status === 'COMPLETED')!;
    const doneSeed = seeded.find((t) => t.status === 'COMPLETED')!;
    expect(done.file).toEqual({ url: doneSeed.fileUrl, name: doneSeed.fileName });
    expect(done.progress.fraction).toBe(1);
    expect(nodes.find((n) => n.status === 'FAILED')!.file).toBeNull();
    expect(gw.sims.counts().total).toBe(1);
  });

  it('filters by status and by kind in the gateway over one list call', async () => {
    const byStatus = await run<TasksData>(TASKS, { status: ['COMPLETED'] });
    expect(byStatus.data!.reportTasks!.edges.map((e) => e.node.taskId)).toEqual(['r-0001-sessions']);
    const byKind = await run<TasksData>(TASKS, { kind: ['MESSAGES', 'TELEPHONY'] });
    expect(byKind.data!.reportTasks!.edges.map((e) => e.node.taskId)).toEqual(['r-0002-messages']);
    expect(byKind.data!.reportTasks!.totalCount).toBe(1);
    expect(gw.sims.reporter.count('GET reports')).toBe(2);
  });

  it('pages with first/after', async () => {
    const first = await run<TasksData>(TASKS, { first: 1 });
    expect(first.data!.reportTasks!.edges.map((e) => e.node.taskId)).toEqual(['r-0002-messages']);
    expect(first.data!.reportTasks!.pageInfo.hasNextPage).toBe(true);
    const next = await run<TasksData>(TASKS, { first: 1, after: first.data!.reportTasks!.pageInfo.endCursor });
    expect(next.data!.reportTasks!.edges.map((e) => e.node.taskId)).toEqual(['r-0001-sessions']);
    expect(next.data!.reportTasks!.pageInfo.hasNextPage).toBe(false);
  });

  it('rejects a foreign cursor with BAD_USER_INPUT before any request', async () => {
    const res = await run<TasksData>(TASKS, { after: 'not-a-cursor' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('nulls the list with the upstream error when GET reports fails', async () => {
    gw.sims.reporter.setFault('GET reports', { kind: 'rateLimit', retryAfterSec: 0 });
    const res = await run<TasksData>(TASKS, {});
    expect(res.data?.reportTasks).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ path: ['reportTasks'], extensions: { code: 'UPSTREAM_RATE_LIMITED', service: 'reporter' } });
  });
});

describe('Query.reportTask', () => {
  it('reads one task by the Reporter task id with one GET reports/tasks/{id}', async () => {
    const res = await run<{ reportTask: TaskNode }>(TASK, { id: 'r-0001-sessions' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.reportTask).toMatchObject({ taskId: 'r-0001-sessions', kind: 'SESSIONS', status: 'COMPLETED' });
    expect(gw.sims.reporter.count('GET reports/tasks/:id')).toBe(1);
    expect(gw.sims.counts().total).toBe(1);
  });

  it('accepts the task’s global ID too', async () => {
    const res = await run<{ reportTask: TaskNode }>(TASK, { id: encodeGlobalID('ReportTask', 'r-0002-messages') });
    expect(res.data!.reportTask).toMatchObject({ taskId: 'r-0002-messages', status: 'FAILED', file: null });
  });

  it('follows a new export while it is being written, with no file yet', async () => {
    const created = await gw.backends.reporter!.createSessionsReport({ settings: { fileType: 'CSV' } });
    const res = await run<{ reportTask: TaskNode }>(TASK, { id: created.taskId });
    const task = res.data!.reportTask;
    // The simulator moves CREATED → STARTED after 500 ms; a slow machine may already see STARTED.
    expect(['CREATED', 'STARTED']).toContain(task.status);
    expect(task).toMatchObject({ kind: 'SESSIONS', file: null });
    const total = gw.sims.dataset.reporter.sessions.length;
    expect(task.progress.total).toBe(total);
    expect(task.progress.fraction).toBe(task.progress.written! / total);
  });

  it('fails with NOT_FOUND for an unknown id', async () => {
    const res = await run<{ reportTask: null }>(TASK, { id: 'no-such-task' });
    expect(res.data?.reportTask).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ path: ['reportTask'], extensions: { code: 'NOT_FOUND', service: 'reporter' } });
  });

  it('maps a kind and status the gateway does not know to UNKNOWN, keeping the raw values', async () => {
    const body = JSON.stringify({ taskId: 'x-1', accountId: 1000, creationTime: '2024-01-01T00:00:00.000Z', status: 'ARCHIVED', reportType: 'HEATMAP' });
    gw.sims.reporter.setFault('GET reports/tasks/:id', { kind: 'status', status: 200, body, contentType: 'application/json' });
    const res = await run<{ reportTask: TaskNode }>('{ reportTask(id: "x-1") { kind kindRaw status statusRaw progress { fraction } file { url } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.reportTask).toEqual({ kind: 'UNKNOWN', kindRaw: 'HEATMAP', status: 'UNKNOWN', statusRaw: 'ARCHIVED', progress: { fraction: null }, file: null });
  });
});

describe('ReportTask as a node', () => {
  it('refetches several tasks through nodes with one list call, null for an unknown id', async () => {
    const ids = ['r-0001-sessions', 'r-0002-messages', 'gone'].map((id) => encodeGlobalID('ReportTask', id));
    const res = await run<{ nodes: Array<{ taskId: string } | null> }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on ReportTask { taskId } } }',
      { ids },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes).toEqual([{ taskId: 'r-0001-sessions' }, { taskId: 'r-0002-messages' }, null]);
    expect(gw.sims.reporter.count('GET reports')).toBe(1);
    expect(gw.sims.counts().total).toBe(1);
  });
});
