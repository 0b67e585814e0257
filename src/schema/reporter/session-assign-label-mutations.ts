import type { AnalyticsFilter } from '../../backends/reporter/filters.js';
import { REPORTER_MAX_PAGE_SIZE } from '../../backends/reporter/loaders.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { InvalidInputError, MUTATION_ERRORS, mutationWork } from '../mutation-errors.js';
import { toAnalyticsFilters } from './filter-convert.js';
import { ReporterFilterInput, type ReporterFilterValue } from './filter-input.js';
import { assignedLabelIds, COMPARISON_FOR, forgetSessions, LabelActionEnum, type LabelAction } from './label-mutations-shared.js';
import { reporterConnection } from './paging.js';
import { SessionConnection, SessionLabelRef, SessionRef, upstreamIdOf } from './refs.js';

/**
 * Labelling sessions (reporter-api.md §3.7): add one label, remove one, set the whole set, and
 * bulk-label many sessions by ids or by the `sessions` filter.
 *
 * add/remove/set first read the session (one `sessions/filter`, with labels) and the label list:
 * an unknown label is refused and a change that is already so is not written (`changed: false`),
 * so the outcome never depends on how the real server treats a repeated add or remove (the spec
 * does not say). After a write the session loaders are cleared, so `session` shows the new labels.
 */

type Change = { kind: 'add' | 'remove'; labelId: string } | { kind: 'set'; labelIds: readonly string[] };

export class SessionLabelsChange {
  constructor(readonly sessionId: string, readonly changed: boolean) {}
}

export class SessionBulkLabeling {
  constructor(
    readonly action: LabelAction,
    readonly labelIds: number[],
    readonly target: { sessionIds: string[] } | { filters: AnalyticsFilter[] },
  ) {}
}

const SessionLabelsChangeRef = builder.objectRef<SessionLabelsChange>('SessionLabelsChangeSuccess').implement({
  description: 'The session after adding, removing or setting its labels.',
  isTypeOf: (v) => v instanceof SessionLabelsChange,
  fields: (t) => ({
    session: t.field({
      type: SessionRef,
      description: 'The session, read again after the change (labels included).',
      resolve: (c, _a, ctx) => ctx.loaders.reporter.session.load(c.sessionId),
    }),
    changed: t.boolean({
      nullable: false,
      description: 'False when the session was already as asked: nothing was written.',
      resolve: (c) => c.changed,
    }),
  }),
});

async function changeSessionLabels(rawSessionId: string, change: Change, ctx: Context): Promise<SessionLabelsChange> {
  return mutationWork(async () => {
    const sessionId = upstreamIdOf(rawSessionId, 'Session', ctx).trim();
    if (!sessionId) throw new InvalidInputError('The session id must not be empty', 'sessionId');
    const r = ctx.loaders.reporter;
    const [known, session] = await Promise.all([r.sessionLabels.load('all'), r.session.load(sessionId)]);
    const has = new Set((session.labels ?? []).map((l) => l.id));
    let write: (() => Promise<void>) | undefined;
    if (change.kind === 'set') {
      const ids = assignedLabelIds(change.labelIds, known, 'labelIds');
      const same = ids.length === has.size && ids.every((id) => has.has(id));
      if (!same) write = () => r.client.setSessionLabels(sessionId, ids, { signal: ctx.signal });
    } else {
      const [id] = assignedLabelIds([change.labelId], known, 'labelId', false);
      if (change.kind === 'add' && !has.has(id)) write = () => r.client.attachSessionLabel(sessionId, id, { signal: ctx.signal });
      if (change.kind === 'remove' && has.has(id)) write = () => r.client.detachSessionLabel(sessionId, id, { signal: ctx.signal });
    }
    if (!write) return new SessionLabelsChange(sessionId, false);
    await write();
    forgetSessions(r);
    return new SessionLabelsChange(sessionId, true);
  });
}

const SESSION_ID = 'The session’s global ID, or its Reporter session id.';
const LABEL_ID = 'The session label’s Reporter id (`SessionLabel.labelId`).';

builder.mutationField('addSessionLabel', (t) =>
  t.field({
    type: SessionLabelsChangeRef,
    description:
      'Puts a label on a session (POST session-labels/sessions). A label the session already has succeeds with `changed: false`; an unknown label is InvalidInputError on `labelId`.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'AddSessionLabelResult' } },
    args: {
      sessionId: t.arg.id({ required: true, description: SESSION_ID }),
      labelId: t.arg({ type: 'Long', required: true, description: LABEL_ID }),
    },
    resolve: (_root, args, ctx) => changeSessionLabels(String(args.sessionId), { kind: 'add', labelId: args.labelId }, ctx),
  }),
);

builder.mutationField('removeSessionLabel', (t) =>
  t.field({
    type: SessionLabelsChangeRef,
    description:
      'Takes a label off a session (DELETE session-labels/sessions, with a body). A label the session lacks succeeds with `changed: false`.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'RemoveSessionLabelResult' } },
    args: {
      sessionId: t.arg.id({ required: true, description: SESSION_ID }),
      labelId: t.arg({ type: 'Long', required: true, description: LABEL_ID }),
    },
    resolve: (_root, args, ctx) => changeSessionLabels(String(args.sessionId), { kind: 'remove', labelId: args.labelId }, ctx),
  }),
);

builder.mutationField('setSessionLabels', (t) =>
  t.field({
    type: SessionLabelsChangeRef,
    description:
      'Replaces a session’s labels with exactly these (POST session-labels/sessions/set-by-list); an empty list removes them all. The same set succeeds with `changed: false`.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'SetSessionLabelsResult' } },
    args: {
      sessionId: t.arg.id({ required: true, description: SESSION_ID }),
      labelIds: t.arg({ type: ['Long'], required: true, description: 'Every label the session should have, by Reporter id.' }),
    },
    resolve: (_root, args, ctx) => changeSessionLabels(String(args.sessionId), { kind: 'set', labelIds: args.labelIds }, ctx),
  }),
);

const BulkLabelSessionsRef = builder.objectRef<SessionBulkLabeling>('BulkLabelSessionsSuccess').implement({
  description: 'The labels and the targeted sessions after a bulk labelling.',
  isTypeOf: (v) => v instanceof SessionBulkLabeling,
  fields: (t) => ({
    action: t.field({ type: LabelActionEnum, nullable: false, description: 'What was done.', resolve: (b) => b.action }),
    labels: t.field({
      type: [SessionLabelRef],
      nullable: { list: true, items: false },
      description: 'The labels added or removed.',
      resolve: async (b, _a, ctx) => (await ctx.loaders.reporter.sessionLabels.load('all')).filter((l) => b.labelIds.includes(l.id)),
    }),
    sessions: t.connection(
      {
        type: SessionRef,
        description:
          'The targeted sessions as they are now: the given ids in their order, or what the filter matches now (newest first; after REMOVE a filter on those labels matches fewer).',
        resolve: (b, args, ctx) =>
          reporterConnection(args, ctx, async (page, size) => {
            const r = ctx.loaders.reporter;
            if ('filters' in b.target) {
              const d = await r.sessionPage.load({ filters: b.target.filters, page, size });
              return { items: d.sessions, total: d.paging.totalCount };
            }
            const ids = b.target.sessionIds;
            return { items: await Promise.all(ids.slice(page * size, (page + 1) * size).map((id) => r.session.load(id))), total: ids.length };
          }),
      },
      SessionConnection,
    ),
  }),
});

builder.mutationField('bulkLabelSessions', (t) =>
  t.field({
    type: BulkLabelSessionsRef,
    description:
      'Adds or removes labels on many sessions in one request (POST session-labels/sessions/bulk-labeling): the given `sessionIds`, or every session `filter` matches. Give exactly one of them; a filter must have at least one condition.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'BulkLabelSessionsResult' } },
    args: {
      action: t.arg({ type: LabelActionEnum, required: true, description: 'ADD or REMOVE the labels.' }),
      labelIds: t.arg({ type: ['Long'], required: true, description: 'The session labels, by Reporter id (at least one).' }),
      sessionIds: t.arg.idList({ description: `The sessions (global IDs or Reporter ids), at most ${REPORTER_MAX_PAGE_SIZE}.` }),
      filter: t.arg({ type: ReporterFilterInput, description: 'The sessions this filter matches (as `sessions(filter:)` takes it).' }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        if (args.labelIds.length === 0) throw new InvalidInputError('Give at least one label', 'labelIds');
        const target = bulkTarget(args.sessionIds?.map(String), args.filter, ctx);
        const r = ctx.loaders.reporter;
        const labelIds = assignedLabelIds(args.labelIds, await r.sessionLabels.load('all'), 'labelIds');
        const body = { comparisonType: COMPARISON_FOR[args.action], labels: labelIds };
        const targetBody = 'filters' in target ? { filters: { filters: target.filters } } : { objectIds: target.sessionIds };
        await r.client.bulkLabelSessions({ ...body, ...targetBody }, { signal: ctx.signal });
        forgetSessions(r);
        return new SessionBulkLabeling(args.action, labelIds, target);
      }),
  }),
);

/** Exactly one of ids or a non-empty filter: an empty filter would label every session of the project. */
function bulkTarget(ids: string[] | undefined, filter: ReporterFilterValue | null | undefined, ctx: Context): SessionBulkLabeling['target'] {
  if (ids && filter) throw new InvalidInputError('Give `sessionIds` or `filter`, not both', 'filter');
  if (ids) {
    if (ids.length === 0) throw new InvalidInputError('Give at least one session', 'sessionIds');
    if (ids.length > REPORTER_MAX_PAGE_SIZE) throw new InvalidInputError(`At most ${REPORTER_MAX_PAGE_SIZE} sessions at once`, 'sessionIds');
    const parsed = ids.map((id) => upstreamIdOf(id, 'Session', ctx).trim());
    const blank = parsed.indexOf('');
    if (blank >= 0) throw new InvalidInputError('A session id is empty', `sessionIds[${blank}]`);
    return { sessionIds: [...new Set(parsed)] };
  }
  if (!filter) throw new InvalidInputError('Give `sessionIds` or `filter`', 'sessionIds');
  const filters = toAnalyticsFilters(filter, 'filter');
  if (filters.length === 0) throw new InvalidInputError('The filter has no condition: it would label every session', 'filter');
  return { filters };
}
