import { badUserInput } from '../../gateway/errors.js';
import type { UisClient } from './client.js';
import { parseUisDate } from './dates.js';
import { MAX_UIS_OFFSET } from './call-list.js';
import type { WirePeriod } from './periods.js';
import type { UisFilter } from './types.js';

/**
 * Calls counted per time bucket (Query.callStatistics). UIS has no aggregate calls method (the
 * Data API's reports list rows, uis-data-api.md §12.13-14), so the rows of get.calls_report are
 * counted here: two fields per row (`start_time`, `is_lost`), 10 000 rows per request (§8), so a
 * day of a busy account is one request. §8 lets one window reach 110 000 rows; a window holding
 * more is refused with BAD_USER_INPUT rather than counted short.
 */

/** Rows per request: the §8 maximum. */
export const COUNT_PAGE_ROWS = 10_000;
/** The most buckets one answer may hold (31 days of hours). */
export const MAX_BUCKETS = 744;

export interface CallBucket {
  /** Start of the bucket. */
  time: Date;
  total: number;
  lost: number;
}

export interface CallCounts {
  total: number;
  lost: number;
  /** Every bucket from the period's first to its last, empty ones included, oldest first. */
  buckets: CallBucket[];
}

export interface CountQuery {
  windows: WirePeriod[];
  filter?: UisFilter;
  from: Date;
  to: Date;
  bucketMs: number;
  /** Minutes east of UTC where buckets begin (days, and hours in half-hour zones). */
  utcOffsetMinutes: number;
}

/** The start of the bucket `t` falls in. */
function bucketStart(t: number, bucketMs: number, offsetMs: number): number {
  return Math.floor((t + offsetMs) / bucketMs) * bucketMs - offsetMs;
}

/** BAD_USER_INPUT before any request when the period would need more than MAX_BUCKETS buckets. */
export function checkBuckets(from: Date, to: Date, bucketMs: number, utcOffsetMinutes: number): void {
  const offsetMs = utcOffsetMinutes * 60_000;
  const count = (bucketStart(to.getTime(), bucketMs, offsetMs) - bucketStart(from.getTime(), bucketMs, offsetMs)) / bucketMs + 1;
  if (count > MAX_BUCKETS) throw badUserInput(`At most ${MAX_BUCKETS} buckets per answer: shorten the period or use a longer interval`, 'period');
}

export async function countCalls(client: UisClient, zone: string, query: CountQuery, signal?: AbortSignal): Promise<CallCounts> {
  const offsetMs = query.utcOffsetMinutes * 60_000;
  const first = bucketStart(query.from.getTime(), query.bucketMs, offsetMs);
  const last = bucketStart(query.to.getTime(), query.bucketMs, offsetMs);
  const buckets: CallBucket[] = [];
  for (let t = first; t <= last; t += query.bucketMs) buckets.push({ time: new Date(t), total: 0, lost: 0 });
  const counts: CallCounts = { total: 0, lost: 0, buckets };

  await Promise.all(
    query.windows.map(async (w) => {
      for (let offset = 0; ; offset += COUNT_PAGE_ROWS) {
        const page = await client.getCallsReport({ ...w, filter: query.filter, fields: ['start_time', 'is_lost'], limit: COUNT_PAGE_ROWS, offset }, { signal });
        if (offset === 0 && page.totalItems > MAX_UIS_OFFSET + COUNT_PAGE_ROWS) {
          throw badUserInput(`More than ${MAX_UIS_OFFSET + COUNT_PAGE_ROWS} calls in one 3-month window (uis-data-api.md §8): shorten the period or narrow the filter`, 'period');
        }
        for (const row of page.data) {
          const at = row.start_time ? parseUisDate(row.start_time, zone) : undefined;
          if (!at) continue;
          const i = (bucketStart(at.getTime(), query.bucketMs, offsetMs) - first) / query.bucketMs;
          const bucket = buckets[i];
          if (!bucket) continue;
          counts.total++;
          bucket.total++;
          if (row.is_lost) {
            counts.lost++;
            bucket.lost++;
          }
        }
        if (page.data.length < COUNT_PAGE_ROWS || offset + page.data.length >= page.totalItems) break;
      }
    }),
  );
  return counts;
}
