import type { GraphQLResolveInfo } from 'graphql';
import { callFieldsFor } from '../../backends/uis/call-fields.js';
import { UisRpcError } from '../../backends/uis/rpc.js';
import { callKey, parseCallKey, UisCall, UisTag } from '../../backends/uis/shapes.js';
import type { TagCommunicationParams } from '../../backends/uis/types.js';
import type { Context } from '../../gateway/context.js';
import { InvalidInputError, NotFoundError } from '../mutation-errors.js';
import { selectedFieldNames } from '../selection.js';
import { isNotFound, orNull, rawIdOf } from './ids.js';

/**
 * The upstream side of call tagging (set.tag_communications / unset.tag_communications,
 * uis-data-api.md §12.5–§12.6), shared by tagCall, untagCall and tagCalls.
 *
 * A Call ID carries the call-session id and its start time, but tagging needs the communication id
 * (decision 8), so every tagging first reads the call (get.calls_report, `id in [...]`: one request
 * for all the calls of a mutation unless their start times span more than 3 months, one point each,
 * §11.8). That read also brings the call's tags, and it decides idempotence: adding a tag the call
 * has, or removing one it lacks, sends no write at all (saves a point, and does not depend on the
 * upstream's answer for it, which is undocumented). Should the tags change between that read and
 * the write, the answer the simulator gives (duplicate_entity / entity_not_found on `tag_id`, a
 * GUESS for the real API, §11.5) is taken as "already so" too.
 */

export type TagAction = 'add' | 'remove';

/** The get.calls_report columns tagging needs: the id to tag by (decision 8) and the current tags. */
export const PRE_READ_FIELDS: readonly string[] = ['communication_id', 'tags'];

/** One call a mutation targets, as parsed from its Call ID, and what is known of it. */
export class CallState {
  /** The call as read before any write (an Error when that read failed or found nothing). */
  before: UisCall | Error = new Error('not read yet');
  /** A write was sent for this call (whatever its answer): its pre-read is stale. */
  written = false;

  constructor(readonly key: { id: number; start: string }) {}

  get raw(): string {
    return callKey(this.key.id, this.key.start);
  }
}

/** Parses a Call ID argument; InvalidInputError naming `field` when it is not one. */
export function parseCallTarget(value: string, field: string, ctx: Context): CallState {
  const key = parseCallKey(rawIdOf(value, 'Call', field, ctx));
  if (!key) throw new InvalidInputError(`"${value.slice(0, 40)}" is not a Call ID`, field);
  return new CallState(key);
}

/**
 * Checks that every tag exists (the shared, minute-fresh tag list: no request when warm), before
 * any write. An unknown tag is invalid input naming its argument; a failing list read throws.
 */
export async function loadTags(ctx: Context, ids: number[], fieldOf: (index: number) => string): Promise<UisTag[]> {
  const rows = await ctx.loaders.uis.tag.loadMany(ids);
  return rows.map((row, i) => {
    if (!(row instanceof Error)) return new UisTag(ids[i], row);
    if (isNotFound(row)) throw new InvalidInputError(`No UIS tag ${ids[i]}`, fieldOf(i));
    throw row;
  });
}

/**
 * Reads the targeted calls (batched by the call loader) with the tagging columns plus what the
 * payload selects, so that a call no write touches is answered from this read.
 */
export async function preRead(ctx: Context, states: CallState[], payloadFields: Iterable<string>): Promise<void> {
  const fields = [...new Set([...PRE_READ_FIELDS, ...payloadFields])];
  const calls = await ctx.loaders.uis.call.loadMany(states.map((s) => ({ ...s.key, fields })));
  calls.forEach((call, i) => {
    states[i].before = call;
  });
}

/** The get.calls_report columns a payload's Call selections need (paths below the mutation field). */
export function payloadCallFields(info: GraphQLResolveInfo, paths: string[][]): string[] {
  return paths.flatMap((path) => callFieldsFor(selectedFieldNames(info, path)));
}

/**
 * Puts one tag on (or takes it off) one pre-read call. Returns whether the call changed; throws the
 * upstream error (never retried: UpstreamHttp sends writes once) otherwise.
 */
export async function writeTag(ctx: Context, state: CallState, call: UisCall, tagId: number, action: TagAction): Promise<boolean> {
  const has = (call.row.tags ?? []).some((t) => t.tag_id === tagId);
  if (has === (action === 'add')) return false;
  const communicationId = call.row.communication_id;
  if (communicationId == null) throw new NotFoundError(`UIS call ${state.key.id} has no communication id to tag`, 'uis');
  const params: TagCommunicationParams = { communication_id: communicationId, communication_type: 'call', tag_id: tagId };
  const client = ctx.loaders.uis.client;
  state.written = true;
  try {
    if (action === 'add') await client.setTagCommunications(params, { signal: ctx.signal });
    else await client.unsetTagCommunications(params, { signal: ctx.signal });
    return true;
  } catch (err) {
    if (alreadySo(err, action)) return false;
    throw err;
  }
}

/**
 * The answers that mean the call was already as asked when the write arrived (a concurrent change
 * since the pre-read). GUESS (§11.5 lists the mnemonics, not when they occur): duplicate_entity for
 * a tag already on the communication; entity_not_found naming `tag_id` for one it lacks (a missing
 * communication names `communication_id` and stays NOT_FOUND).
 */
function alreadySo(err: unknown, action: TagAction): boolean {
  if (!(err instanceof UisRpcError)) return false;
  if (action === 'add') return err.mnemonic === 'duplicate_entity';
  return err.mnemonic === 'entity_not_found' && err.field === 'tag_id';
}

/** After writes: the request's call loaders forget what they read, so the payload reads afresh. */
export function forgetCalls(ctx: Context): void {
  ctx.loaders.uis.call.clearAll();
  ctx.loaders.uis.callsByPhone.clearAll();
}

/**
 * The call as it is now, for a payload: its pre-read when no write touched it (that read included
 * the payload's columns), otherwise a fresh read with the selected columns (batched with the other
 * calls of the payload). Null when the call does not exist.
 */
export async function currentCall(state: CallState, ctx: Context, info: GraphQLResolveInfo): Promise<UisCall | null> {
  if (!state.written && state.before instanceof UisCall) return state.before;
  if (!state.written && isNotFound(state.before)) return null;
  return orNull(ctx.loaders.uis.call.load({ ...state.key, fields: callFieldsFor(selectedFieldNames(info)) }));
}
