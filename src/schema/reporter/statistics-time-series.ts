import type { TimestampToValue } from '../../backends/reporter/types-analytics.js';
import { builder } from '../builder.js';
import { READ } from '../type-scopes.js';

/** A series as the resolvers hand it over: the points, and the total when the Reporter sends one. */
export interface SeriesShape {
  points: TimestampToValue[];
  /** The Reporter's `totalCount`; when absent (telephony), the sum of the points. */
  total?: number | string;
}

/**
 * `ts` is an epoch timestamp, probably milliseconds (reporter-api.md §1.1, INFERRED/GUESS). A
 * numeric string (an int64 past 2^53, upstream/json.ts) or an ISO string is read too, so a server
 * that differs still yields a date rather than an error.
 */
export function timeOf(ts: number | string): Date | null {
  const n = typeof ts === 'number' ? ts : /^-?\d+$/.test(ts) ? Number(ts) : Date.parse(ts);
  return Number.isFinite(n) ? new Date(n) : null;
}

export const TimeSeriesPointRef = builder.objectRef<TimestampToValue>('TimeSeriesPoint').implement({
  ...READ,
  description: 'One bucket of a statistics time series (TimestampToValue, reporter-api.md §1.1).',
  fields: (t) => ({
    time: t.field({
      type: 'DateTime',
      description: 'Start of the bucket (the Reporter’s `ts`, epoch milliseconds: GUESS §1.1).',
      resolve: (p) => timeOf(p.ts),
    }),
    value: t.float({ nullable: false, description: 'The count (or value) in the bucket.', resolve: (p) => Number(p.value) }),
  }),
});

export const TimeSeriesRef = builder.objectRef<SeriesShape>('TimeSeries').implement({
  ...READ,
  description: 'Counts per time bucket, with their total. The Reporter lists only buckets that hold data (GUESS: sparse).',
  fields: (t) => ({
    points: t.field({
      type: [TimeSeriesPointRef],
      nullable: false,
      description: 'The buckets, oldest first.',
      resolve: (s) => [...s.points].sort((a, b) => (timeOf(a.ts)?.getTime() ?? 0) - (timeOf(b.ts)?.getTime() ?? 0)),
    }),
    total: t.float({
      nullable: false,
      description: 'The total over the whole period (the Reporter’s `totalCount`, or the sum of the buckets where it sends none).',
      resolve: (s) => (s.total !== undefined ? Number(s.total) : s.points.reduce((sum, p) => sum + Number(p.value), 0)),
    }),
  }),
});
