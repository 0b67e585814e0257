import type { FieldMap, ObjectFieldBuilder, ObjectRef } from '@pothos/core';
import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { encodeId } from '../global-id.js';
import { NotFoundError } from '../mutation-errors.js';
import { LabelGroupPriorityInput, LabelPriorityInput, labelsMutation, longId, nameOf, priorityChanges, type Types } from './label-mutations-shared.js';

/**
 * One definition of a Reporter label list's management (reporter-api.md §3.7): create, rename,
 * re-prioritise and delete, for session labels, message labels and message label groups alike
 * (label-lists.ts says how each differs). The list is read first (one `GET` of it per request):
 * it finds the target, which a rename needs whole (the PUT bodies carry name and priority, §2.5),
 * and turns an unknown id into NOT_FOUND before any write. After a write the kind's loaders are
 * cleared, so the payload reads the list again.
 *
 * Names follow from the item's type, e.g. SessionLabel: `renameSessionLabel`,
 * `setSessionLabelPriorities`, `deleteSessionLabel` (+ the kind's own `createSessionLabel`), the
 * payloads `SessionLabelSuccess`, `SessionLabelPrioritiesSuccess`, `DeleteSessionLabelSuccess` and
 * the unions `<Mutation>Result`.
 */


export interface ListedItem {
  id?: number | null;
  name: string;
  priority?: number | null;
}

/** A label or group after creating or renaming it: by id, or by name when a create answer had none. */
export class LabelListChange<T> {
  constructor(readonly id: number | undefined, readonly name: string, readonly created?: T, readonly firstLabelId?: number) {}
}

export interface LabelListKind<T extends ListedItem> {
  /** The item's GraphQL type; every name above follows from it. */
  type: 'SessionLabel' | 'MessageLabel' | 'MessageLabelGroup';
  /** The item as field names and texts say it: `label`/`labels`/`labelId`, or `group`/…. */
  item: 'label' | 'group';
  /** How errors name it ("No session label 7"). */
  what: string;
  ref: ObjectRef<Types, T>;
  /** The list's path (§3.7): PUT `{path}/{id}` renames, PUT `{path}/change-priority` re-prioritises. */
  path: string;
  list(ctx: Context): Promise<readonly T[]>;
  /** The payload's order of the whole list after re-prioritising. */
  order(a: T, b: T): number;
  /** Clears the list and everything that embeds its items. */
  forget(ctx: Context): void;
  rename(item: T & { id: number }, name: string, ctx: Context): Promise<void>;
  reprioritise(changes: { id: number; newPriority: number }[], ctx: Context): Promise<void>;
  remove(id: number, ctx: Context): Promise<void>;
  docs: {
    /** Of the Success type, its item field, the Priorities type and its list field, the Delete type. */
    success: string;
    itemField: string;
    priorities: string;
    listField: string;
    deleted: string;
    /** What a rename keeps ("its priority") and the sentence after the path. */
    renameKeeps: string;
    renameNote: string;
    deleteMutation: string;
  };
  /** Fields the Success type has beside the item (a group's first label). */
  successFields?: (t: ObjectFieldBuilder<Types, LabelListChange<T>>) => FieldMap;
  /** Defines the kind's create mutation, given the Success type it returns and how to make its value. */
  create(success: ObjectRef<Types, LabelListChange<T>>, change: (...args: ConstructorParameters<typeof LabelListChange<T>>) => LabelListChange<T>): void;
}

export function defineLabelList<T extends ListedItem>(kind: LabelListKind<T>): void {
  const { type, item, what } = kind;
  const Item = `${item[0].toUpperCase()}${item.slice(1)}`;
  // Own classes per kind: isTypeOf must tell a session label's payload from a message label's.
  class Change extends LabelListChange<T> {}
  class Reordered {
    constructor(readonly count: number) {}
  }
  class Deleted {
    constructor(readonly id: number) {}
  }

  const find = async (ctx: Context, c: LabelListChange<T>) =>
    c.created ?? (await kind.list(ctx)).find((x) => (c.id !== undefined ? x.id === c.id : x.name === c.name)) ?? null;

  const SuccessRef = builder.objectRef<LabelListChange<T>>(`${type}Success`).implement({
    description: kind.docs.success,
    isTypeOf: (v) => v instanceof Change,
    fields: (t) => ({
      // `as never`: the resolver's type is conditional on T, open in this generic; `type` binds both.
      [item]: t.field({ type: kind.ref, description: kind.docs.itemField, resolve: (c, _a, ctx) => find(ctx, c) as never }),
      ...kind.successFields?.(t),
    }),
  });

  const PrioritiesRef = builder.objectRef<Reordered>(`${type}PrioritiesSuccess`).implement({
    description: kind.docs.priorities,
    isTypeOf: (v) => v instanceof Reordered,
    fields: (t) => ({
      [`${item}s`]: t.field({
        type: [kind.ref],
        nullable: { list: true, items: false },
        description: kind.docs.listField,
        resolve: async (_c, _a, ctx) => [...(await kind.list(ctx))].sort(kind.order) as never,
      }),
    }),
  });

  const DeletedRef = builder.objectRef<Deleted>(`Delete${type}Success`).implement({
    description: kind.docs.deleted,
    isTypeOf: (v) => v instanceof Deleted,
    fields: (t) => ({
      [`deleted${Item}Id`]: t.field({ type: 'Long', nullable: false, description: `The Reporter id of the deleted ${item}.`, resolve: (d) => d.id }),
      deletedId: t.id({ nullable: false, description: `The global ID the ${item} had.`, resolve: (d, _a, ctx) => encodeId(type, String(d.id), ctx) }),
    }),
  });

  /** The item `raw` names, from the list; NOT_FOUND before any write when there is none. */
  const existing = async (raw: string, ctx: Context): Promise<T & { id: number }> => {
    const id = longId(raw, `${item}Id`);
    const found = (await kind.list(ctx)).find((x) => x.id === id);
    if (!found || found.id == null) throw new NotFoundError(`No ${what} ${raw}`, 'reporter');
    return { ...found, id: found.id };
  };
  const idArg = `The ${item}’s Reporter id (\`${type}.${item}Id\`).`;
  const plural = `${what}s`;

  kind.create(SuccessRef, (...args) => new Change(...args));

  labelsMutation(
    `rename${type}`,
    SuccessRef,
    `Renames a ${what}, keeping ${kind.docs.renameKeeps} (PUT ${kind.path}/{id}). ${kind.docs.renameNote}`,
    (arg) => ({
      ...{ [`${item}Id`]: arg({ type: 'Long', required: true, description: idArg }) },
      name: arg.string({ required: true, description: 'The new name (not blank; trimmed).' }),
    }),
    async (args, ctx) => {
      const name = nameOf(args.name, 'name');
      const target = await existing(idOf(args, item), ctx);
      if (target.name === name) return new Change(target.id, name);
      await kind.rename(target, name, ctx);
      kind.forget(ctx);
      return new Change(target.id, name);
    },
  );

  labelsMutation(
    `set${type}Priorities`,
    PrioritiesRef,
    `Re-prioritises ${plural} in one request (PUT ${kind.path}/change-priority); ${item}s not listed keep theirs.`,
    (arg) => ({
      priorities: arg({
        type: [item === 'label' ? LabelPriorityInput : LabelGroupPriorityInput],
        required: true,
        description: `New priorities, each ${item} at most once.`,
      }),
    }),
    async (args, ctx) => {
      const items = (args.priorities as Array<Record<string, string | number>>).map((p) => ({ id: String(p[`${item}Id`]), priority: Number(p.priority) }));
      const changes = priorityChanges(items, await kind.list(ctx), 'priorities', what);
      await kind.reprioritise(changes, ctx);
      kind.forget(ctx);
      return new Reordered(changes.length);
    },
  );

  labelsMutation(
    `delete${type}`,
    DeletedRef,
    kind.docs.deleteMutation,
    (arg) => ({ [`${item}Id`]: arg({ type: 'Long', required: true, description: idArg }) }),
    async (args, ctx) => {
      const target = await existing(idOf(args, item), ctx);
      await kind.remove(target.id, ctx);
      kind.forget(ctx);
      return new Deleted(target.id);
    },
  );
}

/** The id argument, named `labelId` or `groupId` after the item (a computed key the inferred args type leaves out). */
function idOf(args: object, item: 'label' | 'group'): string {
  return String((args as Record<string, unknown>)[`${item}Id`]);
}
