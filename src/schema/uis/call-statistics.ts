import { builder } from '../builder.js';
import { READ } from '../type-scopes.js';
import { checkBuckets, countCalls, type CallBucket, type CallCounts } from '../../backends/uis/call-counts.js';
import { checkCallsFilter, toWireFilter } from '../../backends/uis/call-filters.js';
import { splitPeriod, wirePeriod } from '../../backends/uis/periods.js';
import { badUserInput } from '../../gateway/errors.js';
import { filterArgs, type FilterArg } from './call.js';
import { CallFilterTreeInput, CallPeriodInput, CallsFilterInput } from './call-inputs.js';

/** A supervisor's charts: calls per hour or day, and the share of them that was lost. */

const HOUR_MS = 3_600_000;
/** Real zones lie within UTC−12:00 … UTC+14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

const CallStatisticsIntervalEnum = builder.enumType('CallStatisticsInterval', {
  description: 'The bucket size of call statistics.',
  values: {
    HOUR: { value: HOUR_MS, description: 'One hour.' },
    DAY: { value: 24 * HOUR_MS, description: 'One day (beginning where `utcOffsetMinutes` says).' },
  },
});

type Stats = CallCounts & { from: Date; to: Date };

const CallStatisticsPointRef = builder.objectRef<CallBucket>('CallStatisticsPoint').implement({
  ...READ,
  description: 'The calls of one bucket.',
  fields: (t) => ({
    time: t.field({ type: 'DateTime', nullable: false, description: 'Start of the bucket.', resolve: (b) => b.time }),
    total: t.int({ nullable: false, description: 'Calls that started in the bucket.', resolve: (b) => b.total }),
    lost: t.int({ nullable: false, description: 'Of them, lost calls (UIS `is_lost`).', resolve: (b) => b.lost }),
  }),
});

const CallStatisticsRef = builder.objectRef<Stats>('CallStatistics').implement({
  ...READ,
  description: 'Calls of a period counted per bucket, with the lost ones.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', nullable: false, description: 'Start of the period asked for.', resolve: (s) => s.from }),
    to: t.field({ type: 'DateTime', nullable: false, description: 'End of the period asked for.', resolve: (s) => s.to }),
    total: t.int({ nullable: false, description: 'Calls in the period.', resolve: (s) => s.total }),
    lost: t.int({ nullable: false, description: 'Lost calls in the period (UIS `is_lost`).', resolve: (s) => s.lost }),
    lostShare: t.float({ description: 'lost ÷ total, between 0 and 1; null when there were no calls.', resolve: (s) => (s.total ? s.lost / s.total : null) }),
    points: t.field({
      type: [CallStatisticsPointRef],
      nullable: false,
      description: 'Every bucket of the period, oldest first, empty ones included (a chart needs no gap filling).',
      resolve: (s) => s.buckets,
    }),
  }),
});

builder.queryField('callStatistics', (t) =>
  t.field({
    type: CallStatisticsRef,
    // Counts, not Call objects: the answer holds no type UIS owns, so the bulkheads learn it here.
    extensions: { backends: ['uis'] },
    description:
      'Calls of a period counted per hour or day, with the lost ones. UIS has no aggregate method, so the rows of get.calls_report are counted (two fields, 10 000 rows per request: a day of a busy account is one request); at most 744 buckets, and at most 110 000 calls per 3-month window (else BAD_USER_INPUT).',
    args: {
      period: t.arg({ type: CallPeriodInput, required: true, description: 'The time range; both ends inclusive.' }),
      interval: t.arg({ type: CallStatisticsIntervalEnum, required: true, defaultValue: HOUR_MS, description: 'Bucket size.' }),
      utcOffsetMinutes: t.arg.int({
        required: true,
        defaultValue: 0,
        description: 'The caller’s zone in minutes east of UTC (e.g. 180 for Moscow): where buckets begin.',
      }),
      filter: t.arg({ type: CallsFilterInput, description: 'Typed filters for the common cases (as on `calls`).' }),
      where: t.arg({ type: CallFilterTreeInput, description: 'A raw filter tree over get.calls_report fields, ANDed with `filter`.' }),
    },
    resolve: async (_root, args, ctx) => {
      // Every argument is checked before the first upstream request (get.account included).
      const { from, to } = args.period;
      if (Math.abs(args.utcOffsetMinutes) > MAX_OFFSET_MINUTES) throw badUserInput('`utcOffsetMinutes` must be between -840 and 840', 'utcOffsetMinutes');
      const checked = checkCallsFilter(filterArgs(args.filter as FilterArg | null, ctx), args.where);
      if (from.getTime() > to.getTime()) throw badUserInput('`period.from` must not be after `period.to`', 'period');
      checkBuckets(from, to, args.interval, args.utcOffsetMinutes);
      const uis = ctx.loaders.uis;
      const zone = await uis.zone();
      const period = wirePeriod(args.period, zone);
      const counts = await countCalls(
        uis.client,
        zone,
        { windows: splitPeriod(period.date_from, period.date_till), filter: toWireFilter(checked, zone), from, to, bucketMs: args.interval, utcOffsetMinutes: args.utcOffsetMinutes },
        ctx.signal,
      );
      return { ...counts, from, to };
    },
  }),
);
