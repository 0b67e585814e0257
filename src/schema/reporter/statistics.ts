import { builder } from '../builder.js';
import { badUserInput } from '../../gateway/errors.js';
import { MessageLabelStatisticsRef, SessionLabelStatisticsRef } from './statistics-breakdown.js';
import { advancedRequest, simpleRequest, statsScope, type StatsScope } from './statistics-scope.js';
import { TimeSeriesRef } from './statistics-time-series.js';
import { ReporterPeriodInput } from './statistics-period.js';
import { ProjectUniqueClientsRef } from './statistics-unique-clients.js';
import { MAX_SESSION_RESULTS, SessionResultStatisticsRef, sessionResultStatistics } from './statistics-results.js';
import { TelephonyStatisticsRef } from './telephony-stats.js';
import { READ } from '../type-scopes.js';

const StatisticsIntervalEnum = builder.enumType('StatisticsInterval', {
  description: 'The bucket size of a statistics time series (IntervalType, reporter-api.md §2.1).',
  values: {
    HOUR: { description: 'One hour.' },
    DAY: { description: 'One day (in the zone given by `utcOffsetMinutes`).' },
    WEEK: { description: 'One week.' },
    MONTH: { description: 'One calendar month.' },
    QUARTER: { description: 'One calendar quarter.' },
    YEAR: { description: 'One calendar year.' },
  },
});

const TransferMethodEnum = builder.enumType('OperatorTransferMethod', {
  description: 'How a session counts as switched to an operator (`transferToOperatorMethod`, §3.1).',
  values: {
    SWITCH: { description: 'The scenario switched the dialogue to a livechat operator.' },
    TEXT: { description: 'The bot answered with a given text (`textForTransfer`) that announces a transfer.' },
  },
});

/**
 * The statistics of one period. Each field is its own Reporter endpoint and is fetched only when
 * selected: N selected fields make N requests (equal ones, e.g. aliases, share one).
 */
const StatisticsRef = builder.objectRef<StatsScope>('Statistics').implement({
  ...READ,
  description:
    'Reporter statistics over one period and set of bots. Each field calls its own statistics endpoint, only when selected.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', nullable: false, description: 'Start of the period asked for.', resolve: (s) => s.from }),
    to: t.field({ type: 'DateTime', nullable: false, description: 'End of the period asked for.', resolve: (s) => s.to }),
    sessions: t.field({
      type: TimeSeriesRef,
      description: 'Sessions started per bucket, with their total (`stats/sessions/with-advanced-filters`).',
      resolve: async (s, _args, ctx) => {
        const dto = await ctx.loaders.reporter.sessionStats.load(advancedRequest(s, 'session'));
        return { points: dto.stats ?? [], total: dto.totalCount };
      },
    }),
    sessionResults: t.field({
      type: [SessionResultStatisticsRef],
      description:
        'Sessions started per bucket for each session result (SESSION_RESULT), most frequent first: one `filter-options` call for the results in the period, then one `stats/sessions/with-advanced-filters` per result.',
      args: {
        first: t.arg.int({ required: true, defaultValue: 10, description: `How many results, most frequent first (1–${MAX_SESSION_RESULTS}); each is one request.` }),
      },
      resolve: (s, args, ctx) => sessionResultStatistics(s, args.first, ctx),
    }),
    messages: t.field({
      type: TimeSeriesRef,
      description: 'Messages sent per bucket, with their total (`stats/messages/with-advanced-filters`).',
      resolve: async (s, _args, ctx) => {
        const dto = await ctx.loaders.reporter.messageStats.load(advancedRequest(s, 'message'));
        return { points: dto.stats ?? [], total: dto.totalCount };
      },
    }),
    sessionLabels: t.field({
      type: [SessionLabelStatisticsRef],
      description: 'Per session label: labelled sessions per bucket (`stats/session-labels`).',
      resolve: async (s, _args, ctx) => (await ctx.loaders.reporter.sessionLabelStats.load(advancedRequest(s, 'session'))).stats ?? [],
    }),
    messageLabels: t.field({
      type: [MessageLabelStatisticsRef],
      description: 'Per message label: labelled messages per bucket (`stats/log-labels`).',
      resolve: async (s, _args, ctx) => (await ctx.loaders.reporter.messageLabelStats.load(advancedRequest(s, 'message'))).stats ?? [],
    }),
    telephony: t.field({
      type: TelephonyStatisticsRef,
      description: 'Telephony calls per day over the whole days the period touches (`stats/telephony`); the interval does not apply.',
      resolve: (s, _args, ctx) => ctx.loaders.reporter.telephonyStats.load(simpleRequest(s)),
    }),
    switchedSessions: t.field({
      type: TimeSeriesRef,
      description:
        'Sessions switched to an operator, per day over the whole days the period touches (`stats/switched-sessions`); the interval does not apply.',
      args: {
        method: t.arg({ type: TransferMethodEnum, required: true, defaultValue: 'SWITCH', description: 'What counts as a switch.' }),
        textForTransfer: t.arg.string({ description: 'With TEXT (required there): the bot answer that announces a transfer.' }),
      },
      resolve: async (s, args, ctx) => {
        const text = args.textForTransfer ?? undefined;
        if (args.method === 'TEXT' && !text?.trim()) throw badUserInput('`textForTransfer` is required with method TEXT', 'textForTransfer');
        const base = simpleRequest(s);
        const query = { ...base.query, transferToOperatorMethod: args.method, ...(args.method === 'TEXT' ? { textForTransfer: text } : {}) };
        const dto = await ctx.loaders.reporter.switchedSessionStats.load({ query, headers: base.headers });
        return { points: dto.stats ?? [], total: dto.totalCount };
      },
    }),
    uniqueClients: t.field({
      type: [ProjectUniqueClientsRef],
      description: 'Distinct clients per project over all time (`stats/unique-clients`); the period and bots do not apply.',
      resolve: (_s, _args, ctx) => ctx.loaders.reporter.uniqueClients.load('all'),
    }),
  }),
});

builder.queryField('statistics', (t) =>
  t.field({
    type: StatisticsRef,
    description:
      'Reporter statistics for a period (and optionally some bots). Select only what you show: each field is one upstream request. Arguments are checked before any request.',
    args: {
      period: t.arg({ type: ReporterPeriodInput, required: true, description: 'The period, both ends included.' }),
      botIds: t.arg.stringList({ description: 'Only these bots (channel ids, `botId`); all bots when omitted.' }),
      interval: t.arg({
        type: StatisticsIntervalEnum,
        required: true,
        defaultValue: 'DAY',
        description: 'Bucket size of the time series (sessions, messages, labels).',
      }),
      step: t.arg.int({
        required: true,
        defaultValue: 1,
        description: 'How many intervals one bucket spans (1–1000), e.g. 2 with WEEK for fortnights.',
      }),
      utcOffsetMinutes: t.arg.int({
        required: true,
        defaultValue: 0,
        description:
          'The caller’s zone in minutes east of UTC (e.g. 180 for Moscow): where days begin, for buckets and for the day-based stats. Sent as the `Timezone` header (GUESS: unit and sign are undocumented, §1.1).',
      }),
    },
    resolve: (_root, args) => statsScope(args),
  }),
);
