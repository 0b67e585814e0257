import type { ScenarioExperimentDto } from '../../backends/reporter/types-analytics.js';
import { builder } from '../builder.js';
import { selectedFieldNames } from '../selection.js';
import { connectionOf, windowOf } from '../pagination.js';
import { nodeResults } from './node-results.js';
import { knownOrUnknown, openEnumValues } from './open-enum.js';
import { readableWith } from '../type-scopes.js';

/** ScenarioExperimentStatus (reporter-api.md §2.9). */
const EXPERIMENT_STATUSES = ['CREATED', 'RUNNING', 'STOPPED'] as const;
type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number] | 'UNKNOWN';

export const ExperimentStatusEnum = builder.enumType('ExperimentStatus', {
  description: 'Where a scenario experiment (A/B test) is in its life. A status the Reporter adds later reads UNKNOWN; see `statusRaw`.',
  values: openEnumValues<(typeof EXPERIMENT_STATUSES)[number]>(
    {
      CREATED: 'Created; no session has joined it yet (the first join starts it, INFERRED §2.9).',
      RUNNING: 'Sessions are joining it.',
      STOPPED: 'Stopped: no more sessions join; the counts are final.',
    },
    'A status this gateway does not know yet; `statusRaw` carries it.',
  ),
});

const ExperimentBranchRef = builder.objectRef<{ key: string; description?: string }>('ExperimentBranch').implement({
  ...readableWith('read', 'experiments'),
  description: 'One branch of an experiment: a variant of the scenario a joining session may be given.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: false, description: 'Branch key, a letter A–E in the platform UI (GUESS §2.9).' }),
    description: t.exposeString('description', { description: 'What this branch does differently.' }),
  }),
});

export const ExperimentRef = builder.objectRef<ScenarioExperimentDto>('Experiment');

builder.node(ExperimentRef, {
  ...readableWith('read', 'experiments'),
  description:
    'A Reporter scenario experiment (A/B test): sessions that join it are given one of its branches at random (reporter-api.md §2.9). Its global ID carries its key.',
  id: { resolve: (e) => e.key, description: 'Global ID of the experiment (it carries the key).' },
  loadMany: async (keys, ctx) => nodeResults(await ctx.loaders.reporter.experimentByKey.loadMany(keys)),
  fields: (t) => ({
    key: t.exposeString('key', { nullable: false, description: 'The experiment code the scenario passes to `$analytics.joinExperiment`.' }),
    description: t.exposeString('description', { description: 'What the experiment tests.' }),
    status: t.field({
      type: ExperimentStatusEnum,
      description: 'Where the experiment is in its life; UNKNOWN for a status the gateway does not know yet.',
      resolve: (e) => knownOrUnknown(e.status, EXPERIMENT_STATUSES) as ExperimentStatus | null,
    }),
    statusRaw: t.exposeString('status', { description: 'The status exactly as the Reporter sent it.' }),
    branches: t.field({
      type: [ExperimentBranchRef],
      nullable: false,
      description: 'Its branches, in the order they were defined.',
      resolve: (e) => e.branches ?? [],
    }),
    sessionCount: t.int({
      // Analytics over sessions, not the experiment's own definition: a key with only `experiments`
      // (which opens this type in a mutation's payload) does not read it.
      authScopes: { read: true },
      description:
        'How many sessions have joined the experiment (needs the `read` scope). One `count-sessions` call answers this for every experiment in the request.',
      resolve: (e, _args, ctx) => ctx.loaders.reporter.experimentSessionCount.load(e.key),
    }),
  }),
});

builder.queryFields((t) => ({
  experiments: t.connection(
    {
      type: ExperimentRef,
      description:
        'The project’s scenario experiments (A/B tests), in the Reporter’s order. The Reporter returns the whole list in one call; paging happens here.',
      args: {
        status: t.arg({ type: [ExperimentStatusEnum], required: false, description: 'Only experiments in one of these statuses.' }),
      },
      resolve: async (_root, args, ctx, info) => {
        const window = windowOf(args, ctx.config.maxPageSize);
        // count-sessions does not depend on the list: when counts are selected, start it now so
        // both calls run in parallel (the critical path is one round trip, not two).
        if (selectedFieldNames(info, ['edges', 'node']).has('sessionCount')) {
          ctx.loaders.reporter.experimentCounts.load('all').catch(() => undefined);
        }
        const wanted = args.status?.length ? new Set<string>(args.status) : undefined;
        const all = (await ctx.loaders.reporter.experimentList.load('all')).filter(
          (e) => !wanted || wanted.has(knownOrUnknown(e.status, EXPERIMENT_STATUSES) ?? ''),
        );
        return connectionOf(all.slice(window.offset, window.offset + window.count), window, all.length);
      },
    },
    {
      name: 'ExperimentConnection',
      description: 'A page of scenario experiments.',
      edgesField: { description: 'The experiments of this page, each with its cursor.' },
      fields: (tc) => ({
        totalCount: tc.int({
          nullable: false,
          description: 'How many experiments match, over all pages.',
          resolve: (c) => (c as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    { name: 'ExperimentEdge', description: 'An experiment in a page of experiments.', nodeField: { description: 'The experiment.' } },
  ),
  experiment: t.field({
    type: ExperimentRef,
    description: 'One scenario experiment by its key. Fails with NOT_FOUND when the Reporter has no such experiment.',
    args: { key: t.arg.string({ required: true, description: 'The experiment key (its code).' }) },
    resolve: (_root, args, ctx) => ctx.loaders.reporter.experimentByKey.load(args.key),
  }),
}));
