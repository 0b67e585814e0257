import { checkPathId } from '../../upstream/path.js';
import { rawIdOfType, type IdOwner } from '../global-id.js';
import type { ReportGenerationTaskDto } from '../../backends/reporter/types-analytics.js';
import { builder } from '../builder.js';
import { connectionOf, windowOf } from '../pagination.js';
import { nodeResults } from './node-results.js';
import { knownOrUnknown } from './open-enum.js';
import { REPORT_KINDS, REPORT_TASK_STATUSES, ReportKindEnum, ReportTaskStatusEnum, type ReportKind, type ReportTaskStatus } from './report-kind.js';
import { ReportSettingsRef } from './report-settings.js';
import { readableWith } from '../type-scopes.js';

interface Progress {
  written: number | undefined;
  total: number | undefined;
  completed: boolean;
}

const ReportProgressRef = builder.objectRef<Progress>('ReportProgress').implement({
  ...readableWith('read', 'reports'),
  description: 'How far a report export has got: rows written out of rows to write (`writeCount` / `totalCount`, §2.10 INFERRED).',
  fields: (t) => ({
    written: t.int({ description: 'Rows written so far.', resolve: (p) => p.written ?? null }),
    total: t.int({ description: 'Rows the report will hold.', resolve: (p) => p.total ?? null }),
    fraction: t.float({
      description: 'written / total, from 0 to 1. 1 for a completed report with no rows; null while the total is unknown.',
      resolve: (p) => {
        if (p.total === undefined || p.written === undefined) return p.completed ? 1 : null;
        if (p.total <= 0) return p.completed ? 1 : null;
        return Math.min(1, Math.max(0, p.written / p.total));
      },
    }),
  }),
});

const ReportFileRef = builder.objectRef<{ url: string; name?: string }>('ReportFile').implement({
  ...readableWith('read', 'reports'),
  description: 'The file of a completed report export.',
  fields: (t) => ({
    url: t.exposeString('url', {
      nullable: false,
      description: 'Where to download it. GUESS (§3.11): an absolute, pre-signed URL that needs no Reporter token.',
    }),
    name: t.exposeString('name', { description: 'The suggested file name.' }),
  }),
});

export const ReportTaskRef = builder.objectRef<ReportGenerationTaskDto>('ReportTask');

builder.node(ReportTaskRef, {
  ...readableWith('read', 'reports'),
  description: 'A Reporter report export (a generation task): what it exports, how far it has got and, once done, its file (§2.10, §3.11).',
  id: { resolve: (task) => task.taskId, description: 'Global ID of the report export (it carries the task id).' },
  loadMany: async (ids, ctx) => nodeResults(await ctx.loaders.reporter.reportTaskById.loadMany(ids)),
  fields: (t) => ({
    taskId: t.exposeString('taskId', { nullable: false, description: 'The Reporter’s task id (`reportGenerationTaskId`).' }),
    kind: t.field({
      type: ReportKindEnum,
      description: 'What the report contains; UNKNOWN for a kind the gateway does not know yet.',
      resolve: (task) => knownOrUnknown(task.reportType, REPORT_KINDS) as ReportKind | null,
    }),
    kindRaw: t.exposeString('reportType', { description: 'The report type exactly as the Reporter sent it.' }),
    status: t.field({
      type: ReportTaskStatusEnum,
      description: 'Where the export is; UNKNOWN for a status the gateway does not know yet.',
      resolve: (task) => knownOrUnknown(task.status, REPORT_TASK_STATUSES) as ReportTaskStatus | null,
    }),
    statusRaw: t.exposeString('status', { description: 'The status exactly as the Reporter sent it.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When the export was requested.', resolve: (task) => task.creationTime }),
    projectShortName: t.exposeString('projectShortName', { description: 'The project it exports from.' }),
    accountId: t.field({ type: 'Long', description: 'The platform account that owns it.', resolve: (task) => task.accountId }),
    progress: t.field({
      type: ReportProgressRef,
      nullable: false,
      description: 'Rows written out of rows to write.',
      resolve: (task) => ({ written: num(task.writeCount), total: num(task.totalCount), completed: task.status === 'COMPLETED' }),
    }),
    file: t.field({
      type: ReportFileRef,
      description: 'The finished file; null until the status is COMPLETED.',
      resolve: (task) => (task.status === 'COMPLETED' && task.fileUrl ? { url: task.fileUrl, name: task.fileName } : null),
    }),
    settings: t.field({ type: ReportSettingsRef, description: 'The file format asked for.', resolve: (task) => task.settings ?? null }),
  }),
});

/** int64 counters arrive as numbers, or as strings past 2^53 (upstream/json.ts). */
function num(v: number | string | undefined): number | undefined {
  if (v === undefined || v === null) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** `reportTask(id:)` takes the task's global ID or the Reporter's own task id. */
function taskIdOf(id: string, ctx: IdOwner): string {
  // Not a global ID: a Reporter task id.
  return rawIdOfType(id, 'ReportTask', ctx) ?? id;
}

builder.queryFields((t) => ({
  reportTasks: t.connection(
    {
      type: ReportTaskRef,
      description:
        'The account’s report exports, newest first as the Reporter lists them. `GET reports` returns every task in one call; filtering and paging happen here.',
      args: {
        status: t.arg({ type: [ReportTaskStatusEnum], required: false, description: 'Only tasks in one of these statuses.' }),
        kind: t.arg({ type: [ReportKindEnum], required: false, description: 'Only tasks of one of these kinds.' }),
      },
      resolve: async (_root, args, ctx) => {
        const window = windowOf(args, ctx.config.maxPageSize);
        const statuses = args.status?.length ? new Set<string>(args.status) : undefined;
        const kinds = args.kind?.length ? new Set<string>(args.kind) : undefined;
        const all = (await ctx.loaders.reporter.reportTaskList.load('all')).filter(
          (task) =>
            (!statuses || statuses.has(knownOrUnknown(task.status, REPORT_TASK_STATUSES) ?? '')) &&
            (!kinds || kinds.has(knownOrUnknown(task.reportType, REPORT_KINDS) ?? '')),
        );
        for (const task of all) ctx.loaders.reporter.reportTaskById.prime(task.taskId, task);
        return connectionOf(all.slice(window.offset, window.offset + window.count), window, all.length);
      },
    },
    {
      name: 'ReportTaskConnection',
      description: 'A page of report exports.',
      edgesField: { description: 'The report exports of this page, each with its cursor.' },
      fields: (tc) => ({
        totalCount: tc.int({
          nullable: false,
          description: 'How many tasks match, over all pages.',
          resolve: (c) => (c as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    { name: 'ReportTaskEdge', description: 'A report export in a page of them.', nodeField: { description: 'The report export.' } },
  ),
  reportTask: t.field({
    type: ReportTaskRef,
    description: 'One report export, fresh from the Reporter (poll it to follow progress). Fails with NOT_FOUND for an unknown id.',
    args: { id: t.arg.id({ required: true, description: 'The task’s global ID, or the Reporter’s task id (`taskId`).' }) },
    resolve: (_root, args, ctx) => ctx.loaders.reporter.reportTaskById.load(checkPathId(taskIdOf(String(args.id), ctx), 'id')),
  }),
}));
