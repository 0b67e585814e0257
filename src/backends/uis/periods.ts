import { badUserInput } from '../../gateway/errors.js';
import { formatUisDate, isUisDate, parseUisDate } from './dates.js';

/**
 * Report periods on the wire. get.calls_report needs `date_from`/`date_till` at most 3 months apart
 * (uis-data-api.md §10, `date_interval_limit_reached`); longer periods are split into consecutive
 * windows. Both bounds are inclusive, as the API treats them (INFERRED, §10; the simulator agrees).
 */

export interface WirePeriod {
  date_from: string;
  date_till: string;
}

const DAY_MS = 86_400_000;

/** A wire date plus n calendar months, clamped to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addMonthsWire(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}${date.slice(10)}`;
}

/** Shifts a wire date by whole seconds, as naive wall-clock arithmetic (zone-free, so DST cannot bite). */
export function addSecondsWire(date: string, seconds: number): string {
  const t = parseUisDate(date, 'UTC')!.getTime() + seconds * 1000;
  return formatUisDate(new Date(t), 'UTC');
}

/**
 * The last instant (inclusive) one request starting at `from` may cover: the earlier of 3 calendar
 * months and 90 days later. The API says "3 months" without defining month arithmetic, so the
 * gateway stays inside the safe 90-day rule the spec recommends (§10) whichever way the upstream
 * counts. Both bounds are inclusive and the simulator refuses only `till > from + 3 months`, so a
 * period of exactly 90 days is one request (an exclusive end sent an extra, empty one-second window).
 */
function windowLast(from: string): string {
  const months = addMonthsWire(from, 3);
  const days = formatUisDate(new Date(parseUisDate(from, 'UTC')!.getTime() + 90 * DAY_MS), 'UTC');
  return months < days ? months : days;
}

/** True when one request may cover [from, till] (both inclusive). */
export function fitsOneWindow(from: string, till: string): boolean {
  return till <= windowLast(from);
}

/** Consecutive, non-overlapping windows covering [from, till], each within the 3-month limit. */
export function splitPeriod(from: string, till: string): WirePeriod[] {
  if (!isUisDate(from) || !isUisDate(till)) throw new TypeError('splitPeriod needs wire dates');
  const out: WirePeriod[] = [];
  let start = from;
  while (start <= till) {
    const last = windowLast(start);
    if (till <= last) {
      out.push({ date_from: start, date_till: till });
      break;
    }
    out.push({ date_from: start, date_till: last });
    start = addSecondsWire(last, 1);
  }
  return out;
}

/**
 * Groups sorted wire dates into runs that each fit one request window; returns index groups.
 * Used to fetch calls by id: `id in [...]` over the span of their dates, split only past 3 months.
 */
export function groupBySpan(dates: string[]): number[][] {
  const order = dates.map((d, i) => i).sort((a, b) => (dates[a] < dates[b] ? -1 : dates[a] > dates[b] ? 1 : 0));
  const groups: number[][] = [];
  let current: number[] = [];
  for (const i of order) {
    if (current.length > 0 && !fitsOneWindow(dates[current[0]], dates[i])) {
      groups.push(current);
      current = [];
    }
    current.push(i);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A GraphQL period as wire dates in the account zone; BAD_USER_INPUT when `from` is after `to`. */
export function wirePeriod(period: { from: Date; to: Date }, zone: string, argument = 'period'): WirePeriod {
  checkPeriod(period, argument);
  // Wire dates have whole seconds: round `from` up so that a call just before it is not included.
  const from = new Date(Math.ceil(period.from.getTime() / 1000) * 1000);
  return { date_from: formatUisDate(from, zone), date_till: formatUisDate(period.to, zone) };
}

/**
 * The longest period one field may ask for: every 3-month window is a request (and a point of the
 * account's budget, §11.8), so an open-ended "since 2000" is refused rather than fanned out.
 * @default 2 years (about 9 windows)
 */
export const MAX_PERIOD_DAYS = 731;

/** The zone-free part of period validation, run before any upstream call (even get.account). */
export function checkPeriod(period: { from: Date; to: Date }, argument = 'period'): void {
  if (period.from.getTime() > period.to.getTime()) {
    throw badUserInput('`period.from` must not be after `period.to`', argument);
  }
  if (period.to.getTime() - period.from.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
    throw badUserInput(`A period may span at most ${MAX_PERIOD_DAYS} days; each 3 months costs one UIS request`, argument);
  }
}
