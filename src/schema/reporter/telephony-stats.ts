import type { TelephonyStats } from '../../backends/reporter/types-analytics.js';
import { builder } from '../builder.js';
import { TimeSeriesRef } from './statistics-time-series.js';
import { READ } from '../type-scopes.js';

/** TelephonyStats (reporter-api.md §2.8), from `GET stats/telephony` (§3.1): whole days, per day. */
export const TelephonyStatisticsRef = builder.objectRef<TelephonyStats>('TelephonyStatistics').implement({
  ...READ,
  description: 'The telephony channel’s calls per day over the period’s whole days (`stats/telephony`).',
  fields: (t) => ({
    averageCallDurationSeconds: t.float({
      description: 'Average call duration in seconds.',
      resolve: (s) => (s.averageCallDurationInSeconds === undefined ? null : Number(s.averageCallDurationInSeconds)),
    }),
    billed: t.field({
      type: TimeSeriesRef,
      nullable: false,
      description: 'Billed calls per day, with their sum.',
      resolve: (s) => ({ points: s.billingCount ?? [] }),
    }),
    incoming: t.field({
      type: TimeSeriesRef,
      nullable: false,
      description: 'Incoming calls per day, with their sum.',
      resolve: (s) => ({ points: s.incomingCount ?? [] }),
    }),
    outgoing: t.field({
      type: TimeSeriesRef,
      nullable: false,
      description: 'Outgoing calls per day, with their sum.',
      resolve: (s) => ({ points: s.outgoingCount ?? [] }),
    }),
  }),
});
