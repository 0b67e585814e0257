import type { MessageLabelDto, MessageLabelGroupDto, SessionLabelDto } from '../../backends/reporter/types.js';
import type { Context } from '../../gateway/context.js';
import { ConflictError, InvalidInputError } from '../mutation-errors.js';
import { forgetMessages, forgetSessions, labelsMutation, longId, nameOf, nextPriority } from './label-mutations-shared.js';
import type { LabelListKind } from './label-list-mutations.js';
import { MessageLabelGroupRef, MessageLabelRef, SessionLabelRef } from './refs.js';

/**
 * The Reporter's three label lists (reporter-api.md §3.7, §2.5) as data for label-list-mutations.ts:
 * where each lives, how it is written and ordered, what a write makes stale, and its create, the
 * one mutation whose arguments differ. A duplicate name is the Reporter's to refuse for labels (the
 * simulator answers 409 → ConflictError); for groups the gateway refuses it first (see below).
 */

const o = (ctx: Context) => ({ signal: ctx.signal });

/** Session labels: the list, and every session (they embed label names and priorities). */
function forgetSessionLabels(ctx: Context): void {
  ctx.loaders.reporter.sessionLabels.clearAll();
  forgetSessions(ctx.loaders.reporter);
}

/** Message labels and groups: both lists, and every message (they embed labels with groups). */
function forgetMessageLabels(ctx: Context): void {
  ctx.loaders.reporter.messageLabels.clearAll();
  ctx.loaders.reporter.messageLabelGroups.clearAll();
  forgetMessages(ctx.loaders.reporter);
}

/** Session labels: createSessionLabel, renameSessionLabel, setSessionLabelPriorities, deleteSessionLabel. */
export const SESSION_LABELS: LabelListKind<SessionLabelDto> = {
  type: 'SessionLabel',
  item: 'label',
  what: 'session label',
  ref: SessionLabelRef,
  path: 'logs/labels/sessions',
  list: (ctx) => ctx.loaders.reporter.sessionLabels.load('all'),
  order: (a, b) => a.priority - b.priority || a.id - b.id,
  forget: forgetSessionLabels,
  // SessionLabelCreate is also the update body: name and priority both (§2.5).
  rename: (l, name, ctx) => ctx.loaders.reporter.client.updateSessionLabel(l.id, { name, priority: l.priority }, o(ctx)),
  reprioritise: (changes, ctx) => ctx.loaders.reporter.client.changeSessionLabelPriority(changes, o(ctx)),
  remove: (id, ctx) => ctx.loaders.reporter.client.deleteSessionLabel(id, o(ctx)),
  docs: {
    success: 'The session label after creating or renaming it.',
    itemField: 'The label as the Reporter has it now (after a rename, read again from the label list).',
    priorities: 'Every session label, by priority, after re-prioritising.',
    listField: 'Every session label of the project, by their new priority.',
    deleted: 'The label is gone, and with it from every session.',
    renameKeeps: 'its priority',
    renameNote: 'The same name succeeds without a write.',
    deleteMutation:
      'Deletes a session label, which takes it off every session (DELETE logs/labels/sessions/{id}). An unknown id is a NotFoundError, also when a retried delete already applied.',
  },
  create: (success, change) =>
    labelsMutation(
      'createSessionLabel',
      success,
      'Creates a session label (POST logs/labels/sessions). Without `priority` it goes last. A name in use is a ConflictError.',
      (arg) => ({
        name: arg.string({ required: true, description: 'The label’s name (not blank; trimmed).' }),
        priority: arg.int({ description: 'Sort order, lower first; default: after the last label.' }),
      }),
      async (args, ctx) => {
        const name = nameOf(args.name, 'name');
        const r = ctx.loaders.reporter;
        const priority = args.priority ?? nextPriority(await r.sessionLabels.load('all'));
        const created = await r.client.createSessionLabel({ name, priority }, o(ctx));
        forgetSessionLabels(ctx);
        return change(created.id, created.name, created);
      },
    ),
};

/** Message labels (each in a group): createMessageLabel, renameMessageLabel, setMessageLabelPriorities, deleteMessageLabel. */
export const MESSAGE_LABELS: LabelListKind<MessageLabelDto> = {
  type: 'MessageLabel',
  item: 'label',
  what: 'message label',
  ref: MessageLabelRef,
  path: 'message/labels',
  list: (ctx) => ctx.loaders.reporter.messageLabels.load('all'),
  order: (a, b) =>
    (a.group?.priority ?? 0) - (b.group?.priority ?? 0) || (a.group?.id ?? 0) - (b.group?.id ?? 0) || a.priority - b.priority || a.id - b.id,
  forget: forgetMessageLabels,
  rename: async (l, name, ctx) => {
    // MessageLabelUpdate needs name, groupId and priority (§2.5): the label keeps its group.
    if (l.group?.id == null) throw new InvalidInputError(`Label ${l.id} has no group id to keep`, 'labelId');
    await ctx.loaders.reporter.client.updateMessageLabel(l.id, { name, groupId: l.group.id, priority: l.priority }, o(ctx));
  },
  reprioritise: (changes, ctx) => ctx.loaders.reporter.client.changeMessageLabelPriority(changes, o(ctx)),
  remove: (id, ctx) => ctx.loaders.reporter.client.deleteMessageLabel(id, o(ctx)),
  docs: {
    success: 'The message label after creating or renaming it.',
    itemField: 'The label as the Reporter has it now, with its group.',
    priorities: 'Every message label after re-prioritising.',
    listField: 'Every message label, by group, then by their new priority.',
    deleted: 'The label is gone, and with it from every message.',
    renameKeeps: 'its group and priority',
    renameNote: 'The same name succeeds without a write.',
    deleteMutation: 'Deletes a message label, which takes it off every message (DELETE message/labels/{id}). An unknown id is a NotFoundError.',
  },
  create: (success, change) =>
    labelsMutation(
      'createMessageLabel',
      success,
      'Creates a message label in an existing group (POST message/labels). Without `priority` it goes last in its group.',
      (arg) => ({
        groupId: arg({ type: 'Long', required: true, description: 'The group’s Reporter id (`MessageLabelGroup.groupId`).' }),
        name: arg.string({ required: true, description: 'The label’s name (not blank; trimmed).' }),
        priority: arg.int({ description: 'Sort order inside the group, lower first; default: after its last label.' }),
      }),
      async (args, ctx) => {
        const name = nameOf(args.name, 'name');
        const groupId = longId(args.groupId, 'groupId');
        const r = ctx.loaders.reporter;
        const [groups, labels] = await Promise.all([r.messageLabelGroups.load('all'), r.messageLabels.load('all')]);
        const group = groups.find((g) => g.id === groupId);
        if (!group) throw new InvalidInputError(`No message label group ${args.groupId}`, 'groupId');
        const priority = args.priority ?? nextPriority(labels.filter((l) => l.group?.id === groupId));
        // MessageLabelCreate.group is a whole MessageLabelGroupDto (name required); the id picks it (§2.5 INFERRED).
        const created = await r.client.createMessageLabel({ name, priority, group: { id: group.id, name: group.name, priority: group.priority } }, o(ctx));
        forgetMessageLabels(ctx);
        return change(created.id, created.name, created);
      },
    ),
};

/**
 * Message label groups: createMessageLabelGroup, renameMessageLabelGroup,
 * setMessageLabelGroupPriorities, deleteMessageLabelGroup. The spec has no endpoint that creates
 * an empty group: a group comes into being when a label is created with a group given by name
 * (MessageLabelCreate.group, §2.5 INFERRED), so the create makes the group with its first label in
 * one POST. A name that is already a group would silently add the label to that group instead, so
 * the gateway refuses an existing group name (create or rename) as a ConflictError before any write.
 */
function refuseTakenName(groups: readonly MessageLabelGroupDto[], name: string, except?: number): void {
  if (groups.some((g) => g.name === name && g.id !== except)) throw new ConflictError(`A message label group is already named ${name}`, 'reporter');
}

export const MESSAGE_LABEL_GROUPS: LabelListKind<MessageLabelGroupDto> = {
  type: 'MessageLabelGroup',
  item: 'group',
  what: 'message label group',
  ref: MessageLabelGroupRef,
  path: 'message/labels/groups',
  list: (ctx) => ctx.loaders.reporter.messageLabelGroups.load('all'),
  order: (a, b) => (a.priority ?? 0) - (b.priority ?? 0) || a.name.localeCompare(b.name),
  forget: forgetMessageLabels,
  rename: async (g, name, ctx) => {
    refuseTakenName(await ctx.loaders.reporter.messageLabelGroups.load('all'), name, g.id);
    // LogLabelGroupCreate needs a priority (§2.5); a group sent without one (the DTO allows it) keeps 0.
    await ctx.loaders.reporter.client.updateMessageLabelGroup(g.id, { name, priority: g.priority ?? 0 }, o(ctx));
  },
  reprioritise: (changes, ctx) => ctx.loaders.reporter.client.changeMessageLabelGroupPriority(changes, o(ctx)),
  remove: (id, ctx) => ctx.loaders.reporter.client.deleteMessageLabelGroup(id, o(ctx)),
  docs: {
    success: 'The group after creating or renaming it.',
    itemField: 'The group as the Reporter has it now, with its labels.',
    priorities: 'Every message label group after re-prioritising.',
    listField: 'Every group, by their new priority.',
    deleted: 'The group is gone.',
    renameKeeps: 'its priority',
    renameNote: 'Another group’s name is a ConflictError.',
    deleteMutation:
      'Deletes a message label group (DELETE message/labels/groups/{id}). What happens to its labels is undocumented; the simulator deletes them too (GUESS). An unknown id is a NotFoundError.',
  },
  successFields: (t) => ({
    firstLabel: t.field({
      type: MessageLabelRef,
      description: 'The label created with the group (createMessageLabelGroup only).',
      resolve: async (c, _a, ctx) =>
        c.firstLabelId === undefined ? null : ((await ctx.loaders.reporter.messageLabels.load('all')).find((l) => l.id === c.firstLabelId) ?? null),
    }),
  }),
  create: (success, change) =>
    labelsMutation(
      'createMessageLabelGroup',
      success,
      'Creates a message label group with its first label (POST message/labels with a new group by name: the Reporter has no empty-group create, §3.7). A group name in use is a ConflictError.',
      (arg) => ({
        name: arg.string({ required: true, description: 'The group’s name (not blank; trimmed).' }),
        priority: arg.int({ description: 'Sort order, lower first; default: after the last group.' }),
        firstLabelName: arg.string({ required: true, description: 'The name of the group’s first label (not blank; trimmed).' }),
        firstLabelPriority: arg.int({ defaultValue: 1, description: 'The first label’s priority inside the group.' }),
      }),
      async (args, ctx) => {
        const name = nameOf(args.name, 'name');
        const labelName = nameOf(args.firstLabelName, 'firstLabelName');
        const r = ctx.loaders.reporter;
        const groups = await r.messageLabelGroups.load('all');
        refuseTakenName(groups, name);
        const group = { name, priority: args.priority ?? nextPriority(groups) };
        const created = await r.client.createMessageLabel({ name: labelName, priority: args.firstLabelPriority ?? 1, group }, o(ctx));
        forgetMessageLabels(ctx);
        return change(created.group?.id ?? undefined, name, undefined, created.id);
      },
    ),
};
