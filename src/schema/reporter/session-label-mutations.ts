import { encodeId } from '../global-id.js';
import type { SessionLabelDto } from '../../backends/reporter/types.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { MUTATION_ERRORS, mutationWork, NotFoundError } from '../mutation-errors.js';
import { forgetSessions, LabelPriorityInput, longId, nameOf, nextPriority, priorityChanges } from './label-mutations-shared.js';
import { SessionLabelRef } from './refs.js';

/**
 * Managing session labels (reporter-api.md §3.7): create, rename, re-prioritise, delete. The label
 * list (`GET logs/labels/sessions`) is read first to find the target and its current priority:
 * a rename is a PUT of SessionLabelCreate, which needs both name and priority (§2.5). A duplicate
 * name is the Reporter's to refuse (the simulator answers 409 → ConflictError).
 * After a write the list and every session (they carry label names) are read again on demand.
 */

export class SessionLabelChange {
  constructor(readonly labelId: number, readonly created?: SessionLabelDto) {}
}

export class SessionLabelsReordered {
  constructor(readonly count: number) {}
}

export class SessionLabelDeleted {
  constructor(readonly labelId: number) {}
}

const byPriority = (a: SessionLabelDto, b: SessionLabelDto) => a.priority - b.priority || a.id - b.id;

const SessionLabelChangeRef = builder.objectRef<SessionLabelChange>('SessionLabelSuccess').implement({
  description: 'The session label after creating or renaming it.',
  isTypeOf: (v) => v instanceof SessionLabelChange,
  fields: (t) => ({
    label: t.field({
      type: SessionLabelRef,
      description: 'The label as the Reporter has it now (after a rename, read again from the label list).',
      resolve: async (c, _a, ctx) => c.created ?? (await ctx.loaders.reporter.sessionLabels.load('all')).find((l) => l.id === c.labelId) ?? null,
    }),
  }),
});

const SessionLabelsReorderedRef = builder.objectRef<SessionLabelsReordered>('SessionLabelPrioritiesSuccess').implement({
  description: 'Every session label, by priority, after re-prioritising.',
  isTypeOf: (v) => v instanceof SessionLabelsReordered,
  fields: (t) => ({
    labels: t.field({
      type: [SessionLabelRef],
      nullable: { list: true, items: false },
      description: 'Every session label of the project, by their new priority.',
      resolve: async (_c, _a, ctx) => [...(await ctx.loaders.reporter.sessionLabels.load('all'))].sort(byPriority),
    }),
  }),
});

const SessionLabelDeletedRef = builder.objectRef<SessionLabelDeleted>('DeleteSessionLabelSuccess').implement({
  description: 'The label is gone, and with it from every session.',
  isTypeOf: (v) => v instanceof SessionLabelDeleted,
  fields: (t) => ({
    deletedLabelId: t.field({ type: 'Long', nullable: false, description: 'The Reporter id of the deleted label.', resolve: (d) => d.labelId }),
    deletedId: t.id({ nullable: false, description: 'The global ID the label had.', resolve: (d, _args, ctx) => encodeId('SessionLabel', String(d.labelId), ctx) }),
  }),
});

/** The label `raw` names, from the list; NOT_FOUND before any write when there is none. */
async function existing(raw: string, ctx: Context): Promise<SessionLabelDto> {
  const id = longId(raw, 'labelId');
  const found = (await ctx.loaders.reporter.sessionLabels.load('all')).find((l) => l.id === id);
  if (!found) throw new NotFoundError(`No session label ${raw}`, 'reporter');
  return found;
}

/** After a write: the label list and the sessions (they embed label names and priorities). */
function forget(ctx: Context): void {
  ctx.loaders.reporter.sessionLabels.clearAll();
  forgetSessions(ctx.loaders.reporter);
}

builder.mutationField('createSessionLabel', (t) =>
  t.field({
    type: SessionLabelChangeRef,
    description: 'Creates a session label (POST logs/labels/sessions). Without `priority` it goes last. A name in use is a ConflictError.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'CreateSessionLabelResult' } },
    args: {
      name: t.arg.string({ required: true, description: 'The label’s name (not blank; trimmed).' }),
      priority: t.arg.int({ description: 'Sort order, lower first; default: after the last label.' }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const name = nameOf(args.name, 'name');
        const r = ctx.loaders.reporter;
        const priority = args.priority ?? nextPriority(await r.sessionLabels.load('all'));
        const created = await r.client.createSessionLabel({ name, priority }, { signal: ctx.signal });
        forget(ctx);
        return new SessionLabelChange(created.id, created);
      }),
  }),
);

builder.mutationField('renameSessionLabel', (t) =>
  t.field({
    type: SessionLabelChangeRef,
    description: 'Renames a session label, keeping its priority (PUT logs/labels/sessions/{id}). The same name succeeds without a write.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'RenameSessionLabelResult' } },
    args: {
      labelId: t.arg({ type: 'Long', required: true, description: 'The label’s Reporter id (`SessionLabel.labelId`).' }),
      name: t.arg.string({ required: true, description: 'The new name (not blank; trimmed).' }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const name = nameOf(args.name, 'name');
        const label = await existing(args.labelId, ctx);
        if (label.name === name) return new SessionLabelChange(label.id);
        await ctx.loaders.reporter.client.updateSessionLabel(label.id, { name, priority: label.priority }, { signal: ctx.signal });
        forget(ctx);
        return new SessionLabelChange(label.id);
      }),
  }),
);

builder.mutationField('setSessionLabelPriorities', (t) =>
  t.field({
    type: SessionLabelsReorderedRef,
    description: 'Re-prioritises session labels in one request (PUT logs/labels/sessions/change-priority); labels not listed keep theirs.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'SetSessionLabelPrioritiesResult' } },
    args: {
      priorities: t.arg({ type: [LabelPriorityInput], required: true, description: 'New priorities, each label at most once.' }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const r = ctx.loaders.reporter;
        const items = args.priorities.map((p) => ({ id: p.labelId, priority: p.priority }));
        const changes = priorityChanges(items, await r.sessionLabels.load('all'), 'priorities', 'session label');
        await r.client.changeSessionLabelPriority(changes, { signal: ctx.signal });
        forget(ctx);
        return new SessionLabelsReordered(changes.length);
      }),
  }),
);

builder.mutationField('deleteSessionLabel', (t) =>
  t.field({
    // Its answer holds no Reporter-owned type: the backend map (schema/backend-map.ts) is told.
    extensions: { backends: ['reporter'] },
    type: SessionLabelDeletedRef,
    description:
      'Deletes a session label, which takes it off every session (DELETE logs/labels/sessions/{id}). An unknown id is a NotFoundError, also when a retried delete already applied.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'DeleteSessionLabelResult' } },
    args: { labelId: t.arg({ type: 'Long', required: true, description: 'The label’s Reporter id (`SessionLabel.labelId`).' }) },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const label = await existing(args.labelId, ctx);
        await ctx.loaders.reporter.client.deleteSessionLabel(label.id, { signal: ctx.signal });
        forget(ctx);
        return new SessionLabelDeleted(label.id);
      }),
  }),
);
