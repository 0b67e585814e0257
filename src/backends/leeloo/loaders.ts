import DataLoader from 'dataloader';
import pLimit from 'p-limit';
import { ErrorCode, UpstreamError } from '../../gateway/errors.js';
import { loaderOptions, type LoaderDeps } from '../loader-deps.js';
import { LEELOO_MAX_PAGE_SIZE, type LeelooClient } from './client.js';
import type {
  LeelooAccountDetailsEnvelope,
  LeelooAccountListItem,
  LeelooChatMessage,
  LeelooInclude,
  LeelooListEnvelope,
  LeelooPageQuery,
  LeelooUser,
} from './types.js';

/** A slice of an offset-paged list: what a connection needs (window items and the total). */
export interface LeelooPage<T> {
  items: T[];
  totalCount: number;
}

/** An offset/count window of a list (the connection's window, see src/schema/pagination.ts). */
export interface LeelooWindow {
  offset: number;
  count: number;
}

export interface AccountsPageKey extends LeelooWindow {
  /** Tag names (§5.1 `filter[tags]`), or none for all accounts. */
  tags?: readonly string[];
}

export interface ChatPageKey extends LeelooWindow {
  accountId: string;
}

/**
 * One account's details with both includes (§5.2, §9.5): orders and contacted users come from this
 * one call, never from `GET /orders/{id}` (unverified, §5.8).
 */
export const DETAILS_INCLUDE: readonly LeelooInclude[] = ['contactedUsers', 'orders'];

/**
 * The per-request Leeloo loaders. Leeloo has no batch read (§5), so per-id calls (details, chat
 * pages, users) are deduplicated by DataLoader and run through one p-limit queue of
 * `config.leelooConcurrency` (default 4): §3.3 asks for small bounded fan-out below the throttle.
 */
export interface LeelooLoaders {
  /** `GET accounts/:id?include=contactedUsers,orders` per account id. */
  accountDetails: DataLoader<string, LeelooAccountDetailsEnvelope>;
  /** A platform user: from any details call's `included.users` of this request, else `GET users/:id`. */
  user: DataLoader<string, LeelooUser>;
  /** A window of `GET accounts` (optionally filtered by tags), in as few limit ≤ 50 calls as possible. */
  accountsPage: DataLoader<AccountsPageKey, LeelooPage<LeelooAccountListItem>, string>;
  /** A window of `GET users`. */
  usersPage: DataLoader<LeelooWindow, LeelooPage<LeelooUser>, string>;
  /** A window of one account's chat (`GET accounts/:id/chat-messages`, newest first, §5.3). */
  chatPage: DataLoader<ChatPageKey, LeelooPage<LeelooChatMessage>, string>;
}

export function createLeelooLoaders(client: LeelooClient, deps: LoaderDeps): LeelooLoaders {
  const options = loaderOptions(deps);
  const call = { signal: deps.signal };
  const limit = pLimit(deps.config.leelooConcurrency);
  // Users seen in `included.users` of this request's details calls, and the details calls still
  // running: a user lookup waits for them first, so an operator already side-loaded costs nothing.
  const knownUsers = new Map<string, LeelooUser>();
  const detailsInFlight = new Set<Promise<unknown>>();

  const accountDetails = new DataLoader<string, LeelooAccountDetailsEnvelope>(
    (ids) =>
      Promise.all(
        ids.map((id) => {
          const p = limit(() => client.getAccount(id, DETAILS_INCLUDE, call)).then((envelope) => {
            for (const u of envelope.included?.users ?? []) knownUsers.set(u.id, u);
            return envelope;
          });
          detailsInFlight.add(p);
          return p.then(
            (v) => (detailsInFlight.delete(p), v),
            (e: unknown) => (detailsInFlight.delete(p), asError(e)),
          );
        }),
      ),
    options,
  );

  const user = new DataLoader<string, LeelooUser>(async (ids) => {
    await Promise.allSettled([...detailsInFlight]);
    return Promise.all(
      ids.map((id) => knownUsers.get(id) ?? limit(() => client.getUser(id, call)).then((r) => r.data, asError)),
    );
  }, options);

  const accountsPage = new DataLoader<AccountsPageKey, LeelooPage<LeelooAccountListItem>, string>(
    (keys) =>
      Promise.all(
        keys.map((k) => fetchWindow(k, (q) => client.listAccounts({ ...q, tags: k.tags ? [...k.tags] : undefined }, call)).catch(asError)),
      ),
    { ...options, cacheKeyFn: (k) => JSON.stringify([k.tags ?? [], k.offset, k.count]) },
  );

  const usersPage = new DataLoader<LeelooWindow, LeelooPage<LeelooUser>, string>(
    (keys) => Promise.all(keys.map((k) => fetchWindow(k, (q) => client.listUsers(q, call)).catch(asError))),
    { ...options, cacheKeyFn: (k) => `${k.offset}:${k.count}` },
  );

  const chatPage = new DataLoader<ChatPageKey, LeelooPage<LeelooChatMessage>, string>(
    (keys) =>
      Promise.all(
        keys.map((k) => fetchWindow(k, (q) => limit(() => client.listChatMessages(k.accountId, q, call))).catch(asError)),
      ),
    { ...options, cacheKeyFn: (k) => `${k.accountId}:${k.offset}:${k.count}` },
  );

  return { accountDetails, user, accountsPage, usersPage, chatPage };
}

/**
 * Maps a window onto Leeloo's `limit`/`offset` (§4: limit ≤ 50, no cursor) with as few calls as
 * possible: ⌈count / 50⌉ consecutive calls at the window's own offset, stopping early once
 * `meta.totalCount` shows the list ends. The calls run one after another (at most 2 for the
 * 100-item cap) precisely so a short list costs one call. An empty window still makes one
 * `limit=1` call, since `totalCount` is only known from the upstream.
 */
export async function fetchWindow<T>(
  window: LeelooWindow,
  fetchPage: (query: Required<LeelooPageQuery>) => Promise<LeelooListEnvelope<T>>,
): Promise<LeelooPage<T>> {
  const end = window.offset + window.count;
  if (window.count <= 0) {
    const res = await fetchPage({ limit: 1, offset: window.offset });
    return { items: [], totalCount: totalOf(res, window.offset) };
  }
  const items: T[] = [];
  let totalCount = 0;
  for (let offset = window.offset; offset < end; ) {
    const pageLimit = Math.min(LEELOO_MAX_PAGE_SIZE, end - offset);
    const res = await fetchPage({ limit: pageLimit, offset });
    const data = Array.isArray(res.data) ? res.data : [];
    items.push(...data);
    totalCount = totalOf(res, offset);
    offset += pageLimit;
    if (data.length < pageLimit || offset >= totalCount) break;
  }
  return { items: items.slice(0, window.count), totalCount };
}

/** §4: `meta.totalCount` is all matches; without it, what was seen is all there is. */
function totalOf<T>(res: LeelooListEnvelope<T>, offset: number): number {
  const total = res.meta?.totalCount;
  return typeof total === 'number' && Number.isFinite(total) ? total : offset + (Array.isArray(res.data) ? res.data.length : 0);
}

/** DataLoader wants an Error per failed key (never a thrown batch), and UpstreamErrors stay intact. */
function asError(e: unknown): Error {
  if (e instanceof Error) return e;
  return new UpstreamError(`leeloo: ${String(e)}`, { code: ErrorCode.UPSTREAM_ERROR, service: 'leeloo', endpoint: 'unknown' });
}
