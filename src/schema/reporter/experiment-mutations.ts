import { encodeId } from '../global-id.js';
import type { ScenarioExperimentDto } from '../../backends/reporter/types-analytics.js';
import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { ErrorCode, UpstreamError } from '../../gateway/errors.js';
import { ConflictError, InvalidInputError, MUTATION_ERRORS, mutationWork } from '../mutation-errors.js';
import { ExperimentRef } from './experiment.js';
import { upstreamIdOf } from './refs.js';
import { optionalText, required } from './write-checks.js';

/**
 * Scenario experiment (A/B test) writes, reporter-api.md §3.10 (the path's misspelling
 * `scenario-exeperiments` is the real one): create, activate (the spec's `join`), stop, delete.
 * Every success carries the experiment read back through the request's loaders, which are cleared
 * first, so `status` and `sessionCount` in the payload are the state after the write.
 */

/** The platform UI offers branches A–E and an experiment compares at least two ([D-AB]; GUESS §2.9). */
const BRANCH_KEYS = ['A', 'B', 'C', 'D', 'E'];
/**
 * GUESS: the key is the code a scenario passes to `$analytics.joinExperiment("<code>")` and goes in a
 * query string, so letters, digits, `_`, `-` and `.`, starting with a letter or digit, at most 100.
 */
const EXPERIMENT_KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** Only a new key is held to the format: existing experiments keep whatever key they were made with. */
function experimentKey(raw: string, field: string): string {
  const key = required(raw, field);
  if (!EXPERIMENT_KEY.test(key)) {
    throw new InvalidInputError(`\`${field}\` must be 1–100 letters, digits, \`_\`, \`-\` or \`.\`, starting with a letter or digit`, field);
  }
  return key;
}

interface BranchInput {
  key: string;
  description?: string | null;
}

function branchesOf(branches: readonly BranchInput[]): { key: string; description?: string }[] {
  if (branches.length < 2 || branches.length > 5) throw new InvalidInputError('An experiment has 2 to 5 branches', 'input.branches');
  const seen = new Set<string>();
  return branches.map((b, i) => {
    const at = `input.branches[${i}]`;
    if (!BRANCH_KEYS.includes(b.key)) throw new InvalidInputError('A branch key is one of the letters A, B, C, D, E', `${at}.key`);
    if (seen.has(b.key)) throw new InvalidInputError(`Branch ${b.key} is given twice`, `${at}.key`);
    seen.add(b.key);
    const description = optionalText(b.description, `${at}.description`);
    return description === undefined ? { key: b.key } : { key: b.key, description };
  });
}

/** Drops what this request has read about experiments: the list, by-key answers and counts. */
function forgetExperiments(ctx: Context): void {
  const l = ctx.loaders.reporter;
  l.experimentList.clearAll();
  l.experimentByKey.clearAll();
  l.experimentSessionCount.clearAll();
}

const ExperimentBranchInput = builder.inputType('ExperimentBranchInput', {
  description: 'One branch of a new experiment.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'A letter A–E, distinct within the experiment.' }),
    description: t.string({ description: 'What this branch does differently.' }),
  }),
});

const CreateExperimentInput = builder.inputType('CreateExperimentInput', {
  description: 'A new scenario experiment (ScenarioExperimentDto, §2.9).',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The experiment code the scenario joins; letters, digits, `_`, `-`, `.`; unique in the project.' }),
    description: t.string({ description: 'What the experiment tests.' }),
    branches: t.field({ type: [ExperimentBranchInput], required: true, description: '2 to 5 branches with distinct keys A–E.' }),
  }),
});

const ExperimentSuccess = builder.objectRef<{ key: string }>('ExperimentSuccess').implement({
  description: 'The experiment after the change, with its status and session count.',
  fields: (t) => ({
    experiment: t.field({
      type: ExperimentRef,
      nullable: false,
      description: 'The experiment, read after the write.',
      resolve: (p, _a, ctx) => ctx.loaders.reporter.experimentByKey.load(p.key),
    }),
  }),
});

const ActivateExperimentSuccess = builder.objectRef<{ key: string; sessionId: string; branch: string }>('ActivateExperimentSuccess').implement({
  description: 'The session has joined the experiment; `branchKey` is the branch it got (the same on every later join).',
  fields: (t) => ({
    branchKey: t.exposeString('branch', { nullable: false, description: 'The branch the session was given (`join`’s answer), e.g. `B`.' }),
    sessionId: t.exposeString('sessionId', { nullable: false, description: 'The Reporter id of the session that joined.' }),
    experiment: t.field({
      type: ExperimentRef,
      nullable: false,
      description: 'The experiment after the join (RUNNING, with the new session count).',
      resolve: (p, _a, ctx) => ctx.loaders.reporter.experimentByKey.load(p.key),
    }),
  }),
});

const DeleteExperimentSuccess = builder.objectRef<{ key: string }>('DeleteExperimentSuccess').implement({
  description: 'The experiment is deleted.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: false, description: 'The key of the deleted experiment.' }),
    deletedId: t.id({ nullable: false, description: 'The global ID it had, to drop it from client caches.', resolve: (p, _args, ctx) => encodeId('Experiment', p.key, ctx) }),
  }),
});

const errorsOf = (name: string, what: string) => ({
  types: MUTATION_ERRORS,
  directResult: true as const,
  union: { name, description: `${what}, or why not.` },
});

builder.mutationFields((t) => ({
  createExperiment: t.field({
    type: ExperimentSuccess,
    description: 'Creates a scenario experiment (POST scenario-exeperiments) in status CREATED. A key already in use is a `ConflictError`.',
    authScopes: { experiments: true },
    errors: errorsOf('CreateExperimentResult', 'The new experiment'),
    args: { input: t.arg({ type: CreateExperimentInput, required: true, description: 'Key, description and branches.' }) },
    resolve: (_root, { input }, ctx) =>
      mutationWork(async () => {
        const body: ScenarioExperimentDto = { key: experimentKey(input.key, 'input.key'), branches: branchesOf(input.branches) };
        const description = optionalText(input.description, 'input.description');
        if (description !== undefined) body.description = description;
        const created = await ctx.loaders.reporter.client.createExperiment(body, { signal: ctx.signal });
        forgetExperiments(ctx);
        ctx.loaders.reporter.experimentByKey.prime(created.key, created);
        return { key: created.key };
      }),
  }),
  activateExperiment: t.field({
    type: ActivateExperimentSuccess,
    description:
      'Activates an experiment for a session: the spec’s `join` (POST scenario-exeperiments/join), which gives the session a branch and starts a CREATED experiment (INFERRED §2.9). Joining again returns the same branch. A stopped experiment is a `ConflictError`.',
    authScopes: { experiments: true },
    errors: errorsOf('ActivateExperimentResult', 'The branch the session got'),
    args: {
      key: t.arg.string({ required: true, description: 'The experiment key.' }),
      sessionId: t.arg.id({ required: true, description: 'The session: its global ID or the Reporter session id.' }),
      botId: t.arg.string({ required: true, description: 'The bot the session belongs to.' }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const experimentKeyValue = required(args.key, 'key');
        const sessionId = upstreamIdOf(required(String(args.sessionId), 'sessionId'), 'Session', ctx);
        const botId = required(args.botId, 'botId');
        let branch: string;
        try {
          branch = await ctx.loaders.reporter.client.joinExperiment({ sessionId, experimentKey: experimentKeyValue, botId }, { signal: ctx.signal });
        } catch (err) {
          // The Reporter refuses a join of a stopped experiment with a 400 (GUESS §1.2, the
          // simulator's `reporter.experiment.stopped`), a CONFLICT by the error-code table
          // (backends/reporter/error-codes.ts); this message says what to do about it.
          if (err instanceof UpstreamError && err.code === ErrorCode.CONFLICT && err.mnemonic?.endsWith('.experiment.stopped')) {
            throw new ConflictError(`Experiment ${experimentKeyValue} is stopped; sessions can no longer join it`, 'reporter');
          }
          throw err;
        }
        forgetExperiments(ctx);
        return { key: experimentKeyValue, sessionId, branch };
      }),
  }),
  stopExperiment: t.field({
    type: ExperimentSuccess,
    description: 'Stops an experiment (POST scenario-exeperiments/stop): no more sessions join; its counts are final. Stopping a stopped one changes nothing.',
    authScopes: { experiments: true },
    errors: errorsOf('StopExperimentResult', 'The stopped experiment'),
    args: { key: t.arg.string({ required: true, description: 'The experiment key.' }) },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const key = required(args.key, 'key');
        await ctx.loaders.reporter.client.stopExperiment(key, { signal: ctx.signal });
        forgetExperiments(ctx);
        return { key };
      }),
  }),
  deleteExperiment: t.field({
    // Its answer holds no Reporter-owned type: the backend map (schema/backend-map.ts) is told.
    extensions: { backends: ['reporter'] },
    type: DeleteExperimentSuccess,
    description: 'Deletes an experiment (DELETE scenario-exeperiments). An unknown key is a `NotFoundError` (the Reporter’s 404).',
    authScopes: { experiments: true },
    errors: errorsOf('DeleteExperimentResult', 'The deleted experiment’s key'),
    args: { key: t.arg.string({ required: true, description: 'The experiment key.' }) },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const key = required(args.key, 'key');
        await ctx.loaders.reporter.client.deleteExperiment(key, { signal: ctx.signal });
        forgetExperiments(ctx);
        return { key };
      }),
  }),
}));
