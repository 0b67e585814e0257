import { encodeId } from '../global-id.js';
import type { MessageLabelGroupDto } from '../../backends/reporter/types.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { ConflictError, MUTATION_ERRORS, mutationWork, NotFoundError } from '../mutation-errors.js';
import { longId, nameOf, nextPriority, priorityChanges } from './label-mutations-shared.js';
import { forgetMessageLabels } from './message-label-mutations.js';
import { MessageLabelGroupRef, MessageLabelRef } from './refs.js';

/**
 * Managing message label groups (reporter-api.md §3.7): create, rename, re-prioritise, delete.
 *
 * The spec has no endpoint that creates an empty group: a group comes into being when a label is
 * created with a group given by name (MessageLabelCreate.group, §2.5 INFERRED). So
 * `createMessageLabelGroup` creates the group together with its first label, in one POST. Because
 * a name that is already a group would silently add the label to that group instead, the gateway
 * refuses an existing group name (create or rename) as a ConflictError before any write.
 */

/** The group by id; by name when the create answer left the id out (the DTO makes it optional, §2.5). */
export class MessageLabelGroupChange {
  constructor(readonly groupId: number | undefined, readonly name: string, readonly firstLabelId?: number) {}
}

export class MessageLabelGroupsReordered {
  constructor(readonly count: number) {}
}

export class MessageLabelGroupDeleted {
  constructor(readonly groupId: number) {}
}

const byPriority = (a: MessageLabelGroupDto, b: MessageLabelGroupDto) => (a.priority ?? 0) - (b.priority ?? 0) || a.name.localeCompare(b.name);

const loadGroup = async (ctx: Context, c: MessageLabelGroupChange) =>
  (await ctx.loaders.reporter.messageLabelGroups.load('all')).find((g) => (c.groupId !== undefined ? g.id === c.groupId : g.name === c.name)) ?? null;

const MessageLabelGroupChangeRef = builder.objectRef<MessageLabelGroupChange>('MessageLabelGroupSuccess').implement({
  description: 'The group after creating or renaming it.',
  isTypeOf: (v) => v instanceof MessageLabelGroupChange,
  fields: (t) => ({
    group: t.field({ type: MessageLabelGroupRef, description: 'The group as the Reporter has it now, with its labels.', resolve: (c, _a, ctx) => loadGroup(ctx, c) }),
    firstLabel: t.field({
      type: MessageLabelRef,
      description: 'The label created with the group (createMessageLabelGroup only).',
      resolve: async (c, _a, ctx) =>
        c.firstLabelId === undefined ? null : ((await ctx.loaders.reporter.messageLabels.load('all')).find((l) => l.id === c.firstLabelId) ?? null),
    }),
  }),
});

const MessageLabelGroupsReorderedRef = builder.objectRef<MessageLabelGroupsReordered>('MessageLabelGroupPrioritiesSuccess').implement({
  description: 'Every message label group after re-prioritising.',
  isTypeOf: (v) => v instanceof MessageLabelGroupsReordered,
  fields: (t) => ({
    groups: t.field({
      type: [MessageLabelGroupRef],
      nullable: { list: true, items: false },
      description: 'Every group, by their new priority.',
      resolve: async (_c, _a, ctx) => [...(await ctx.loaders.reporter.messageLabelGroups.load('all'))].sort(byPriority),
    }),
  }),
});

const MessageLabelGroupDeletedRef = builder.objectRef<MessageLabelGroupDeleted>('DeleteMessageLabelGroupSuccess').implement({
  description: 'The group is gone.',
  isTypeOf: (v) => v instanceof MessageLabelGroupDeleted,
  fields: (t) => ({
    deletedGroupId: t.field({ type: 'Long', nullable: false, description: 'The Reporter id of the deleted group.', resolve: (d) => d.groupId }),
    deletedId: t.id({ nullable: false, description: 'The global ID the group had.', resolve: (d, _args, ctx) => encodeId('MessageLabelGroup', String(d.groupId), ctx) }),
  }),
});

async function existing(raw: string, ctx: Context): Promise<MessageLabelGroupDto & { id: number }> {
  const id = longId(raw, 'groupId');
  const found = (await ctx.loaders.reporter.messageLabelGroups.load('all')).find((g) => g.id === id);
  if (!found || found.id == null) throw new NotFoundError(`No message label group ${raw}`, 'reporter');
  return { ...found, id: found.id };
}

function refuseTakenName(groups: readonly MessageLabelGroupDto[], name: string, except?: number): void {
  const taken = groups.find((g) => g.name === name && g.id !== except);
  if (taken) throw new ConflictError(`A message label group is already named ${name}`, 'reporter');
}

const GROUP_ID = 'The group’s Reporter id (`MessageLabelGroup.groupId`).';

builder.mutationField('createMessageLabelGroup', (t) =>
  t.field({
    type: MessageLabelGroupChangeRef,
    description:
      'Creates a message label group with its first label (POST message/labels with a new group by name: the Reporter has no empty-group create, §3.7). A group name in use is a ConflictError.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'CreateMessageLabelGroupResult' } },
    args: {
      name: t.arg.string({ required: true, description: 'The group’s name (not blank; trimmed).' }),
      priority: t.arg.int({ description: 'Sort order, lower first; default: after the last group.' }),
      firstLabelName: t.arg.string({ required: true, description: 'The name of the group’s first label (not blank; trimmed).' }),
      firstLabelPriority: t.arg.int({ defaultValue: 1, description: 'The first label’s priority inside the group.' }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const name = nameOf(args.name, 'name');
        const labelName = nameOf(args.firstLabelName, 'firstLabelName');
        const r = ctx.loaders.reporter;
        const groups = await r.messageLabelGroups.load('all');
        refuseTakenName(groups, name);
        const group = { name, priority: args.priority ?? nextPriority(groups) };
        const created = await r.client.createMessageLabel({ name: labelName, priority: args.firstLabelPriority ?? 1, group }, { signal: ctx.signal });
        forgetMessageLabels(ctx);
        return new MessageLabelGroupChange(created.group?.id ?? undefined, name, created.id);
      }),
  }),
);

builder.mutationField('renameMessageLabelGroup', (t) =>
  t.field({
    type: MessageLabelGroupChangeRef,
    description: 'Renames a message label group, keeping its priority (PUT message/labels/groups/{id}). Another group’s name is a ConflictError.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'RenameMessageLabelGroupResult' } },
    args: {
      groupId: t.arg({ type: 'Long', required: true, description: GROUP_ID }),
      name: t.arg.string({ required: true, description: 'The new name (not blank; trimmed).' }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const name = nameOf(args.name, 'name');
        const group = await existing(args.groupId, ctx);
        if (group.name === name) return new MessageLabelGroupChange(group.id, name);
        refuseTakenName(await ctx.loaders.reporter.messageLabelGroups.load('all'), name, group.id);
        // LogLabelGroupCreate needs a priority (§2.5); a group sent without one (the DTO allows it) keeps 0.
        await ctx.loaders.reporter.client.updateMessageLabelGroup(group.id, { name, priority: group.priority ?? 0 }, { signal: ctx.signal });
        forgetMessageLabels(ctx);
        return new MessageLabelGroupChange(group.id, name);
      }),
  }),
);

export const LabelGroupPriorityInput = builder.inputType('LabelGroupPriorityInput', {
  description: 'A message label group’s new priority (LabelPriorityChangeDto, §2.5).',
  fields: (t) => ({
    groupId: t.field({ type: 'Long', required: true, description: GROUP_ID }),
    priority: t.int({ required: true, description: 'The new sort order: lower comes first.' }),
  }),
});

builder.mutationField('setMessageLabelGroupPriorities', (t) =>
  t.field({
    type: MessageLabelGroupsReorderedRef,
    description: 'Re-prioritises message label groups in one request (PUT message/labels/groups/change-priority); groups not listed keep theirs.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'SetMessageLabelGroupPrioritiesResult' } },
    args: { priorities: t.arg({ type: [LabelGroupPriorityInput], required: true, description: 'New priorities, each group at most once.' }) },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const r = ctx.loaders.reporter;
        const items = args.priorities.map((p) => ({ id: p.groupId, priority: p.priority }));
        const changes = priorityChanges(items, await r.messageLabelGroups.load('all'), 'priorities', 'message label group');
        await r.client.changeMessageLabelGroupPriority(changes, { signal: ctx.signal });
        forgetMessageLabels(ctx);
        return new MessageLabelGroupsReordered(changes.length);
      }),
  }),
);

builder.mutationField('deleteMessageLabelGroup', (t) =>
  t.field({
    // Its answer holds no Reporter-owned type: the backend map (schema/backend-map.ts) is told.
    extensions: { backends: ['reporter'] },
    type: MessageLabelGroupDeletedRef,
    description:
      'Deletes a message label group (DELETE message/labels/groups/{id}). What happens to its labels is undocumented; the simulator deletes them too (GUESS). An unknown id is a NotFoundError.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'DeleteMessageLabelGroupResult' } },
    args: { groupId: t.arg({ type: 'Long', required: true, description: GROUP_ID }) },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const group = await existing(args.groupId, ctx);
        await ctx.loaders.reporter.client.deleteMessageLabelGroup(group.id, { signal: ctx.signal });
        forgetMessageLabels(ctx);
        return new MessageLabelGroupDeleted(group.id);
      }),
  }),
);
