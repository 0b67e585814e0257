import { REPORTER_MAX_PAGE_SIZE } from '../../backends/reporter/loaders.js';
import type { Context } from '../../gateway/context.js';
import { connectionOf, pagesFor, windowOf, type Connection, type ConnectionArgs, type PageRequest, type Window } from '../pagination.js';

/** One upstream page: its items and the list's total (`paging.totalCount`, §1.1). */
export interface PageResult<T> {
  items: T[];
  total: number;
}

/**
 * The upstream pages (Reporter `page`/`size`, zero-based, §1.1) that cover a window: as few as
 * `pagesFor` allows, one in the usual case. An empty window still asks one item for totalCount.
 */
export function pageRequestsFor(window: Window): PageRequest[] {
  return window.count === 0 ? [{ page: 0, size: 1, skip: 1 }] : pagesFor(window, REPORTER_MAX_PAGE_SIZE);
}

/**
 * A Relay connection over a Reporter paged endpoint. The window is validated (BAD_USER_INPUT,
 * `first` capped by MAX_PAGE_SIZE) before any upstream call.
 */
export async function reporterConnection<T>(
  args: ConnectionArgs,
  ctx: Context,
  fetchPage: (page: number, size: number) => Promise<PageResult<T>>,
): Promise<Connection<T>> {
  const window = windowOf(args, ctx.config.maxPageSize);
  const requests = pageRequestsFor(window);
  const pages = await Promise.all(requests.map((r) => fetchPage(r.page, r.size)));
  const items = pages.flatMap((p, i) => p.items.slice(requests[i].skip));
  return connectionOf(items, window, Math.max(...pages.map((p) => p.total)));
}
