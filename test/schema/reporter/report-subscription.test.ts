import { operationText } from '../../../scripts/operations.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activeReportPollers } from '../../../src/backends/reporter/report-poller.js';
import type { Gateway } from '../../../src/gateway/gateway.js';
import { findLeaks, startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { subscribeSse, type SseStream } from '../../helpers/sse.js';

const op = (name: string) => operationText(`reporter/${name}.graphql`);
const SUBSCRIBE = op('subscription-report-task-updated');
const CREATE = op('mutation-create-report');
const DELETE = op('mutation-delete-report-task');

/** Short enough for a quick test, long enough that two pollers would show as double the requests. */
const INTERVAL_MS = 100;
const POLL = 'GET reports/tasks/:id';

interface TaskEvent {
  data?: { reportTaskUpdated: { id: string; taskId: string; status: string; progress: { written: number | null; total: number | null }; file: { url: string } | null } | null };
  errors?: { extensions?: { code?: string } }[];
}

let gw: TestGateway;
let yoga: Gateway;

/** The subscription over the gateway's in-process fetch. */
const subscribe = (id: string): Promise<SseStream<TaskEvent>> =>
  subscribeSse<TaskEvent>('http://gateway.test/graphql', SUBSCRIBE, { id }, {}, (url, init) => yoga.fetch(url, init));

const statuses = (s: SseStream<TaskEvent>) => s.events.map((e) => e.data?.reportTaskUpdated?.status);
const polls = () => gw.sims.reporter.log.filter((r) => r.endpoint === POLL);
const newTask = async () => {
  const res = await gw.execute(CREATE, { kind: 'SESSIONS' });
  return (res.data as { createReport: { task: { id: string; taskId: string } } }).createReport.task;
};

beforeAll(async () => {
  gw = await startTestGateway({ env: { REPORT_POLL_INTERVAL_MS: String(INTERVAL_MS) } });
  yoga = gw.yoga;
});
afterAll(async () => {
  await gw.close();
});
beforeEach(() => {
  gw.sims.clearFaults();
  gw.sims.resetLogs();
});

describe('Subscription.reportTaskUpdated', () => {
  it('delivers a new report’s progress to two subscribers through one poller, then ends both at COMPLETED', async () => {
    const task = await newTask();
    gw.sims.resetLogs();
    const a = await subscribe(task.id);
    await a.waitFor(1);
    const b = await subscribe(task.taskId);
    await Promise.all([a.done, b.done]);

    for (const s of [a, b]) {
      expect(s.completed).toBe(true);
      expect(s.events.every((e) => e.errors === undefined)).toBe(true);
      expect(statuses(s).at(-1)).toBe('COMPLETED');
      expect(s.events.at(-1)!.data!.reportTaskUpdated!.file?.url).toContain(task.taskId);
    }
    // The first push is the state the task had when A subscribed: CREATED, or STARTED when the
    // simulated task moved on between the mutation and the subscription (a loaded machine).
    expect(['CREATED', 'STARTED']).toContain(statuses(a)[0]);
    expect(statuses(a)).toContain('STARTED');
    // Only changes are pushed: no two consecutive events are the same.
    const json = a.events.map((e) => JSON.stringify(e));
    expect(json.every((e, i) => i === 0 || e !== json[i - 1])).toBe(true);
    // B joined late: it got the state A already had, then the same updates.
    expect(b.events.map((e) => JSON.stringify(e))).toEqual(json.slice(json.length - b.events.length));

    // One poller's cadence: requests never closer than the interval (two pollers would interleave).
    const times = polls().map((r) => r.at);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps.every((g) => g >= INTERVAL_MS * 0.8)).toBe(true);
    const span = times.at(-1)! - times[0]!;
    expect(times.length).toBeLessThanOrEqual(Math.floor(span / INTERVAL_MS) + 1);
    expect(polls().every((r) => r.path.endsWith(`/reports/tasks/${task.taskId}`))).toBe(true);
    expect(activeReportPollers(gw.backends.reporter!)).toBe(0);
  });

  it('stops polling when the last subscriber leaves, not before', async () => {
    const task = await newTask();
    const a = await subscribe(task.taskId);
    const b = await subscribe(task.taskId);
    await Promise.all([a.waitFor(1), b.waitFor(1)]);
    a.cancel();
    const afterA = polls().length;
    await sleep(INTERVAL_MS * 3);
    // B still watches: the poller goes on.
    expect(polls().length).toBeGreaterThan(afterA);
    expect(activeReportPollers(gw.backends.reporter!)).toBe(1);
    b.cancel();
    await sleep(INTERVAL_MS);
    expect(activeReportPollers(gw.backends.reporter!)).toBe(0);
    const afterB = polls().length;
    await sleep(INTERVAL_MS * 4);
    expect(polls().length).toBe(afterB);
  });

  it('ends with DELETED when the task is deleted while watched', async () => {
    const task = await newTask();
    const s = await subscribe(task.id);
    await s.waitFor(1);
    await gw.execute(DELETE, { id: task.id });
    await s.done;
    expect(s.completed).toBe(true);
    expect(statuses(s).at(-1)).toBe('DELETED');
    expect(s.events.at(-1)!.data!.reportTaskUpdated!.taskId).toBe(task.taskId);
  });

  it('sends a finished task once and ends, with a single poll', async () => {
    const failed = gw.sims.dataset.reporter.reportTasks.find((t) => t.status === 'FAILED')!;
    const s = await subscribe(encodeGlobalID('ReportTask', failed.taskId));
    await s.done;
    expect(statuses(s)).toEqual(['FAILED']);
    expect(s.completed).toBe(true);
    expect(polls()).toHaveLength(1);
  });

  it('treats an id the Reporter does not know as DELETED', async () => {
    const s = await subscribe('no-such-task');
    await s.done;
    expect(s.events).toEqual([{ data: { reportTaskUpdated: expect.objectContaining({ taskId: 'no-such-task', status: 'DELETED' }) } }]);
    expect(s.completed).toBe(true);
  });

  it('ends with the upstream error as an event when polling is refused', async () => {
    const task = await newTask();
    gw.sims.reporter.setFault(POLL, { kind: 'status', status: 401 });
    const s = await subscribe(task.taskId);
    await s.done;
    expect(s.events).toHaveLength(1);
    expect(s.events[0]!.data?.reportTaskUpdated).toBeNull();
    expect(s.events[0]!.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAUTHORIZED');
    expect(findLeaks(JSON.stringify(s.events))).toEqual([]);
    expect(s.completed).toBe(true);
    expect(activeReportPollers(gw.backends.reporter!)).toBe(0);
  });

  it('refuses an empty id before any poll', async () => {
    const s = await subscribe(' ');
    await s.done;
    expect(s.events[0]?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(polls()).toHaveLength(0);
  });
});
