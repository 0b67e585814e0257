import { operationText } from '../../../scripts/operations.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, TEST_TOKENS, type TestGateway } from '../../helpers/gateway.js';

const op = (name: string) => operationText(`reporter/${name}.graphql`);
const CREATE = op('mutation-create-experiment');
const ACTIVATE = op('mutation-activate-experiment');
const STOP = op('mutation-stop-experiment');
const DELETE = op('mutation-delete-experiment');
const READ = op('analytics-experiment');

interface Experiment {
  id: string;
  key: string;
  description: string | null;
  status: string;
  branches: { key: string; description: string | null }[];
  sessionCount: number | null;
}
interface Result {
  __typename: string;
  experiment?: Experiment;
  branchKey?: string;
  sessionId?: string;
  key?: string;
  deletedId?: string;
  code?: string;
  field?: string;
  outcome?: string;
}

let gw: TestGateway;
const run = <R>(doc: string, variables: Record<string, unknown> = {}) => gw.execute(doc, variables) as Promise<ExecutionResult<R>>;
const create = (input: Record<string, unknown>) => run<{ createExperiment: Result }>(CREATE, { input }).then((r) => r.data!.createExperiment);
const activate = (v: Record<string, unknown>) => run<{ activateExperiment: Result }>(ACTIVATE, v).then((r) => r.data!.activateExperiment);
const stop = (key: string) => run<{ stopExperiment: Result }>(STOP, { key }).then((r) => r.data!.stopExperiment);
const remove = (key: string) => run<{ deleteExperiment: Result }>(DELETE, { key }).then((r) => r.data!.deleteExperiment);
const path = (rel: string) => `/api/reporter/p/${TEST_TOKENS.reporter}/${rel}`;
const AB = [{ key: 'A', description: 'old greeting' }, { key: 'B' }];
let n = 0;
/** A fresh experiment key per test: the simulator keeps its state for the whole file. */
const freshKey = () => `mut_test-${++n}`;
const session = (i = 0) => gw.sims.dataset.reporter.sessions[i]!;

beforeAll(async () => {
  gw = await startTestGateway({ timeoutMs: 400 });
});
afterAll(async () => {
  await gw.close();
});
beforeEach(() => {
  gw.sims.clearFaults();
  gw.sims.resetLogs();
});

describe('Mutation.createExperiment', () => {
  it('sends POST scenario-exeperiments with the ScenarioExperimentDto body', async () => {
    const key = freshKey();
    await create({ key, description: 'Greeting test', branches: AB });
    const posts = gw.sims.reporter.log.filter((r) => r.endpoint === 'POST scenario-exeperiments');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      method: 'POST',
      path: path('scenario-exeperiments'),
      query: {},
      body: { key, description: 'Greeting test', branches: [{ key: 'A', description: 'old greeting' }, { key: 'B' }] },
    });
  });

  it('returns the new experiment, CREATED with 0 sessions, from the answer plus one count-sessions', async () => {
    const key = freshKey();
    const res = await create({ key, branches: AB });
    expect(res.__typename).toBe('ExperimentSuccess');
    expect(res.experiment).toEqual({
      id: encodeGlobalID('Experiment', key),
      key,
      description: null,
      status: 'CREATED',
      branches: [{ key: 'A', description: 'old greeting' }, { key: 'B', description: null }],
      sessionCount: 0,
    });
    expect(gw.sims.reporter.counters()).toEqual({ 'POST scenario-exeperiments': 1, 'GET scenario-exeperiments/count-sessions': 1 });
    const read = await run<{ experiment: Experiment }>(READ, { key });
    expect(read.data!.experiment.status).toBe('CREATED');
  });

  it('returns ConflictError for a key already in use', async () => {
    const key = freshKey();
    await create({ key, branches: AB });
    const again = await create({ key, branches: AB });
    expect(again).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
    expect(gw.sims.reporter.count('POST scenario-exeperiments')).toBe(2);
  });

  it('returns ConflictError for a duplicate answered 400 reporter.experiment.duplicate, as a strict server does', async () => {
    const body = JSON.stringify({ error: 'reporter.experiment.duplicate', message: 'Experiment exists', args: {} });
    gw.sims.reporter.setFault('POST scenario-exeperiments', { kind: 'status', status: 400, body, times: 1 });
    const again = await create({ key: freshKey(), branches: AB });
    expect(again).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
  });

  it.each([
    [{ key: 'x', branches: [{ key: 'A' }] }, 'input.branches'],
    [{ key: 'x', branches: ['A', 'B', 'C', 'D', 'E', 'A'].map((k) => ({ key: k })) }, 'input.branches'],
    [{ key: 'x', branches: [{ key: 'A' }, { key: 'F' }] }, 'input.branches[1].key'],
    [{ key: 'x', branches: [{ key: 'A' }, { key: 'a' }] }, 'input.branches[1].key'],
    [{ key: 'x', branches: [{ key: 'B' }, { key: 'B' }] }, 'input.branches[1].key'],
    [{ key: 'x', branches: [{ key: 'A', description: ' ' }, { key: 'B' }] }, 'input.branches[0].description'],
    [{ key: '', branches: AB }, 'input.key'],
    [{ key: 'has space', branches: AB }, 'input.key'],
    [{ key: '-leading', branches: AB }, 'input.key'],
    [{ key: 'x', description: '', branches: AB }, 'input.description'],
  ])('refuses %j with InvalidInputError on `%s` and sends nothing', async (input, field) => {
    expect(await create(input)).toMatchObject({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT', field });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('does not retry a create under a 503 and says its outcome is unknown', async () => {
    gw.sims.reporter.setFault('POST scenario-exeperiments', { kind: 'status', status: 503 });
    const res = await create({ key: freshKey(), branches: AB });
    expect(res).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_UNAVAILABLE', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('POST scenario-exeperiments')).toBe(1);
  });
});

describe('Mutation.activateExperiment', () => {
  it('sends POST scenario-exeperiments/join with sessionId, experimentKey and botId and no body', async () => {
    const key = freshKey();
    await create({ key, branches: AB });
    gw.sims.resetLogs();
    await activate({ key, sessionId: session().sessionId, botId: session().botId });
    const joins = gw.sims.reporter.log.filter((r) => r.endpoint === 'POST scenario-exeperiments/join');
    expect(joins).toHaveLength(1);
    expect(joins[0]).toMatchObject({
      method: 'POST',
      path: path('scenario-exeperiments/join'),
      query: { sessionId: session().sessionId, experimentKey: key, botId: session().botId },
    });
    expect(joins[0]!.body).toBeUndefined();
  });

  it('returns the branch the session got and the experiment now RUNNING with one session', async () => {
    const key = freshKey();
    await create({ key, branches: AB });
    const res = await activate({ key, sessionId: session(1).sessionId, botId: session(1).botId });
    expect(res.__typename).toBe('ActivateExperimentSuccess');
    expect(['A', 'B']).toContain(res.branchKey);
    expect(res.sessionId).toBe(session(1).sessionId);
    expect(res.experiment).toMatchObject({ key, status: 'RUNNING', sessionCount: 1 });
  });

  it('gives the same branch on a second join and counts the session once; takes a global session ID', async () => {
    const key = freshKey();
    await create({ key, branches: [{ key: 'A' }, { key: 'C' }, { key: 'E' }] });
    const first = await activate({ key, sessionId: session(2).sessionId, botId: session(2).botId });
    const again = await activate({ key, sessionId: encodeGlobalID('Session', session(2).sessionId), botId: session(2).botId });
    expect(again.branchKey).toBe(first.branchKey);
    expect(again.experiment?.sessionCount).toBe(1);
    expect(gw.sims.reporter.log.filter((r) => r.endpoint === 'POST scenario-exeperiments/join').map((r) => r.query.sessionId)).toEqual([
      session(2).sessionId,
      session(2).sessionId,
    ]);
  });

  it('returns ConflictError for a stopped experiment', async () => {
    const key = freshKey();
    await create({ key, branches: AB });
    await stop(key);
    const res = await activate({ key, sessionId: session().sessionId, botId: session().botId });
    expect(res).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
  });

  it('returns NotFoundError for an unknown experiment', async () => {
    const res = await activate({ key: 'no-such-experiment', sessionId: session().sessionId, botId: session().botId });
    expect(res).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it.each([
    [{ key: ' ', sessionId: 's', botId: 'b' }, 'key'],
    [{ key: 'k', sessionId: '', botId: 'b' }, 'sessionId'],
    [{ key: 'k', sessionId: 's', botId: '' }, 'botId'],
  ])('refuses %j with InvalidInputError on `%s` and sends nothing', async (vars, field) => {
    expect(await activate(vars)).toMatchObject({ __typename: 'InvalidInputError', field });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('reports an UNKNOWN outcome when the connection resets after sending, and sends the join once', async () => {
    const key = freshKey();
    await create({ key, branches: AB });
    gw.sims.resetLogs();
    gw.sims.reporter.setFault('POST scenario-exeperiments/join', { kind: 'reset' });
    const res = await activate({ key, sessionId: session().sessionId, botId: session().botId });
    expect(res).toMatchObject({ __typename: 'UpstreamFailure', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('POST scenario-exeperiments/join')).toBe(1);
  });
});

describe('Mutation.stopExperiment', () => {
  it('sends POST scenario-exeperiments/stop with experimentKey and returns the experiment STOPPED', async () => {
    const key = freshKey();
    await create({ key, branches: AB });
    await activate({ key, sessionId: session().sessionId, botId: session().botId });
    gw.sims.resetLogs();
    const res = await stop(key);
    expect(res.experiment).toMatchObject({ key, status: 'STOPPED', sessionCount: 1 });
    const stops = gw.sims.reporter.log.filter((r) => r.endpoint === 'POST scenario-exeperiments/stop');
    expect(stops).toHaveLength(1);
    expect(stops[0]).toMatchObject({ method: 'POST', path: path('scenario-exeperiments/stop'), query: { experimentKey: key } });
    // The write, then the list and the counts, read once each.
    expect(gw.sims.counts().total).toBe(3);
  });

  it('succeeds again on a stopped experiment and returns NotFoundError for an unknown key', async () => {
    const key = freshKey();
    await create({ key, branches: AB });
    expect((await stop(key)).experiment?.status).toBe('STOPPED');
    expect((await stop(key)).experiment?.status).toBe('STOPPED');
    expect(await stop('no-such-experiment')).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('does not retry a stop under a hang and says the outcome is unknown', async () => {
    const key = freshKey();
    await create({ key, branches: AB });
    gw.sims.reporter.setFault('POST scenario-exeperiments/stop', { kind: 'hang' });
    const res = await stop(key);
    expect(res).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_TIMEOUT', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('POST scenario-exeperiments/stop')).toBe(1);
  });
});

describe('Mutation.deleteExperiment', () => {
  it('sends DELETE scenario-exeperiments?experimentKey=… and the experiment is gone', async () => {
    const key = freshKey();
    await create({ key, branches: AB });
    gw.sims.resetLogs();
    const res = await remove(key);
    expect(res).toEqual({ __typename: 'DeleteExperimentSuccess', key, deletedId: encodeGlobalID('Experiment', key) });
    expect(gw.sims.reporter.log).toHaveLength(1);
    expect(gw.sims.reporter.log[0]).toMatchObject({ method: 'DELETE', path: path('scenario-exeperiments'), query: { experimentKey: key } });
    const read = await run<{ experiment: Experiment | null }>(READ, { key });
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('returns NotFoundError when deleting twice', async () => {
    const key = freshKey();
    await create({ key, branches: AB });
    await remove(key);
    expect(await remove(key)).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });
});
