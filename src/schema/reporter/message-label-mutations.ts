import { encodeId } from '../global-id.js';
import type { MessageLabelDto } from '../../backends/reporter/types.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { InvalidInputError, MUTATION_ERRORS, mutationWork, NotFoundError } from '../mutation-errors.js';
import { forgetMessages, LabelPriorityInput, longId, nameOf, nextPriority, priorityChanges } from './label-mutations-shared.js';
import { MessageLabelRef } from './refs.js';

/**
 * Managing message labels (reporter-api.md §3.7): create in a group, rename, re-prioritise,
 * delete. The label list (`GET message/labels`, labels with their groups) is read first: it finds
 * the target, its group and priority (a rename is a PUT of MessageLabelUpdate, which needs name,
 * groupId and priority, §2.5). Groups themselves: message-label-group-mutations.ts.
 */

export class MessageLabelChange {
  constructor(readonly labelId: number, readonly created?: MessageLabelDto) {}
}

export class MessageLabelsReordered {
  constructor(readonly count: number) {}
}

export class MessageLabelDeleted {
  constructor(readonly labelId: number) {}
}

const byGroupThenPriority = (a: MessageLabelDto, b: MessageLabelDto) =>
  (a.group?.priority ?? 0) - (b.group?.priority ?? 0) || (a.group?.id ?? 0) - (b.group?.id ?? 0) || a.priority - b.priority || a.id - b.id;

const MessageLabelChangeRef = builder.objectRef<MessageLabelChange>('MessageLabelSuccess').implement({
  description: 'The message label after creating or renaming it.',
  isTypeOf: (v) => v instanceof MessageLabelChange,
  fields: (t) => ({
    label: t.field({
      type: MessageLabelRef,
      description: 'The label as the Reporter has it now, with its group.',
      resolve: async (c, _a, ctx) => c.created ?? (await ctx.loaders.reporter.messageLabels.load('all')).find((l) => l.id === c.labelId) ?? null,
    }),
  }),
});

const MessageLabelsReorderedRef = builder.objectRef<MessageLabelsReordered>('MessageLabelPrioritiesSuccess').implement({
  description: 'Every message label after re-prioritising.',
  isTypeOf: (v) => v instanceof MessageLabelsReordered,
  fields: (t) => ({
    labels: t.field({
      type: [MessageLabelRef],
      nullable: { list: true, items: false },
      description: 'Every message label, by group, then by their new priority.',
      resolve: async (_c, _a, ctx) => [...(await ctx.loaders.reporter.messageLabels.load('all'))].sort(byGroupThenPriority),
    }),
  }),
});

const MessageLabelDeletedRef = builder.objectRef<MessageLabelDeleted>('DeleteMessageLabelSuccess').implement({
  description: 'The label is gone, and with it from every message.',
  isTypeOf: (v) => v instanceof MessageLabelDeleted,
  fields: (t) => ({
    deletedLabelId: t.field({ type: 'Long', nullable: false, description: 'The Reporter id of the deleted label.', resolve: (d) => d.labelId }),
    deletedId: t.id({ nullable: false, description: 'The global ID the label had.', resolve: (d, _args, ctx) => encodeId('MessageLabel', String(d.labelId), ctx) }),
  }),
});

async function existing(raw: string, ctx: Context): Promise<MessageLabelDto> {
  const id = longId(raw, 'labelId');
  const found = (await ctx.loaders.reporter.messageLabels.load('all')).find((l) => l.id === id);
  if (!found) throw new NotFoundError(`No message label ${raw}`, 'reporter');
  return found;
}

/** After a write: the label and group lists, and every message (they embed labels with groups). */
export function forgetMessageLabels(ctx: Context): void {
  ctx.loaders.reporter.messageLabels.clearAll();
  ctx.loaders.reporter.messageLabelGroups.clearAll();
  forgetMessages(ctx.loaders.reporter);
}

builder.mutationField('createMessageLabel', (t) =>
  t.field({
    type: MessageLabelChangeRef,
    description: 'Creates a message label in an existing group (POST message/labels). Without `priority` it goes last in its group.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'CreateMessageLabelResult' } },
    args: {
      groupId: t.arg({ type: 'Long', required: true, description: 'The group’s Reporter id (`MessageLabelGroup.groupId`).' }),
      name: t.arg.string({ required: true, description: 'The label’s name (not blank; trimmed).' }),
      priority: t.arg.int({ description: 'Sort order inside the group, lower first; default: after its last label.' }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const name = nameOf(args.name, 'name');
        const groupId = longId(args.groupId, 'groupId');
        const r = ctx.loaders.reporter;
        const [groups, labels] = await Promise.all([r.messageLabelGroups.load('all'), r.messageLabels.load('all')]);
        const group = groups.find((g) => g.id === groupId);
        if (!group) throw new InvalidInputError(`No message label group ${args.groupId}`, 'groupId');
        const priority = args.priority ?? nextPriority(labels.filter((l) => l.group?.id === groupId));
        // MessageLabelCreate.group is a whole MessageLabelGroupDto (name required); the id picks it (§2.5 INFERRED).
        const created = await r.client.createMessageLabel({ name, priority, group: { id: group.id, name: group.name, priority: group.priority } }, { signal: ctx.signal });
        forgetMessageLabels(ctx);
        return new MessageLabelChange(created.id, created);
      }),
  }),
);

builder.mutationField('renameMessageLabel', (t) =>
  t.field({
    type: MessageLabelChangeRef,
    description: 'Renames a message label, keeping its group and priority (PUT message/labels/{id}). The same name succeeds without a write.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'RenameMessageLabelResult' } },
    args: {
      labelId: t.arg({ type: 'Long', required: true, description: 'The label’s Reporter id (`MessageLabel.labelId`).' }),
      name: t.arg.string({ required: true, description: 'The new name (not blank; trimmed).' }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const name = nameOf(args.name, 'name');
        const label = await existing(args.labelId, ctx);
        if (label.name === name) return new MessageLabelChange(label.id);
        const groupId = label.group?.id;
        if (groupId == null) throw new InvalidInputError(`Label ${label.id} has no group id to keep`, 'labelId');
        await ctx.loaders.reporter.client.updateMessageLabel(label.id, { name, groupId, priority: label.priority }, { signal: ctx.signal });
        forgetMessageLabels(ctx);
        return new MessageLabelChange(label.id);
      }),
  }),
);

builder.mutationField('setMessageLabelPriorities', (t) =>
  t.field({
    type: MessageLabelsReorderedRef,
    description: 'Re-prioritises message labels in one request (PUT message/labels/change-priority); labels not listed keep theirs.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'SetMessageLabelPrioritiesResult' } },
    args: { priorities: t.arg({ type: [LabelPriorityInput], required: true, description: 'New priorities, each label at most once.' }) },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const r = ctx.loaders.reporter;
        const items = args.priorities.map((p) => ({ id: p.labelId, priority: p.priority }));
        const changes = priorityChanges(items, await r.messageLabels.load('all'), 'priorities', 'message label');
        await r.client.changeMessageLabelPriority(changes, { signal: ctx.signal });
        forgetMessageLabels(ctx);
        return new MessageLabelsReordered(changes.length);
      }),
  }),
);

builder.mutationField('deleteMessageLabel', (t) =>
  t.field({
    // Its answer holds no Reporter-owned type: the backend map (schema/backend-map.ts) is told.
    extensions: { backends: ['reporter'] },
    type: MessageLabelDeletedRef,
    description: 'Deletes a message label, which takes it off every message (DELETE message/labels/{id}). An unknown id is a NotFoundError.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'DeleteMessageLabelResult' } },
    args: { labelId: t.arg({ type: 'Long', required: true, description: 'The label’s Reporter id (`MessageLabel.labelId`).' }) },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const label = await existing(args.labelId, ctx);
        await ctx.loaders.reporter.client.deleteMessageLabel(label.id, { signal: ctx.signal });
        forgetMessageLabels(ctx);
        return new MessageLabelDeleted(label.id);
      }),
  }),
);
