import { badUserInput } from '../../gateway/errors.js';
import type { UisClient } from './client.js';
import type { WirePeriod } from './periods.js';
import type { CallsReportRow } from './types-calls.js';
import type { SortItem, UisFilter } from './types.js';

/**
 * One page of calls over a period that may span several 3-month windows (§10). The windows are
 * walked in order as if they were one list: the rows come from the window(s) the page falls in,
 * and every other window is asked only for its `total_items` (limit 1, field `id`), so totalCount
 * is the sum. Requests = number of windows; a period within 3 months is exactly one request.
 *
 * Order across windows is chronological (newest window first when the first sort key is
 * `start_time desc`); any other sort applies within each window only, a documented limitation.
 */

/** §8: UIS pages at most 100 000 rows deep. */
export const MAX_UIS_OFFSET = 100_000;

export interface CallsQuery {
  windows: WirePeriod[];
  fields: string[];
  filter?: UisFilter;
  sort?: SortItem[];
}

export interface CallsPage {
  rows: CallsReportRow[];
  totalCount: number;
}

/** BAD_USER_INPUT for a page UIS cannot reach, checked before any request. */
export function checkReachable(offset: number): void {
  if (offset > MAX_UIS_OFFSET) {
    throw badUserInput(`UIS pages at most ${MAX_UIS_OFFSET} rows deep (uis-data-api.md §8); narrow the period or filter`, 'after');
  }
}

export async function fetchCallsPage(
  client: UisClient,
  query: CallsQuery,
  window: { offset: number; count: number },
  signal?: AbortSignal,
): Promise<CallsPage> {
  const windows = query.sort?.[0]?.field === 'start_time' && query.sort[0].order === 'desc' ? [...query.windows].reverse() : query.windows;
  const base = { filter: query.filter, sort: query.sort && query.sort.length > 0 ? query.sort : undefined };
  const rows: CallsReportRow[] = [];
  let before = 0;
  let i = 0;
  // Walk windows one by one while rows are still wanted: where the page starts depends on the totals before it.
  for (; i < windows.length && rows.length < window.count; i++) {
    const localOffset = Math.max(0, window.offset - before);
    checkReachable(localOffset);
    const page = await client.getCallsReport(
      { ...windows[i], ...base, fields: query.fields, limit: window.count - rows.length, offset: localOffset },
      { signal },
    );
    rows.push(...page.data.slice(0, window.count - rows.length));
    before += page.totalItems;
  }
  // The rest only count, all at once.
  const totals = await Promise.all(
    windows.slice(i).map((w) => client.getCallsReport({ ...w, filter: base.filter, fields: ['id'], limit: 1, offset: 0 }, { signal })),
  );
  return { rows, totalCount: before + totals.reduce((sum, p) => sum + p.totalItems, 0) };
}

/**
 * Every row of a period for a filter (callsByPhone): pages of 10 000 per window, at most the
 * 110 000 rows §8 lets one window reach.
 */
export async function fetchAllCalls(
  client: UisClient,
  query: CallsQuery,
  signal?: AbortSignal,
): Promise<CallsReportRow[]> {
  const pages = await Promise.all(
    query.windows.map(async (w) => {
      const out: CallsReportRow[] = [];
      for (let offset = 0; offset <= MAX_UIS_OFFSET; offset += 10_000) {
        const page = await client.getCallsReport({ ...w, filter: query.filter, fields: query.fields, limit: 10_000, offset }, { signal });
        out.push(...page.data);
        if (page.data.length < 10_000 || out.length >= page.totalItems) break;
      }
      return out;
    }),
  );
  return pages.flat();
}
