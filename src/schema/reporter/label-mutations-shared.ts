import type { ArgBuilder, InputFieldMap, InputShapeFromFields, ObjectRef, SchemaTypes } from '@pothos/core';
import { rawIdOfType, type IdOwner } from '../global-id.js';
import type { ReporterLoaders } from '../../backends/reporter/loaders.js';
import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { InvalidInputError, MUTATION_ERRORS, mutationWork, NotFoundError } from '../mutation-errors.js';
import { upstreamIdOf } from './refs.js';

/**
 * What the Reporter label and comment mutations share: the label action, priority inputs, the
 * message key, id parsing and validation (all before any upstream write), and which per-request
 * loaders a write makes stale. Unknown label ids that a mutation *assigns* are invalid input
 * (naming the field); a label or group a mutation *targets* (rename, delete) is NOT_FOUND. Both
 * are found from the label list before any write.
 */

export type LabelAction = 'ADD' | 'REMOVE';

/**
 * BulkLabelingDto.comparisonType picks the action (reporter-api.md §2.5 GUESS): CONTAINS adds the
 * labels, NOT_CONTAINS removes them. §6 lists the exact semantics as an open gap.
 */
export const COMPARISON_FOR: Record<LabelAction, string> = { ADD: 'CONTAINS', REMOVE: 'NOT_CONTAINS' };

export const LabelActionEnum = builder.enumType('LabelAction', {
  description: 'What a bulk labelling does with its labels on each target.',
  values: {
    ADD: { description: 'Put the labels on every target (nothing changes where one is already there).' },
    REMOVE: { description: 'Take the labels off every target (nothing changes where one is absent).' },
  },
});

/** The builder's type parameters, for code that is generic over its refs (the label family). */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;

/**
 * The frame every label mutation shares: the `labels` scope, the typed error union named after
 * the field (`createSessionLabel` → `CreateSessionLabelResult`), and the work run by mutationWork
 * (which turns thrown MutationErrors into union members).
 */
export function labelsMutation<Shape, Args extends InputFieldMap>(
  name: string,
  type: ObjectRef<Types, Shape>,
  description: string,
  args: (arg: ArgBuilder<Types>) => Args,
  run: (args: InputShapeFromFields<Args>, ctx: Context) => Promise<Shape>,
): void {
  builder.mutationField(name, (t) =>
    t.field({
      type,
      description,
      authScopes: { labels: true },
      // Every label mutation writes to the Reporter; some answers (a deleted id) hold no Reporter type
      // for the backend map to find (schema/backend-map.ts).
      extensions: { backends: ['reporter'] },
      errors: { types: MUTATION_ERRORS, directResult: true, union: { name: `${name[0].toUpperCase()}${name.slice(1)}Result` } },
      args: args(t.arg),
      // Pothos's resolver type is conditional on Shape, which stays open inside this generic; `type`
      // and `run` fix it together at each call, so the cast loses nothing a caller could get wrong.
      resolve: (_root, values, ctx) => mutationWork(() => run(values, ctx)) as never,
    }),
  );
}

/** A `[{<id>, priority}]` input of a change-priority call (LabelPriorityChangeDto, §2.5). */
function priorityInput<Id extends 'labelId' | 'groupId'>(name: string, description: string, id: Id, idDescription: string) {
  return builder.inputType(name, {
    description,
    fields: (t) => {
      const idField = t.field({ type: 'Long', required: true, description: idDescription });
      return { ...({ [id]: idField } as Record<Id, typeof idField>), priority: t.int({ required: true, description: 'The new sort order: lower comes first.' }) };
    },
  });
}

export const LabelPriorityInput = priorityInput(
  'LabelPriorityInput',
  'A label’s new priority (LabelPriorityChangeDto, §2.5).',
  'labelId',
  'The Reporter label id (`labelId` of the label).',
);

export const LabelGroupPriorityInput = priorityInput(
  'LabelGroupPriorityInput',
  'A message label group’s new priority (LabelPriorityChangeDto, §2.5).',
  'groupId',
  'The group’s Reporter id (`MessageLabelGroup.groupId`).',
);

export interface MessageKey {
  sessionId: string;
  questionId: string;
}

export const ReporterMessageKeyInput = builder.inputType('ReporterMessageKey', {
  description:
    'Which Reporter message: its global ID (`ReporterMessage.id`), or its `sessionId` and `questionId` (`messageId`) together. The Reporter writes by questionId alone (§3.7, §3.8); the session is needed to read the message back.',
  fields: (t) => ({
    id: t.id({ description: 'The ReporterMessage global ID.' }),
    sessionId: t.id({ description: 'The session’s global ID or Reporter session id (with `questionId`).' }),
    questionId: t.string({ description: 'The Reporter message id, `ReporterMessage.messageId` (with `sessionId`).' }),
  }),
});

type MessageKeyValue = { id?: string | number | null; sessionId?: string | number | null; questionId?: string | null };

/** The (sessionId, questionId) pair a ReporterMessageKey names; InvalidInputError naming `field` otherwise. */
export function messageKeyOf(v: MessageKeyValue, field: string, ctx: IdOwner): MessageKey {
  if (v.id != null) {
    if (v.sessionId != null || v.questionId != null) throw new InvalidInputError('Give `id`, or `sessionId` with `questionId`, not both', field);
    const key = pairOf(String(v.id), ctx);
    if (!key) throw new InvalidInputError('Not a ReporterMessage ID', `${field}.id`);
    return key;
  }
  const sessionId = v.sessionId != null ? upstreamIdOf(String(v.sessionId), 'Session', ctx).trim() : '';
  const questionId = v.questionId?.trim() ?? '';
  if (!sessionId) throw new InvalidInputError('Give `id`, or `sessionId` with `questionId`', `${field}.sessionId`);
  if (!questionId) throw new InvalidInputError('Give `questionId` with `sessionId`', `${field}.questionId`);
  return { sessionId, questionId };
}

/** The read graph's message id is the JSON pair `[sessionId, questionId]` inside the global ID. */
function pairOf(id: string, ctx: IdOwner): MessageKey | undefined {
  // A global ID of a message, or else maybe the raw pair.
  const raw = rawIdOfType(id, 'ReporterMessage', ctx) ?? id;
  try {
    const v = JSON.parse(raw) as unknown;
    if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string' && x.trim() !== '')) {
      return { sessionId: v[0] as string, questionId: v[1] as string };
    }
  } catch {
    // not JSON
  }
  return undefined;
}

/** A Long id (a string of digits) as the number the wire takes; label ids past 2^53 cannot be sent exactly. */
export function longId(value: string, field: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new InvalidInputError(`${value} is not an id the Reporter can take`, field);
  return n;
}

/** A non-blank name, trimmed (the simulator, like the UI, refuses blank names). */
export function nameOf(value: string, field: string, max = 255): string {
  const name = value.trim();
  if (!name) throw new InvalidInputError('The name must not be empty', field);
  // GUESS: the spec gives no limit; 255 matches a VARCHAR column and keeps the UI readable.
  if (name.length > max) throw new InvalidInputError(`The name is longer than ${max} characters`, field);
  return name;
}

/** Ids of labels being assigned, deduplicated; an id not in `known` is invalid input at `field[i]`. */
export function assignedLabelIds(ids: readonly string[], known: readonly { id: number }[], field: string, list = true): number[] {
  const out: number[] = [];
  ids.forEach((raw, i) => {
    const at = list ? `${field}[${i}]` : field;
    const found = known.find((l) => String(l.id) === String(raw).trim());
    if (!found) throw new InvalidInputError(`No label ${raw}`, at);
    if (!out.includes(found.id)) out.push(found.id);
  });
  return out;
}

/** `[{id, newPriority}]` for a change-priority call; targets must exist (NOT_FOUND), each once. */
export function priorityChanges(
  items: readonly { id: string; priority: number }[],
  known: readonly { id?: number | null }[],
  field: string,
  what: string,
): { id: number; newPriority: number }[] {
  if (items.length === 0) throw new InvalidInputError('Give at least one priority', field);
  const seen = new Set<number>();
  return items.map((x, i) => {
    const found = known.find((k) => k.id != null && String(k.id) === String(x.id).trim());
    if (!found || found.id == null) throw new NotFoundError(`No ${what} ${x.id}`, 'reporter');
    if (seen.has(found.id)) throw new InvalidInputError(`${what} ${x.id} appears twice`, `${field}[${i}]`);
    seen.add(found.id);
    return { id: found.id, newPriority: x.priority };
  });
}

/** The priority after the last one: where a label goes when the caller gives none. */
export const nextPriority = (items: readonly { priority?: number | null }[]): number =>
  items.reduce((max, x) => Math.max(max, x.priority ?? 0), 0) + 1;

/** Everything that carries a session's labels: reloaded after a write so the payload shows the new state. */
export function forgetSessions(r: ReporterLoaders): void {
  r.session.clearAll();
  r.sessionPage.clearAll();
  r.messagesBySession.clearAll(); // its answer carries the session
  r.messagePage.clearAll(); // ExtendedMessage carries sessionLabels (§2.3)
}

/** Everything that carries a message's labels or comment. */
export function forgetMessages(r: ReporterLoaders): void {
  r.message.clearAll();
  r.messagesBySession.clearAll();
  r.messagesByClient.clearAll();
  r.messagePage.clearAll();
}
