import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AnalyticsExperimentDocument as EXPERIMENT, AnalyticsExperimentsDocument as EXPERIMENTS } from '../../../client/src/generated/graphql.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

let gw: TestGateway;
/** Runs an operation text and types its result. */
const run = <R>(doc: string, variables: Record<string, unknown> = {}) => gw.execute(doc, variables) as Promise<ExecutionResult<R>>;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw.close();
});
beforeEach(() => {
  gw.sims.clearFaults();
  gw.sims.resetLogs();
});

describe('Query.experiments', () => {
  it('lists every experiment with its branches, status and joined-session count from the dataset', async () => {
    const res = await gw.execute(EXPERIMENTS, {});
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.experiments!.edges!.map((e) => e!.node!);
    const expected = gw.sims.dataset.reporter.experiments;
    expect(res.data!.experiments!.totalCount).toBe(expected.length);
    expect(nodes.map((n) => n.key)).toEqual(expected.map((e) => e.key));
    for (const e of expected) {
      const n = nodes.find((x) => x.key === e.key)!;
      expect(n).toMatchObject({ description: e.description, status: e.status, statusRaw: e.status, sessionCount: e.joined.size });
      expect(n.branches).toEqual(e.branches.map((b) => ({ key: b.key, description: b.description ?? null })));
      expect(n.id).toBe(encodeGlobalID('Experiment', e.key));
    }
    // The dataset joins ~5% of sessions: the counts are real numbers, not all zero.
    expect(nodes.some((n) => (n.sessionCount ?? 0) > 0)).toBe(true);
  });

  it('sends count-sessions without waiting for the list, so both are on one round trip', async () => {
    gw.sims.reporter.setFault('GET scenario-exeperiments', { kind: 'latency', ms: 400 });
    await gw.execute(EXPERIMENTS, {});
    const list = gw.sims.reporter.log.find((r) => r.endpoint === 'GET scenario-exeperiments')!;
    const counts = gw.sims.reporter.log.find((r) => r.endpoint === 'GET scenario-exeperiments/count-sessions')!;
    // Sequential calls would start count-sessions only after the list's 400 ms answer.
    expect(counts.at - list.at).toBeLessThan(300);
  });

  it('pins experiments with their session counts at 2 requests: the list and one count-sessions', async () => {
    await gw.execute(EXPERIMENTS, {});
    expect(gw.sims.reporter.count('GET scenario-exeperiments')).toBe(1);
    expect(gw.sims.reporter.count('GET scenario-exeperiments/count-sessions')).toBe(1);
    expect(gw.sims.counts().total).toBe(2);
  });

  it('filters by status without another request', async () => {
    const res = await gw.execute(EXPERIMENTS, { status: ['RUNNING', 'STOPPED'] });
    const want = gw.sims.dataset.reporter.experiments.filter((e) => e.status === 'RUNNING' || e.status === 'STOPPED').map((e) => e.key);
    expect(res.data!.experiments!.edges!.map((e) => e!.node!.key)).toEqual(want);
    expect(res.data!.experiments!.totalCount).toBe(want.length);
    expect(gw.sims.reporter.count('GET scenario-exeperiments')).toBe(1);
  });

  it('pages with first/after over the one list call', async () => {
    const all = gw.sims.dataset.reporter.experiments.map((e) => e.key);
    const first = await gw.execute(EXPERIMENTS, { first: 2 });
    expect(first.data!.experiments!.edges!.map((e) => e!.node!.key)).toEqual(all.slice(0, 2));
    expect(first.data!.experiments!.pageInfo.hasNextPage).toBe(true);
    const next = await gw.execute(EXPERIMENTS, { first: 2, after: first.data!.experiments!.pageInfo.endCursor });
    expect(next.data!.experiments!.edges!.map((e) => e!.node!.key)).toEqual(all.slice(2, 4));
    expect(next.data!.experiments!.pageInfo.hasNextPage).toBe(false);
    expect(next.data!.experiments!.totalCount).toBe(all.length);
  });

  it('rejects `first` over the cap with BAD_USER_INPUT before any request', async () => {
    const res = await gw.execute(EXPERIMENTS, { first: 101 });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('nulls only sessionCount when count-sessions fails, with the upstream error at its path', async () => {
    gw.sims.reporter.setFault('GET scenario-exeperiments/count-sessions', { kind: 'status', status: 500 });
    const res = await gw.execute(EXPERIMENTS, {});
    const nodes = res.data!.experiments!.edges!.map((e) => e!.node!);
    expect(nodes.map((n) => n.key)).toEqual(gw.sims.dataset.reporter.experiments.map((e) => e.key));
    expect(nodes.every((n) => n.sessionCount === null)).toBe(true);
    expect(res.errors?.length).toBe(nodes.length);
    expect(res.errors?.[0].path).toEqual(['experiments', 'edges', 0, 'node', 'sessionCount']);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_ERROR', service: 'reporter' });
  });

  it('nulls the experiments but keeps other backends’ fields when the list fails', async () => {
    gw.sims.reporter.setFault('GET scenario-exeperiments', { kind: 'status', status: 503 });
    const res = await run<{ experiments: null; backends: { name: string }[] }>(
      '{ experiments { totalCount } backends { name } }',
    );
    expect(res.data?.experiments).toBeNull();
    expect(res.data?.backends.map((b) => b.name)).toEqual(['REPORTER', 'UIS', 'LEELOO']);
    expect(res.errors?.[0]).toMatchObject({ path: ['experiments'], extensions: { code: 'UPSTREAM_UNAVAILABLE', service: 'reporter' } });
  });
});

describe('Query.experiment', () => {
  it('returns one experiment by key with its session count', async () => {
    const e = gw.sims.dataset.reporter.experiments[0];
    const res = await gw.execute(EXPERIMENT, { key: e.key });
    expect(res.errors).toBeUndefined();
    expect(res.data!.experiment).toMatchObject({ key: e.key, status: e.status, sessionCount: e.joined.size });
    expect(gw.sims.counts().total).toBe(2);
  });

  it('fails with NOT_FOUND for an unknown key', async () => {
    const res = await gw.execute(EXPERIMENT, { key: 'no_such_test' });
    expect(res.data?.experiment).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ path: ['experiment'], extensions: { code: 'NOT_FOUND', service: 'reporter' } });
  });
});

describe('Experiment as a node', () => {
  it('refetches experiments through node/nodes with one list call, null for an unknown key', async () => {
    const [a, b] = gw.sims.dataset.reporter.experiments;
    const ids = [encodeGlobalID('Experiment', a.key), encodeGlobalID('Experiment', b.key), encodeGlobalID('Experiment', 'gone')];
    const res = await run<{ nodes: Array<{ key: string; status: string } | null> }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Experiment { key status } } }',
      { ids },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes).toEqual([{ key: a.key, status: a.status }, { key: b.key, status: b.status }, null]);
    expect(gw.sims.counts().total).toBe(1);
  });

  it('nulls each node with the upstream error at its own index when the list fails, keeping the rest', async () => {
    gw.sims.reporter.setFault('GET scenario-exeperiments', { kind: 'status', status: 500 });
    const ids = [encodeGlobalID('Experiment', 'greeting_test'), encodeGlobalID('ReportTask', 'r-0001-sessions')];
    const res = await run<{ nodes: Array<{ id: string } | null>; backends: unknown[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } backends { name } }',
      { ids },
    );
    expect(res.data?.nodes).toEqual([null, { id: ids[1] }]);
    expect(res.data?.backends).toHaveLength(3);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]).toMatchObject({ path: ['nodes', 0], extensions: { code: 'UPSTREAM_ERROR', service: 'reporter' } });
  });

  it('reports an unknown status as UNKNOWN and keeps the raw value', async () => {
    const body = JSON.stringify([{ key: 'future', branches: [{ key: 'A' }], status: 'PAUSED' }]);
    gw.sims.reporter.setFault('GET scenario-exeperiments', { kind: 'status', status: 200, body, contentType: 'application/json' });
    const res = await run<{ experiment: { status: string; statusRaw: string } }>(
      '{ experiment(key: "future") { status statusRaw } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.experiment).toEqual({ status: 'UNKNOWN', statusRaw: 'PAUSED' });
  });
});
