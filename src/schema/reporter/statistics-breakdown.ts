import type { LogLabelStatsDto, SessionLabelStatsDto } from '../../backends/reporter/types-analytics.js';
import { builder } from '../builder.js';
import { MessageLabelRef, SessionLabelRef } from './refs.js';
import { TimeSeriesRef } from './statistics-time-series.js';
import { READ } from '../type-scopes.js';

type SessionLabelRow = SessionLabelStatsDto['stats'][number];
type MessageLabelRow = LogLabelStatsDto['stats'][number];

/**
 * Per-label statistics (reporter-api.md §2.5 "Label statistics"): one row per label with its time
 * series. Each row embeds its label (with the group, for message labels), so `label { … }` costs
 * no further request.
 */
export const SessionLabelStatisticsRef = builder.objectRef<SessionLabelRow>('SessionLabelStatistics').implement({
  ...READ,
  description: 'Sessions carrying one session label, per time bucket (`stats/session-labels`).',
  fields: (t) => ({
    label: t.field({ type: SessionLabelRef, nullable: false, description: 'The session label (sent with the row).', resolve: (r) => r.label }),
    series: t.field({
      type: TimeSeriesRef,
      nullable: false,
      description: 'Labelled sessions per bucket, with their total.',
      resolve: (r) => ({ points: r.tsToValues ?? [], total: r.totalCount }),
    }),
  }),
});

export const MessageLabelStatisticsRef = builder.objectRef<MessageLabelRow>('MessageLabelStatistics').implement({
  ...READ,
  description: 'Messages carrying one message label, per time bucket (`stats/log-labels`).',
  fields: (t) => ({
    label: t.field({
      type: MessageLabelRef,
      nullable: false,
      description: 'The message label, with its group (sent with the row).',
      resolve: (r) => r.label,
    }),
    series: t.field({
      type: TimeSeriesRef,
      nullable: false,
      description: 'Labelled messages per bucket, with their total.',
      resolve: (r) => ({ points: r.tsToValues ?? [], total: r.totalCount }),
    }),
  }),
});
