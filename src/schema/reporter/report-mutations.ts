import { checkPathId } from '../../upstream/path.js';
import { encodeId } from '../global-id.js';
import type { CreateReportDto, ReportGenerationTaskDto, ReporterHeaders, TelephonyReportQuery } from '../../backends/reporter/types-analytics.js';
import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { InvalidInputError, MUTATION_ERRORS, mutationWork } from '../mutation-errors.js';
import { toAnalyticsFilters } from './filter-convert.js';
import { ReporterFilterInput } from './filter-input.js';
import { upstreamIdOf } from './refs.js';
import { ReportSettingsInput, reportSettingsOf } from './report-settings-input.js';
import { ReportTaskRef } from './report-task.js';
import { ReporterPeriodInput } from './statistics-period.js';
import { botIds, language, required, utcOffset } from './write-checks.js';

/**
 * Report exports (reporter-api.md §3.11, the legacy synchronous API: each POST answers the new
 * ReportGenerationTaskDto). The filtered kinds take the same `ReporterFilter` the `sessions`,
 * `messages` and `reporterClients` queries take; telephony takes a period and bots; daily a date.
 * The created task is primed into the request's loaders, so the payload needs no second call.
 * Follow progress with `reportTask(id)` or the `reportTaskUpdated(id)` subscription.
 */

/** The report kinds created from a CreateReportDto (filters + settings), and their endpoints. */
const FILTERED_KINDS = {
  SESSIONS: { endpoint: 'createSessionsReport', description: 'Sessions (POST reports/sessions).' },
  MESSAGES: { endpoint: 'createMessagesReport', description: 'Messages (POST reports/messages).' },
  CLIENTS: { endpoint: 'createClientsReport', description: 'Clients (POST reports/clients).' },
  CLIENTS_LIST: { endpoint: 'createClientListReport', description: 'The client list (POST reports/client-list).' },
} as const;
type FilteredKind = keyof typeof FILTERED_KINDS;

const FilteredReportKindEnum = builder.enumType('FilteredReportKind', {
  description: 'The report kinds that export what a `ReporterFilter` matches.',
  values: Object.fromEntries(Object.entries(FILTERED_KINDS).map(([k, v]) => [k, { value: k, description: v.description }])) as Record<
    FilteredKind,
    { value: FilteredKind; description: string }
  >,
});

const CreateReportSuccess = builder.objectRef<ReportGenerationTaskDto>('CreateReportSuccess').implement({
  description: 'The report export was requested; `task` is the new task (normally CREATED).',
  fields: (t) => ({
    task: t.field({ type: ReportTaskRef, nullable: false, description: 'The new report task, as the Reporter answered it.', resolve: (task) => task }),
  }),
});

const DeleteReportTaskSuccess = builder.objectRef<{ taskId: string }>('DeleteReportTaskSuccess').implement({
  description: 'The report task (and its file) is deleted.',
  fields: (t) => ({
    taskId: t.exposeString('taskId', { nullable: false, description: 'The Reporter id of the deleted task.' }),
    deletedId: t.id({ nullable: false, description: 'The global ID it had, to drop it from client caches.', resolve: (p, _args, ctx) => encodeId('ReportTask', p.taskId, ctx) }),
  }),
});

const DeleteCompletedReportTasksSuccess = builder.objectRef<Record<string, never>>('DeleteCompletedReportTasksSuccess').implement({
  description: 'Every COMPLETED task is deleted (DELETE reports); tasks still running, failed or stopped stay.',
  fields: (t) => ({
    remainingTasks: t.field({
      type: [ReportTaskRef],
      nullable: false,
      description: 'The tasks left, read after the deletion (one `GET reports`, only when selected).',
      resolve: (_p, _a, ctx) => ctx.loaders.reporter.reportTaskList.load('all'),
    }),
  }),
});

const errorsOf = (name: string, what: string) => ({
  types: MUTATION_ERRORS,
  directResult: true as const,
  union: { name, description: `${what}, or why not.` },
});

function headersOf(args: { utcOffsetMinutes?: number | null; language?: string | null }): ReporterHeaders | undefined {
  const timezone = utcOffset(args.utcOffsetMinutes);
  const lang = language(args.language);
  if (timezone === undefined && lang === undefined) return undefined;
  return { ...(timezone !== undefined ? { timezone } : {}), ...(lang !== undefined ? { language: lang } : {}) };
}

/** The new task serves `reportTask(id)` in this request; the cached list no longer holds every task. */
function remember(ctx: Context, task: ReportGenerationTaskDto): ReportGenerationTaskDto {
  ctx.loaders.reporter.reportTaskList.clearAll();
  ctx.loaders.reporter.reportTaskById.prime(task.taskId, task);
  return task;
}

/** `yyyy-MM-dd`, a real calendar day (CreateDailyReportDto.date, `format: date`, §2.10). */
function dayOf(raw: string): string {
  const v = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!d || d.toISOString().slice(0, 10) !== v) throw new InvalidInputError('`date` must be a calendar day as yyyy-MM-dd', 'date');
  return v;
}

const HEADER_ARGS = {
  utcOffsetMinutes: 'The caller’s zone for dates in the file: minutes east of UTC (the `Timezone` header, GUESS §1.1).',
  language: 'Language of column titles, e.g. `en` or `ru` (the `language` header).',
};

builder.mutationFields((t) => ({
  createReport: t.field({
    type: CreateReportSuccess,
    description:
      'Requests a report export of sessions, messages, clients or the client list, filtered like the matching query (POST reports/{sessions|messages|clients|client-list}). Never retried automatically: after an UNKNOWN outcome, look for the task in `reportTasks` before asking again.',
    authScopes: { reports: true },
    errors: errorsOf('CreateReportResult', 'The new report task'),
    args: {
      kind: t.arg({ type: FilteredReportKindEnum, required: true, description: 'What to export.' }),
      filter: t.arg({ type: ReporterFilterInput, description: 'Which records; the same input the queries take. Left out: all of them.' }),
      settings: t.arg({ type: ReportSettingsInput, description: 'File format; left out: the Reporter’s defaults.' }),
      utcOffsetMinutes: t.arg.int({ description: HEADER_ARGS.utcOffsetMinutes }),
      language: t.arg.string({ description: HEADER_ARGS.language }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const body: CreateReportDto = { filters: toAnalyticsFilters(args.filter, 'filter') };
        const settings = reportSettingsOf(args.settings);
        if (settings) body.settings = settings;
        const headers = headersOf(args);
        const client = ctx.loaders.reporter.client;
        const o = { signal: ctx.signal };
        const kind = args.kind as FilteredKind;
        const task =
          kind === 'SESSIONS' ? await client.createSessionsReport(body, headers, o)
          : kind === 'MESSAGES' ? await client.createMessagesReport(body, headers, o)
          : kind === 'CLIENTS' ? await client.createClientsReport(body, headers, o)
          : await client.createClientListReport(body, headers, o);
        return remember(ctx, task);
      }),
  }),
  createTelephonyReport: t.field({
    type: CreateReportSuccess,
    description: 'Requests a telephony report export for a period and bots (POST reports/telephony; the spec gives it no file settings).',
    authScopes: { reports: true },
    errors: errorsOf('CreateTelephonyReportResult', 'The new report task'),
    args: {
      period: t.arg({ type: ReporterPeriodInput, description: 'Calls in this period (`startTime`/`endTime`); left out: all.' }),
      botIds: t.arg.stringList({ description: 'Only these bots (`botIds`); left out: all.' }),
      utcOffsetMinutes: t.arg.int({ description: HEADER_ARGS.utcOffsetMinutes }),
      language: t.arg.string({ description: HEADER_ARGS.language }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const query: TelephonyReportQuery = {};
        if (args.period) {
          if (args.period.from.getTime() > args.period.to.getTime()) throw new InvalidInputError('`period.from` must not be after `period.to`', 'period');
          query.startTime = args.period.from.toISOString();
          query.endTime = args.period.to.toISOString();
        }
        const bots = botIds(args.botIds);
        if (bots) query.botIds = bots;
        const headers = headersOf(args);
        return remember(ctx, await ctx.loaders.reporter.client.createTelephonyReport(query, headers, { signal: ctx.signal }));
      }),
  }),
  createDailyReport: t.field({
    type: CreateReportSuccess,
    description: 'Requests the daily report export of one day (POST reports/daily).',
    authScopes: { reports: true },
    errors: errorsOf('CreateDailyReportResult', 'The new report task'),
    args: {
      date: t.arg.string({ required: true, description: 'The day, `yyyy-MM-dd`.' }),
      settings: t.arg({ type: ReportSettingsInput, description: 'File format; left out: the Reporter’s defaults.' }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const date = dayOf(args.date);
        const settings = reportSettingsOf(args.settings);
        const body = settings ? { date, settings } : { date };
        return remember(ctx, await ctx.loaders.reporter.client.createDailyReport(body, { signal: ctx.signal }));
      }),
  }),
  deleteReportTask: t.field({
    // Its answer holds no Reporter-owned type: the backend map (schema/backend-map.ts) is told.
    extensions: { backends: ['reporter'] },
    type: DeleteReportTaskSuccess,
    description: 'Deletes a report task, finished or not (DELETE reports/tasks/{id}). An unknown id is a `NotFoundError`.',
    authScopes: { reports: true },
    errors: errorsOf('DeleteReportTaskResult', 'The deleted task’s id'),
    args: { id: t.arg.id({ required: true, description: 'The task’s global ID, or the Reporter’s task id.' }) },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const taskId = checkPathId(upstreamIdOf(required(String(args.id), 'id'), 'ReportTask', ctx), 'id');
        await ctx.loaders.reporter.client.deleteReportTask(taskId, { signal: ctx.signal });
        ctx.loaders.reporter.reportTaskById.clear(taskId);
        ctx.loaders.reporter.reportTaskList.clearAll();
        return { taskId };
      }),
  }),
  deleteCompletedReportTasks: t.field({
    type: DeleteCompletedReportTasksSuccess,
    description: 'Deletes every COMPLETED report task of the account (DELETE reports). With none completed it succeeds and changes nothing.',
    authScopes: { reports: true },
    errors: errorsOf('DeleteCompletedReportTasksResult', 'The tasks left'),
    resolve: (_root, _args, ctx) =>
      mutationWork(async () => {
        await ctx.loaders.reporter.client.deleteCompletedReportTasks({ signal: ctx.signal });
        ctx.loaders.reporter.reportTaskById.clearAll();
        ctx.loaders.reporter.reportTaskList.clearAll();
        return {};
      }),
  }),
}));
