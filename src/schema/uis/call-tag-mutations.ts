import { wrapErrorIfMatches } from '@pothos/plugin-errors';
import { encodeId } from '../global-id.js';
import pLimit from 'p-limit';
import { builder } from '../builder.js';
import { UisTag } from '../../backends/uis/shapes.js';
import type { Context } from '../../gateway/context.js';
import { ErrorCode, UpstreamError } from '../../gateway/errors.js';
import { asMutationError, InvalidInputError, MUTATION_ERRORS, MutationErrorInterface, mutationWork } from '../mutation-errors.js';
import { CallRef } from './call.js';
import { CallState, currentCall, forgetCalls, loadTags, parseCallTarget, payloadCallFields, preRead, writeTag, type TagAction } from './call-tag-writes.js';
import { uisNumericId } from './ids.js';
import { TagRef } from './tag.js';

/**
 * Tagging calls (uis-data-api.md §12.5–§12.6): `tagCall`, `untagCall` and the bulk `tagCalls`.
 * UIS takes one tag on one communication per call and has no usable bulk method (§12.8 pages are
 * drafts), so the bulk mutation makes calls × tags writes itself, TAG_CALLS_CONCURRENCY at a time
 * (§13.9). How a call is found and why idempotence needs no write: call-tag-writes.ts.
 */

/**
 * Writes in flight at once for one `tagCalls`. UIS documents no concurrency limit (§5); its budget
 * is points per minute, so this only keeps one mutation from hogging the connection pool.
 * @default 4
 */
export const TAG_CALLS_CONCURRENCY = 4;

/** Most calls × tags pairs one `tagCalls` may ask for (each write costs a UIS point, §11.8). @default 200 */
export const TAG_CALLS_MAX_PAIRS = 200;

export const CallTagActionEnum = builder.enumType('CallTagAction', {
  description: 'What `tagCalls` does with each tag on each call.',
  values: {
    ADD: { value: 'add', description: 'Put the tag on the call (nothing happens where it already is).' },
    REMOVE: { value: 'remove', description: 'Take the tag off the call (nothing happens where it is not).' },
  },
});

/** The result of tagCall / untagCall. */
export class CallTagChange {
  constructor(readonly state: CallState, readonly tag: UisTag, readonly changed: boolean) {}
}

/** One (call, tag) pair of a tagCalls. */
export class CallTagOutcome {
  constructor(readonly state: CallState, readonly tag: UisTag, readonly changed: boolean, readonly error: Error | null) {}
}

/** The result of tagCalls. */
export class CallTagBulkResult {
  constructor(readonly action: TagAction, readonly states: CallState[], readonly outcomes: CallTagOutcome[]) {}
}

const callIdOf = (s: CallState, ctx: Context) => encodeId('Call', s.raw, ctx);

const CallTagChangeRef = builder.objectRef<CallTagChange>('CallTagChangeSuccess').implement({
  description: 'The call after tagging or untagging it, with its tags as they are now.',
  isTypeOf: (v) => v instanceof CallTagChange,
  fields: (t) => ({
    call: t.field({ type: CallRef, description: 'The call, read after the change (tags included).', resolve: (c, _a, ctx, info) => currentCall(c.state, ctx, info) }),
    tag: t.field({ type: TagRef, nullable: false, description: 'The tag.', resolve: (c) => c.tag }),
    changed: t.boolean({ nullable: false, description: 'False when the call already had the tag (tagCall) or lacked it (untagCall): nothing was written.', resolve: (c) => c.changed }),
  }),
});

const CallTagOutcomeRef = builder.objectRef<CallTagOutcome>('CallTagOutcome').implement({
  description: 'What happened to one tag on one call in `tagCalls`.',
  fields: (t) => ({
    callId: t.id({ nullable: false, description: 'The Call ID.', resolve: (o, _args, ctx) => callIdOf(o.state, ctx) }),
    call: t.field({ type: CallRef, description: 'The call as it is now; null when there is none.', resolve: (o, _a, ctx, info) => currentCall(o.state, ctx, info) }),
    tag: t.field({ type: TagRef, nullable: false, description: 'The tag.', resolve: (o) => o.tag }),
    ok: t.boolean({ nullable: false, description: 'The call now is as asked (changed or already so).', resolve: (o) => o.error === null }),
    changed: t.boolean({ nullable: false, description: 'A write changed the call.', resolve: (o) => o.changed }),
    error: t.field({
      type: MutationErrorInterface,
      description: 'Why this pair failed: NotFoundError (no such call) or UpstreamFailure (check `outcome` before retrying). Null when ok.',
      // graphql-js treats a returned Error as a thrown one; the errors plugin's wrapper returns it as data.
      resolve: (o) => (o.error ? (wrapErrorIfMatches(o.error, MUTATION_ERRORS) as Error) : null),
    }),
  }),
});

const CallTagBulkRef = builder.objectRef<CallTagBulkResult>('TagCallsSuccess').implement({
  description: 'Every (call, tag) pair of a `tagCalls`, each with its own outcome; one failing pair fails no other.',
  isTypeOf: (v) => v instanceof CallTagBulkResult,
  fields: (t) => ({
    action: t.field({ type: CallTagActionEnum, nullable: false, description: 'What was done.', resolve: (r) => r.action }),
    outcomes: t.field({ type: [CallTagOutcomeRef], nullable: false, description: 'One per distinct (call, tag) pair, calls in argument order, then tags.', resolve: (r) => r.outcomes }),
    calls: t.field({
      type: [CallRef],
      description: 'The distinct calls that exist, as they are now (one read for all of them).',
      resolve: async (r, _a, ctx, info) => (await Promise.all(r.states.map((s) => currentCall(s, ctx, info)))).filter((c) => c !== null),
    }),
    changedCount: t.int({ nullable: false, description: 'Pairs a write changed.', resolve: (r) => r.outcomes.filter((o) => o.changed).length }),
    failedCount: t.int({ nullable: false, description: 'Pairs that failed (see their `error`).', resolve: (r) => r.outcomes.filter((o) => o.error).length }),
  }),
});

type Info = Parameters<typeof payloadCallFields>[0];

async function changeOne(callId: string, tagIdArg: string, action: TagAction, ctx: Context, info: Info): Promise<CallTagChange> {
  return mutationWork(async () => {
    const state = parseCallTarget(callId, 'callId', ctx);
    const tagId = uisNumericId(tagIdArg, 'Tag', 'tagId', ctx);
    const [tag] = await loadTags(ctx, [tagId], () => 'tagId');
    await preRead(ctx, [state], payloadCallFields(info, [['call']]));
    if (state.before instanceof Error) throw state.before;
    try {
      return new CallTagChange(state, tag, await writeTag(ctx, state, state.before, tagId, action));
    } finally {
      // Also after a failed write: its outcome may be unknown, and later mutations of the document read afresh.
      if (state.written) forgetCalls(ctx);
    }
  });
}

/** tagCalls: validate everything, read the calls once, then write the pairs that need it. */
async function changeMany(callIds: string[], tagIdArgs: string[], action: TagAction, ctx: Context, info: Info): Promise<CallTagBulkResult> {
  if (callIds.length === 0) throw new InvalidInputError('Give at least one call', 'callIds');
  if (tagIdArgs.length === 0) throw new InvalidInputError('Give at least one tag', 'tagIds');
  const states = dedupe(callIds.map((id, i) => parseCallTarget(id, `callIds[${i}]`, ctx)), (s) => s.raw);
  const tagIndex = new Map<number, number>();
  tagIdArgs.forEach((id, i) => {
    const n = uisNumericId(id, 'Tag', `tagIds[${i}]`, ctx);
    if (!tagIndex.has(n)) tagIndex.set(n, i);
  });
  const tagIds = [...tagIndex.keys()];
  if (states.length * tagIds.length > TAG_CALLS_MAX_PAIRS) {
    throw new InvalidInputError(`At most ${TAG_CALLS_MAX_PAIRS} call × tag pairs at once (got ${states.length * tagIds.length})`, 'callIds');
  }
  const tags = await loadTags(ctx, tagIds, (i) => `tagIds[${tagIndex.get(tagIds[i])}]`);
  await preRead(ctx, states, payloadCallFields(info, [['calls'], ['outcomes', 'call']]));

  const limit = pLimit(TAG_CALLS_CONCURRENCY);
  // After a rate-limit answer the budget is spent: the pairs not yet started are not sent at all.
  let rateLimited: UpstreamError | undefined;
  const outcomes = await Promise.all(
    states.flatMap((state) =>
      tags.map((tag) =>
        limit(async (): Promise<CallTagOutcome> => {
          const before = state.before;
          if (before instanceof Error) return new CallTagOutcome(state, tag, false, before);
          if (rateLimited) return new CallTagOutcome(state, tag, false, rateLimited.withOutcome('NOT_APPLIED'));
          try {
            return new CallTagOutcome(state, tag, await writeTag(ctx, state, before, tag.id, action), null);
          } catch (err) {
            if (err instanceof UpstreamError && err.code === ErrorCode.UPSTREAM_RATE_LIMITED) rateLimited ??= err;
            return new CallTagOutcome(state, tag, false, err as Error);
          }
        }),
      ),
    ),
  );
  if (states.some((s) => s.written)) forgetCalls(ctx);
  // Typed errors per pair; anything unexpected fails the whole mutation (masked), as elsewhere.
  const typed = outcomes.map((o) => (o.error ? new CallTagOutcome(o.state, o.tag, false, asMutationError(o.error)) : o));
  const unexpected = typed.find((o) => o.error && !MUTATION_ERRORS.some((E) => o.error instanceof E));
  if (unexpected) throw unexpected.error;
  return new CallTagBulkResult(action, states, typed);
}

function dedupe<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(keyOf(item))) seen.set(keyOf(item), item);
  return [...seen.values()];
}

builder.mutationField('tagCall', (t) =>
  t.field({
    type: CallTagChangeRef,
    description: 'Puts a tag on a call (set.tag_communications with its communication id). Tagging a call that has the tag already succeeds with `changed: false`.',
    args: {
      callId: t.arg.id({ required: true, description: 'The Call ID.' }),
      tagId: t.arg.id({ required: true, description: 'Tag ID or UIS tag number.' }),
    },
    authScopes: { tags: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'TagCallResult', description: 'The call with the tag on it, or why not.' } },
    resolve: (_root, args, ctx, info) => changeOne(String(args.callId), String(args.tagId), 'add', ctx, info),
  }),
);

builder.mutationField('untagCall', (t) =>
  t.field({
    type: CallTagChangeRef,
    description: 'Takes a tag off a call (unset.tag_communications). Untagging a call that lacks the tag succeeds with `changed: false`.',
    args: {
      callId: t.arg.id({ required: true, description: 'The Call ID.' }),
      tagId: t.arg.id({ required: true, description: 'Tag ID or UIS tag number.' }),
    },
    authScopes: { tags: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'UntagCallResult', description: 'The call without the tag, or why not.' } },
    resolve: (_root, args, ctx, info) => changeOne(String(args.callId), String(args.tagId), 'remove', ctx, info),
  }),
);

builder.mutationField('tagCalls', (t) =>
  t.field({
    type: CallTagBulkRef,
    description:
      'Adds or removes tags on many calls at once: one UIS write per (call, tag) pair that needs it, TAG_CALLS_CONCURRENCY (4) at a time, each reported in `outcomes`. Arguments are checked before anything is written; at most TAG_CALLS_MAX_PAIRS (200) pairs.',
    args: {
      callIds: t.arg.idList({ required: true, description: 'Call IDs (duplicates count once).' }),
      tagIds: t.arg.idList({ required: true, description: 'Tag IDs or UIS tag numbers (duplicates count once).' }),
      action: t.arg({ type: CallTagActionEnum, required: true, description: 'ADD or REMOVE.' }),
    },
    authScopes: { tags: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'TagCallsResult', description: 'Each pair’s outcome, or why nothing was written (invalid input, UIS disabled, tag list unreadable).' } },
    resolve: (_root, args, ctx, info) =>
      mutationWork(() => changeMany(args.callIds.map(String), args.tagIds.map(String), args.action as TagAction, ctx, info)),
  }),
);
