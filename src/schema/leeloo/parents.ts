import { parseId, type IdOwner } from '../global-id.js';
import type { LeelooAccountDetailsEnvelope, LeelooAccountListItem, LeelooChatMessage, LeelooUser } from '../../backends/leeloo/types.js';
import { normaliseLeelooPhone } from '../../backends/leeloo/phone.js';
import { definedOrNull } from '../../backends/leeloo/values.js';
import type { Context } from '../../gateway/context.js';
import { badUserInput, ErrorCode, notFound } from '../../gateway/errors.js';

/**
 * Parent shapes of the Leeloo types. They are classes so that `isTypeOf` can tell them apart from
 * the other backends' parents behind the shared Client / Message / Node interfaces (no resolveType).
 */

/** A Leeloo account (one messenger channel of a person, §7) as a resolver parent. */
export class LeelooAccountSource {
  constructor(
    /** The upstream 24-hex id. */
    readonly id: string,
    /** The §5.1 list item when the account came from `GET accounts`; details fields load separately. */
    readonly summary?: LeelooAccountListItem,
  ) {}
}

/** A chat message with the account it belongs to: chat messages have no endpoint of their own (§5.3). */
export class LeelooChatMessageSource {
  constructor(
    readonly accountId: string,
    readonly message: LeelooChatMessage,
  ) {}
}

/** A platform user (operator, §5.7). */
export class LeelooPlatformUserSource {
  constructor(readonly user: LeelooUser) {}
}

/** The account's details (§5.2), through the request's deduplicated, concurrency-bounded loader. */
export function accountDetails(account: LeelooAccountSource, ctx: Context): Promise<LeelooAccountDetailsEnvelope> {
  return ctx.loaders.leeloo.accountDetails.load(account.id);
}

/**
 * The account's phone as canonical digits (E.164 without the plus, phone.ts): the join key to UIS
 * numbers (`LeelooAccount.calls`); null without a usable phone. It reuses the account's details
 * call. For a page of accounts the phones arrive together: DataLoader settles one batch's keys
 * (cache hits included) at once, so per-phone loads made right after fall into one batch.
 */
export async function leelooAccountPhoneDigits(account: LeelooAccountSource, ctx: Context): Promise<string | null> {
  const details = await accountDetails(account, ctx);
  return normaliseLeelooPhone(definedOrNull(details.data.phone));
}

const OBJECT_ID = /^[0-9a-f]{24}$/i;

/**
 * An upstream id from an argument that takes either the raw 24-hex Leeloo id (§1) or the global ID
 * of `typename`; BAD_USER_INPUT naming the argument otherwise, before any upstream call.
 */
export function leelooIdArg(value: string, typename: string, argument: string, ctx: IdOwner): string {
  if (OBJECT_ID.test(value)) return value.toLowerCase();
  // Another tenant's ID is NOT_FOUND (parseId throws it).
  const decoded = parseId(value, ctx);
  if (decoded?.typename === typename && OBJECT_ID.test(decoded.id)) return decoded.id.toLowerCase();
  throw badUserInput(`\`${argument}\` must be a Leeloo id (24 hex characters) or a ${typename} global ID`, argument);
}

/** Turns the upstream's 404 for an id the caller asked for into a NOT_FOUND with a clear message. */
export function notFoundFor(what: string, id: string) {
  return (e: unknown): never => {
    if (e instanceof Error && (e as { extensions?: { code?: unknown } }).extensions?.code === ErrorCode.NOT_FOUND) {
      throw notFound(`No Leeloo ${what} with id ${id}`, 'leeloo');
    }
    throw e;
  };
}

/** For a nullable relation: an entity the upstream no longer knows (404) is null, not an error. */
export function nullIfNotFound(e: unknown): null {
  if ((e as { extensions?: { code?: unknown } } | null)?.extensions?.code === ErrorCode.NOT_FOUND) return null;
  throw e;
}

/**
 * One entry of a node type's `loadMany`: the Relay plugin awaits all entries together, so a failure
 * must not reject (that would fail every id of `nodes(ids)`). It resolves to the Error instead,
 * which GraphQL reports at that one item's path.
 */
export async function nodeResult<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    return (e instanceof Error ? e : new Error(String(e))) as unknown as T;
  }
}

/** Upstream timestamps are ISO 8601 (§1, parsed leniently); an unparsable one becomes null, not an error. */
export function dateOrNull(value: string | null | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}
