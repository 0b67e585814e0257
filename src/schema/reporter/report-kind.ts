import { builder } from '../builder.js';
import { openEnumValues } from './open-enum.js';

/** ReportType (reporter-api.md §2.10); v2 adds MESSAGE_REACTION (§4). */
export const REPORT_KINDS = ['MESSAGES', 'SESSIONS', 'CLIENTS', 'TELEPHONY', 'DAILY', 'STATE_ROUTES', 'CLIENTS_LIST', 'MESSAGE_REACTION'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number] | 'UNKNOWN';

/** ReportGenerationTaskStatus (§2.10). */
export const REPORT_TASK_STATUSES = ['CREATED', 'STARTED', 'STOPPED', 'COMPLETED', 'FAILED', 'DELETED'] as const;
export type ReportTaskStatus = (typeof REPORT_TASK_STATUSES)[number] | 'UNKNOWN';

export const ReportKindEnum = builder.enumType('ReportKind', {
  description: 'What a Reporter report export contains. A kind the Reporter adds later reads UNKNOWN; see `kindRaw`.',
  values: openEnumValues<(typeof REPORT_KINDS)[number]>(
    {
      MESSAGES: 'Messages matching the filters.',
      SESSIONS: 'Sessions (dialogues) matching the filters.',
      CLIENTS: 'Clients matching the filters.',
      TELEPHONY: 'Telephony calls in a period.',
      DAILY: 'One day’s activity.',
      STATE_ROUTES: 'Scenario state routes.',
      CLIENTS_LIST: 'The client list.',
      MESSAGE_REACTION: 'Telegram message reactions (API v2 only, §4).',
    },
    'A kind this gateway does not know yet; `kindRaw` carries it.',
  ),
});

export const ReportTaskStatusEnum = builder.enumType('ReportTaskStatus', {
  description:
    'Where a report export is: CREATED → STARTED → COMPLETED, or FAILED / STOPPED (reporter-api.md §3.11, INFERRED). A status the Reporter adds later reads UNKNOWN; see `statusRaw`.',
  values: openEnumValues<(typeof REPORT_TASK_STATUSES)[number]>(
    {
      CREATED: 'Queued; no rows written yet.',
      STARTED: 'Being written; `progress` shows how far.',
      STOPPED: 'Stopped before it finished.',
      COMPLETED: 'Done: `file` links to the result.',
      FAILED: 'Failed; there is no file.',
      DELETED: 'Deleted.',
    },
    'A status this gateway does not know yet; `statusRaw` carries it.',
  ),
});
