import { checkPathId } from '../../upstream/path.js';
import { watchReportTask, type ReportTaskEvent } from '../../backends/reporter/report-poller.js';
import type { ReportGenerationTaskDto } from '../../backends/reporter/types-analytics.js';
import { requireBackend } from '../../backends/registry.js';
import { builder } from '../builder.js';
import { badUserInput } from '../../gateway/errors.js';
import { upstreamIdOf } from './refs.js';
import { ReportTaskRef } from './report-task.js';

/**
 * `reportTaskUpdated(id)`: a report export's progress pushed over GraphQL-over-SSE (Yoga's
 * distinct-connections mode: POST with `Accept: text/event-stream`). The legacy Reporter has no
 * push (§3.11), so the gateway polls `GET reports/tasks/{id}`, with one poller per task and
 * credentials shared by every subscriber (backends/reporter/report-poller.ts).
 */

builder.subscriptionField('reportTaskUpdated', (t) =>
  t.field({
    type: ReportTaskRef,
    description:
      'Follows a report export: the task now, then each time it changes, until it is COMPLETED, FAILED, STOPPED or DELETED (an id the Reporter no longer knows ends as DELETED); then the stream completes. Polled upstream at a bounded rate with one poller per task shared by every subscriber. An upstream failure that persists arrives as an error event, and the stream completes.',
    args: { id: t.arg.id({ required: true, description: 'The task’s global ID, or the Reporter’s task id.' }) },
    subscribe: (_root, args, ctx) => {
      const raw = String(args.id).trim();
      if (raw === '') throw badUserInput('`id` must not be empty', 'id');
      const client = requireBackend(ctx.backends, 'reporter');
      const coordination = ctx.shared?.reports;
      // With REDIS_URL one replica polls a task for every replica's subscribers (shared/report-coordination.ts).
      const across = coordination && { coordination, tenant: ctx.principal.tenant };
      return watchReportTask(client, checkPathId(upstreamIdOf(raw, 'ReportTask', ctx), 'id'), { intervalMs: ctx.config.reportPollIntervalMs, across }, ctx.requestSignal);
    },
    // An Error event becomes this field's error (null plus the error, with its code), not a broken stream.
    resolve: (event: ReportTaskEvent): ReportGenerationTaskDto => {
      if (event instanceof Error) throw event;
      return event;
    },
  }),
);
