import type { ArgBuilder, ArgumentRef, ObjectRef } from '@pothos/core';
import type { AnalyticsFilter } from '../../backends/reporter/filters.js';
import { REPORTER_MAX_PAGE_SIZE } from '../../backends/reporter/loaders.js';
import type { BulkLabelingDto } from '../../backends/reporter/types.js';
import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { InvalidInputError } from '../mutation-errors.js';
import { toAnalyticsFilters } from './filter-convert.js';
import { ReporterFilterInput, type ReporterFilterValue } from './filter-input.js';
import { assignedLabelIds, COMPARISON_FOR, LabelActionEnum, labelsMutation, type LabelAction, type Types } from './label-mutations-shared.js';
import { reporterConnection, type PageResult } from './paging.js';

/**
 * One definition of labelling things (reporter-api.md §3.7): add one label, remove one, set the
 * whole set, and bulk-label many by keys or by a filter, for sessions and messages alike
 * (label-assignments.ts says how the two differ).
 *
 * add/remove/set first read the target (with its labels) and the label list: an unknown label is
 * refused and a change that is already so is not written (`changed: false`), so the outcome never
 * depends on how the real server treats a repeated add or remove (the spec does not say). After a
 * write the target's loaders are cleared, so the payload shows the new labels.
 *
 * Names follow from the target's type, e.g. Session: `addSessionLabel`, `removeSessionLabel`,
 * `setSessionLabels`, `bulkLabelSessions`, the payloads `SessionLabelsChangeSuccess` and
 * `BulkLabelSessionsSuccess`, and the unions `<Mutation>Result`.
 */

type Arg = ArgumentRef<Types, unknown>;

export interface LabelTargetKind<Key, Target, Label extends { id: number }> {
  type: 'Session' | 'Message';
  noun: 'session' | 'message';
  /** Where the links live (§3.7): POST adds, DELETE (with a body) removes, `/set-by-list`, `/bulk-labeling`. */
  path: string;
  labelRef: ObjectRef<Types, Label>;
  labels(ctx: Context): Promise<readonly Label[]>;
  /** The one-target argument (`sessionId`, `message`) and how it reads. */
  arg: { name: string; input(arg: ArgBuilder<Types>): Arg };
  keyOf(raw: unknown, ctx: Context): Key;
  read(key: Key, ctx: Context): Promise<Target>;
  labelIdsOf(target: Target): number[];
  /** The payload's field for the target (`session`, `reporterMessage`) and its type. */
  field: { name: string; ref: ObjectRef<Types, Target> };
  add(key: Key, labelId: number, ctx: Context): Promise<void>;
  remove(key: Key, labelId: number, ctx: Context): Promise<void>;
  set(key: Key, labelIds: number[], ctx: Context): Promise<void>;
  forget(ctx: Context): void;
  bulk: {
    /** The many-targets argument (`sessionIds`, `messages`); `keysOf` parses each (field path `<arg>[i]`). */
    arg: string;
    input(arg: ArgBuilder<Types>): Arg;
    keysOf(raw: unknown[], ctx: Context): Key[];
    /** What BulkLabelingDto.objectIds holds for a key (session id, questionId); keys are unique by it. */
    objectId(key: Key): string;
    send(body: BulkLabelingDto, ctx: Context): Promise<void>;
    /** The payload's connection of the targets as they are now, and one page of a filter's matches. */
    connection: unknown;
    connectionDescription: string;
    page(filters: AnalyticsFilter[], page: number, size: number, ctx: Context): Promise<PageResult<Target>>;
  };
  /** Sentences only one kind's mutations carry. */
  docs: { addNote: string; setNote: string };
}

export function defineLabelAssignment<Key, Target, Label extends { id: number }>(kind: LabelTargetKind<Key, Target, Label>): void {
  const { type, noun, path } = kind;
  class Change {
    constructor(readonly key: Key, readonly changed: boolean) {}
  }
  class Bulk {
    constructor(readonly action: LabelAction, readonly labelIds: number[], readonly target: { keys: Key[] } | { filters: AnalyticsFilter[] }) {}
  }

  const ChangeRef = builder.objectRef<Change>(`${type}LabelsChangeSuccess`).implement({
    description: `The ${noun} after adding, removing or setting its labels.`,
    isTypeOf: (v) => v instanceof Change,
    fields: (t) => ({
      // `as never`: the resolver's type is conditional on Target, open in this generic; `type` binds both.
      [kind.field.name]: t.field({
        type: kind.field.ref,
        description: `The ${noun}, read again after the change (labels included).`,
        resolve: (c, _a, ctx) => kind.read(c.key, ctx) as never,
      }),
      changed: t.boolean({ nullable: false, description: `False when the ${noun} was already as asked: nothing was written.`, resolve: (c) => c.changed }),
    }),
  });

  type Asked = { kind: 'add' | 'remove'; labelId: string } | { kind: 'set'; labelIds: readonly string[] };
  const change = async (raw: unknown, asked: Asked, ctx: Context): Promise<Change> => {
    const key = kind.keyOf(raw, ctx);
    const [known, target] = await Promise.all([kind.labels(ctx), kind.read(key, ctx)]);
    const has = new Set(kind.labelIdsOf(target));
    let write: (() => Promise<void>) | undefined;
    if (asked.kind === 'set') {
      const ids = assignedLabelIds(asked.labelIds, known, 'labelIds');
      if (ids.length !== has.size || !ids.every((id) => has.has(id))) write = () => kind.set(key, ids, ctx);
    } else {
      const [id] = assignedLabelIds([asked.labelId], known, 'labelId', false);
      if (asked.kind === 'add' && !has.has(id)) write = () => kind.add(key, id, ctx);
      if (asked.kind === 'remove' && has.has(id)) write = () => kind.remove(key, id, ctx);
    }
    if (!write) return new Change(key, false);
    await write();
    kind.forget(ctx);
    return new Change(key, true);
  };

  const labelId = `The ${noun} label’s Reporter id (\`${type}Label.labelId\`).`;
  const targetArg = (arg: ArgBuilder<Types>) => ({ [kind.arg.name]: kind.arg.input(arg) });
  labelsMutation(
    `add${type}Label`,
    ChangeRef,
    `Puts a label on a ${noun} (POST ${path}). A label the ${noun} already has succeeds with \`changed: false\`${kind.docs.addNote}.`,
    (arg) => ({ ...targetArg(arg), labelId: arg({ type: 'Long', required: true, description: labelId }) }),
    (args, ctx) => change(named(args, kind.arg.name), { kind: 'add', labelId: args.labelId }, ctx),
  );
  labelsMutation(
    `remove${type}Label`,
    ChangeRef,
    `Takes a label off a ${noun} (DELETE ${path}, with a body). A label the ${noun} lacks succeeds with \`changed: false\`.`,
    (arg) => ({ ...targetArg(arg), labelId: arg({ type: 'Long', required: true, description: labelId }) }),
    (args, ctx) => change(named(args, kind.arg.name), { kind: 'remove', labelId: args.labelId }, ctx),
  );
  labelsMutation(
    `set${type}Labels`,
    ChangeRef,
    `Replaces a ${noun}’s labels with exactly these (POST ${path}/set-by-list); an empty list removes them all.${kind.docs.setNote}`,
    (arg) => ({ ...targetArg(arg), labelIds: arg({ type: ['Long'], required: true, description: `Every label the ${noun} should have, by Reporter id.` }) }),
    (args, ctx) => change(named(args, kind.arg.name), { kind: 'set', labelIds: args.labelIds }, ctx),
  );

  const BulkRef = builder.objectRef<Bulk>(`BulkLabel${type}sSuccess`).implement({
    description: `The labels and the targeted ${noun}s after a bulk labelling.`,
    isTypeOf: (v) => v instanceof Bulk,
    fields: (t) => ({
      action: t.field({ type: LabelActionEnum, nullable: false, description: 'What was done.', resolve: (b) => b.action }),
      labels: t.field({
        type: [kind.labelRef],
        nullable: { list: true, items: false },
        description: 'The labels added or removed.',
        resolve: async (b, _a, ctx) => (await kind.labels(ctx)).filter((l) => b.labelIds.includes(l.id)) as never,
      }),
      // Connection refs carry their node type in ways a generic cannot name; the kind pairs them.
      [`${noun}s`]: (t.connection as (...a: unknown[]) => ReturnType<typeof t.boolean>)(
        {
          type: kind.field.ref,
          description: kind.bulk.connectionDescription,
          resolve: (b: Bulk, args: Parameters<typeof reporterConnection>[0], ctx: Context) =>
            reporterConnection(args, ctx, async (page, size) => {
              if ('filters' in b.target) return kind.bulk.page(b.target.filters, page, size, ctx);
              const keys = b.target.keys;
              return { items: await Promise.all(keys.slice(page * size, (page + 1) * size).map((k) => kind.read(k, ctx))), total: keys.length };
            }),
        },
        kind.bulk.connection,
      ),
    }),
  });

  const many = kind.bulk.arg;
  labelsMutation(
    `bulkLabel${type}s`,
    BulkRef,
    `Adds or removes labels on many ${noun}s in one request (POST ${path}/bulk-labeling): the given \`${many}\`, or every ${noun} \`filter\` matches. Give exactly one of them; a filter must have at least one condition.`,
    (arg) => ({
      action: arg({ type: LabelActionEnum, required: true, description: 'ADD or REMOVE the labels.' }),
      labelIds: arg({ type: ['Long'], required: true, description: `The ${noun} labels, by Reporter id (at least one).` }),
      ...{ [many]: kind.bulk.input(arg) },
      filter: arg({ type: ReporterFilterInput, description: `The ${noun}s this filter matches (as \`${noun}s(filter:)\` takes it).` }),
    }),
    async (args, ctx) => {
      if (args.labelIds.length === 0) throw new InvalidInputError('Give at least one label', 'labelIds');
      const target = bulkTarget(named(args, many) as unknown[] | null | undefined, args.filter, ctx);
      const labelIds = assignedLabelIds(args.labelIds, await kind.labels(ctx), 'labelIds');
      const targetBody = 'filters' in target ? { filters: { filters: target.filters } } : { objectIds: target.keys.map(kind.bulk.objectId) };
      await kind.bulk.send({ comparisonType: COMPARISON_FOR[args.action], labels: labelIds, ...targetBody }, ctx);
      kind.forget(ctx);
      return new Bulk(args.action, labelIds, target);
    },
  );

  /** Exactly one of keys or a non-empty filter: an empty filter would label every target of the project. */
  function bulkTarget(raw: unknown[] | null | undefined, filter: ReporterFilterValue | null | undefined, ctx: Context): Bulk['target'] {
    if (raw && filter) throw new InvalidInputError(`Give \`${many}\` or \`filter\`, not both`, 'filter');
    if (raw) {
      if (raw.length === 0) throw new InvalidInputError(`Give at least one ${noun}`, many);
      if (raw.length > REPORTER_MAX_PAGE_SIZE) throw new InvalidInputError(`At most ${REPORTER_MAX_PAGE_SIZE} ${noun}s at once`, many);
      const seen = new Set<string>();
      return { keys: kind.bulk.keysOf(raw, ctx).filter((k) => !seen.has(kind.bulk.objectId(k)) && seen.add(kind.bulk.objectId(k))) };
    }
    if (!filter) throw new InvalidInputError(`Give \`${many}\` or \`filter\``, many);
    const filters = toAnalyticsFilters(filter, 'filter');
    if (filters.length === 0) throw new InvalidInputError(`The filter has no condition: it would label every ${noun}`, 'filter');
    return { filters };
  }
}

/** An argument whose name is the kind's (`sessionId`, `message`, …): computed keys leave the inferred args type. */
function named(args: object, name: string): unknown {
  return (args as Record<string, unknown>)[name];
}
