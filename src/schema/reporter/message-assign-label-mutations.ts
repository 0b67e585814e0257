import type { AnalyticsFilter } from '../../backends/reporter/filters.js';
import { REPORTER_MAX_PAGE_SIZE } from '../../backends/reporter/loaders.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { InvalidInputError, MUTATION_ERRORS, mutationWork } from '../mutation-errors.js';
import { toAnalyticsFilters } from './filter-convert.js';
import { ReporterFilterInput, type ReporterFilterValue } from './filter-input.js';
import {
  assignedLabelIds,
  COMPARISON_FOR,
  forgetMessages,
  LabelActionEnum,
  messageKeyOf,
  ReporterMessageKeyInput,
  type LabelAction,
  type MessageKey,
} from './label-mutations-shared.js';
import { reporterConnection } from './paging.js';
import { MessageLabelRef, ReporterMessageConnection, ReporterMessageRef, type ReporterMessageShape } from './refs.js';

/**
 * Labelling messages (reporter-api.md §3.7 "logs"): add one label, remove one, set the whole set,
 * bulk-label by message keys or by the `messages` filter. The Reporter writes by questionId; the
 * gateway also takes the session so that it can read the message first (one `messages/by-session`
 * page: it must exist in that session, NOT_FOUND otherwise, and a change already so is not
 * written) and read it again after the write. The label list is read to refuse unknown labels.
 */

type Change = { kind: 'add' | 'remove'; labelId: string } | { kind: 'set'; labelIds: readonly string[] };

export class MessageLabelsChange {
  constructor(readonly key: MessageKey, readonly changed: boolean) {}
}

export class MessageBulkLabeling {
  constructor(
    readonly action: LabelAction,
    readonly labelIds: number[],
    readonly target: { keys: MessageKey[] } | { filters: AnalyticsFilter[] },
  ) {}
}

const loadMessage = (ctx: Context, k: MessageKey) => ctx.loaders.reporter.message.load([k.sessionId, k.questionId]);

const MessageLabelsChangeRef = builder.objectRef<MessageLabelsChange>('MessageLabelsChangeSuccess').implement({
  description: 'The message after adding, removing or setting its labels.',
  isTypeOf: (v) => v instanceof MessageLabelsChange,
  fields: (t) => ({
    // Not `message`: that is MutationError's String, and a frontend selects both in one union.
    reporterMessage: t.field({ type: ReporterMessageRef, description: 'The message, read again after the change (labels included).', resolve: (c, _a, ctx) => loadMessage(ctx, c.key) }),
    changed: t.boolean({ nullable: false, description: 'False when the message was already as asked: nothing was written.', resolve: (c) => c.changed }),
  }),
});

async function changeMessageLabels(rawKey: Parameters<typeof messageKeyOf>[0], change: Change, ctx: Context): Promise<MessageLabelsChange> {
  return mutationWork(async () => {
    const key = messageKeyOf(rawKey, 'message', ctx);
    const r = ctx.loaders.reporter;
    const [known, message] = await Promise.all([r.messageLabels.load('all'), loadMessage(ctx, key)]);
    const has = new Set((message.labels ?? []).map((l) => l.id));
    const o = { signal: ctx.signal };
    let write: (() => Promise<void>) | undefined;
    if (change.kind === 'set') {
      const ids = assignedLabelIds(change.labelIds, known, 'labelIds');
      if (ids.length !== has.size || !ids.every((id) => has.has(id))) write = () => r.client.setMessageLabels(key.questionId, ids, o);
    } else {
      const [id] = assignedLabelIds([change.labelId], known, 'labelId', false);
      if (change.kind === 'add' && !has.has(id)) write = () => r.client.attachMessageLabel(key.questionId, id, o);
      if (change.kind === 'remove' && has.has(id)) write = () => r.client.detachMessageLabel(key.questionId, id, o);
    }
    if (!write) return new MessageLabelsChange(key, false);
    await write();
    forgetMessages(r);
    return new MessageLabelsChange(key, true);
  });
}

const MESSAGE = 'The message: its global ID, or its session and questionId.';
const LABEL_ID = 'The message label’s Reporter id (`MessageLabel.labelId`).';

builder.mutationField('addMessageLabel', (t) =>
  t.field({
    type: MessageLabelsChangeRef,
    description: 'Puts a label on a message (POST message/labels/logs). A label the message already has succeeds with `changed: false`.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'AddMessageLabelResult' } },
    args: {
      message: t.arg({ type: ReporterMessageKeyInput, required: true, description: MESSAGE }),
      labelId: t.arg({ type: 'Long', required: true, description: LABEL_ID }),
    },
    resolve: (_root, args, ctx) => changeMessageLabels(args.message, { kind: 'add', labelId: args.labelId }, ctx),
  }),
);

builder.mutationField('removeMessageLabel', (t) =>
  t.field({
    type: MessageLabelsChangeRef,
    description: 'Takes a label off a message (DELETE message/labels/logs, with a body). A label the message lacks succeeds with `changed: false`.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'RemoveMessageLabelResult' } },
    args: {
      message: t.arg({ type: ReporterMessageKeyInput, required: true, description: MESSAGE }),
      labelId: t.arg({ type: 'Long', required: true, description: LABEL_ID }),
    },
    resolve: (_root, args, ctx) => changeMessageLabels(args.message, { kind: 'remove', labelId: args.labelId }, ctx),
  }),
);

builder.mutationField('setMessageLabels', (t) =>
  t.field({
    type: MessageLabelsChangeRef,
    description: 'Replaces a message’s labels with exactly these (POST message/labels/logs/set-by-list); an empty list removes them all.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'SetMessageLabelsResult' } },
    args: {
      message: t.arg({ type: ReporterMessageKeyInput, required: true, description: MESSAGE }),
      labelIds: t.arg({ type: ['Long'], required: true, description: 'Every label the message should have, by Reporter id.' }),
    },
    resolve: (_root, args, ctx) => changeMessageLabels(args.message, { kind: 'set', labelIds: args.labelIds }, ctx),
  }),
);

const BulkLabelMessagesRef = builder.objectRef<MessageBulkLabeling>('BulkLabelMessagesSuccess').implement({
  description: 'The labels and the targeted messages after a bulk labelling.',
  isTypeOf: (v) => v instanceof MessageBulkLabeling,
  fields: (t) => ({
    action: t.field({ type: LabelActionEnum, nullable: false, description: 'What was done.', resolve: (b) => b.action }),
    labels: t.field({
      type: [MessageLabelRef],
      nullable: { list: true, items: false },
      description: 'The labels added or removed.',
      resolve: async (b, _a, ctx) => (await ctx.loaders.reporter.messageLabels.load('all')).filter((l) => b.labelIds.includes(l.id)),
    }),
    messages: t.connection(
      {
        type: ReporterMessageRef,
        description: 'The targeted messages as they are now: the given ones in their order (one by-session read per session), or what the filter matches now.',
        resolve: (b, args, ctx) =>
          reporterConnection<ReporterMessageShape>(args, ctx, async (page, size) => {
            if ('filters' in b.target) {
              const d = await ctx.loaders.reporter.messagePage.load({ filters: b.target.filters, page, size });
              return { items: d.messages, total: d.paging.totalCount };
            }
            const keys = b.target.keys;
            return { items: await Promise.all(keys.slice(page * size, (page + 1) * size).map((k) => loadMessage(ctx, k))), total: keys.length };
          }),
      },
      ReporterMessageConnection,
    ),
  }),
});

builder.mutationField('bulkLabelMessages', (t) =>
  t.field({
    type: BulkLabelMessagesRef,
    description:
      'Adds or removes labels on many messages in one request (POST message/labels/logs/bulk-labeling): the given `messages`, or every message `filter` matches. Give exactly one of them; a filter must have at least one condition.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'BulkLabelMessagesResult' } },
    args: {
      action: t.arg({ type: LabelActionEnum, required: true, description: 'ADD or REMOVE the labels.' }),
      labelIds: t.arg({ type: ['Long'], required: true, description: 'The message labels, by Reporter id (at least one).' }),
      messages: t.arg({ type: [ReporterMessageKeyInput], description: `The messages, at most ${REPORTER_MAX_PAGE_SIZE}.` }),
      filter: t.arg({ type: ReporterFilterInput, description: 'The messages this filter matches (as `messages(filter:)` takes it).' }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        if (args.labelIds.length === 0) throw new InvalidInputError('Give at least one label', 'labelIds');
        const target = bulkTarget(args.messages ?? undefined, args.filter, ctx);
        const r = ctx.loaders.reporter;
        const labelIds = assignedLabelIds(args.labelIds, await r.messageLabels.load('all'), 'labelIds');
        const targetBody = 'filters' in target ? { filters: { filters: target.filters } } : { objectIds: [...new Set(target.keys.map((k) => k.questionId))] };
        await r.client.bulkLabelMessages({ comparisonType: COMPARISON_FOR[args.action], labels: labelIds, ...targetBody }, { signal: ctx.signal });
        forgetMessages(r);
        return new MessageBulkLabeling(args.action, labelIds, target);
      }),
  }),
);

/** Exactly one of keys or a non-empty filter: an empty filter would label every message of the project. */
function bulkTarget(keys: Parameters<typeof messageKeyOf>[0][] | undefined, filter: ReporterFilterValue | null | undefined, ctx: Context): MessageBulkLabeling['target'] {
  if (keys && filter) throw new InvalidInputError('Give `messages` or `filter`, not both', 'filter');
  if (keys) {
    if (keys.length === 0) throw new InvalidInputError('Give at least one message', 'messages');
    if (keys.length > REPORTER_MAX_PAGE_SIZE) throw new InvalidInputError(`At most ${REPORTER_MAX_PAGE_SIZE} messages at once`, 'messages');
    const parsed = keys.map((k, i) => messageKeyOf(k, `messages[${i}]`, ctx));
    const seen = new Set<string>();
    return { keys: parsed.filter((k) => !seen.has(k.questionId) && seen.add(k.questionId)) };
  }
  if (!filter) throw new InvalidInputError('Give `messages` or `filter`', 'messages');
  const filters = toAnalyticsFilters(filter, 'filter');
  if (filters.length === 0) throw new InvalidInputError('The filter has no condition: it would label every message', 'filter');
  return { filters };
}
