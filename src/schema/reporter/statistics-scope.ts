import type { AnalyticsFilter, FiltersDto } from '../../backends/reporter/filters.js';
import type { AdvancedStatsRequest, SimpleStatsRequest } from '../../backends/reporter/loaders-analytics.js';
import type { SimpleStatsQuery } from '../../backends/reporter/types-analytics.js';
import { badUserInput } from '../../gateway/errors.js';

/**
 * What `Query.statistics` was asked for, validated once; every Statistics field turns it into its
 * own endpoint's request. Until the shared Reporter filter input is wired in here, the scope is a
 * period, bots and a bucket size, and the FiltersDto is built from them (reporter-api.md §2.1).
 */
export interface StatsScope {
  from: Date;
  to: Date;
  botIds: string[];
  /** IntervalType: HOUR | DAY | WEEK | MONTH | QUARTER | YEAR (§2.1). */
  interval: string;
  step: number;
  /** Sent as the `Timezone` header; minutes east of UTC (GUESS §1.1: unit and sign undocumented). */
  utcOffsetMinutes: number;
}

export interface StatsArgs {
  period: { from: Date; to: Date };
  botIds?: readonly string[] | null;
  interval?: string | null;
  step?: number | null;
  utcOffsetMinutes?: number | null;
}

/** The largest bucket multiple we accept; the spec gives none (GUESS), and larger is never useful. */
const MAX_STEP = 1000;
/** Real zones lie within UTC−12:00 … UTC+14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** Validates the arguments: BAD_USER_INPUT naming the argument, before any upstream call. */
export function statsScope(args: StatsArgs): StatsScope {
  const { from, to } = args.period;
  if (from.getTime() > to.getTime()) throw badUserInput('`period.from` must not be after `period.to`', 'period');
  const step = args.step ?? 1;
  if (!Number.isInteger(step) || step < 1 || step > MAX_STEP) throw badUserInput(`\`step\` must be between 1 and ${MAX_STEP}`, 'step');
  const offset = args.utcOffsetMinutes ?? 0;
  if (Math.abs(offset) > MAX_OFFSET_MINUTES) throw badUserInput('`utcOffsetMinutes` must be between -840 and 840', 'utcOffsetMinutes');
  const botIds = [...(args.botIds ?? [])];
  if (botIds.some((b) => b.trim() === '')) throw badUserInput('`botIds` must not contain empty ids', 'botIds');
  return { from, to, botIds, interval: args.interval ?? 'DAY', step, utcOffsetMinutes: offset };
}

/**
 * The FiltersDto of an advanced-statistics call. Session-level endpoints (sessions, session labels)
 * take the period as SESSION_START_TIME; message-level ones (messages, message labels) as
 * MESSAGE_TIME, so a message counts in the period it was sent in (INFERRED: the two keys exist for
 * exactly this, §2.1). Bots are BOT_ID options (CHECKBOX, GUESS §2.1).
 */
export function statsFilters(scope: StatsScope, level: 'session' | 'message'): FiltersDto {
  const filters: AnalyticsFilter[] = [
    {
      key: level === 'session' ? 'SESSION_START_TIME' : 'MESSAGE_TIME',
      type: 'DATE_TIME_RANGE',
      from: scope.from.toISOString(),
      to: scope.to.toISOString(),
    },
  ];
  if (scope.botIds.length) filters.push({ key: 'BOT_ID', type: 'CHECKBOX', options: scope.botIds, comparisonType: 'CONTAINS' });
  return { filters };
}

export function advancedRequest(scope: StatsScope, level: 'session' | 'message'): AdvancedStatsRequest {
  return {
    query: { intervalType: scope.interval, step: scope.step },
    filters: statsFilters(scope, level),
    headers: { timezone: scope.utcOffsetMinutes },
  };
}

/** `yyyy-MM-dd` of an instant in the caller's zone: the simple stats take whole days (§1.1). */
export function localDate(at: Date, utcOffsetMinutes: number): string {
  return new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The simple stats' day range: every day the period touches, both ends inclusive (§3.1). */
export function simpleRequest(scope: StatsScope): SimpleStatsRequest {
  const query: SimpleStatsQuery = {
    dateFrom: localDate(scope.from, scope.utcOffsetMinutes),
    dateTo: localDate(scope.to, scope.utcOffsetMinutes),
  };
  if (scope.botIds.length) query.botIds = scope.botIds;
  return { query, headers: { timezone: scope.utcOffsetMinutes } };
}
