import { badUserInput } from '../gateway/errors.js';

/**
 * Relay connections over offset-paged backends. Cursors are opaque (base64 of an offset); a window
 * (offset, count) is mapped onto each backend's own paging with as few upstream calls as possible.
 */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Window {
  offset: number;
  count: number;
}

const PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const n = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isInteger(n) || n < 0) {
    throw badUserInput(`"${cursor.slice(0, 40)}" is not a cursor of this connection`, argument);
  }
  return n;
}

/** The window a connection's arguments ask for; BAD_USER_INPUT (naming the argument) before any upstream call. */
export function windowOf(args: ConnectionArgs, maxPageSize: number, defaultPageSize = 20): Window {
  for (const name of ['first', 'last'] as const) {
    const v = args[name];
    if (v === null || v === undefined) continue;
    if (v < 0) throw badUserInput(`\`${name}\` must not be negative`, name);
    if (v > maxPageSize) throw badUserInput(`\`${name}\` is capped at ${maxPageSize} (MAX_PAGE_SIZE)`, name);
  }
  if (args.first != null && args.last != null) throw badUserInput('Pass `first` or `last`, not both', 'last');
  const afterIdx = args.after ? decodeCursor(args.after, 'after') + 1 : 0;
  if (args.last != null) {
    if (!args.before) throw badUserInput('`last` needs `before`: page backwards from a known cursor', 'before');
    const beforeIdx = decodeCursor(args.before, 'before');
    const start = Math.max(afterIdx, beforeIdx - args.last);
    return { offset: start, count: Math.max(0, beforeIdx - start) };
  }
  let count = args.first ?? defaultPageSize;
  if (args.before) count = Math.min(count, Math.max(0, decodeCursor(args.before, 'before') - afterIdx));
  return { offset: afterIdx, count };
}

export interface PageRequest {
  page: number;
  size: number;
  /** Index of the window's first item inside the returned page. */
  skip: number;
}

/**
 * Page/size requests covering a window on a zero-based page/size API (Reporter): one call when some
 * page size up to `maxSize` holds the whole window, else two consecutive pages of `count`.
 */
export function pagesFor(window: Window, maxSize: number): PageRequest[] {
  const { offset, count } = window;
  if (count === 0) return [];
  for (let size = count; size <= maxSize; size++) {
    const page = Math.floor(offset / size);
    if (Math.floor((offset + count - 1) / size) === page) return [{ page, size, skip: offset - page * size }];
  }
  const page = Math.floor(offset / count);
  return [
    { page, size: count, skip: offset - page * count },
    { page: page + 1, size: count, skip: 0 },
  ];
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Builds the connection object for a window of items from a list of `totalCount` items. */
export function connectionOf<T>(items: T[], window: Window, totalCount: number): Connection<T> {
  const edges = items.slice(0, window.count).map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasPreviousPage: window.offset > 0,
      hasNextPage: window.offset + edges.length < totalCount,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
