import { operationText } from '../../../scripts/operations.js';
import type { ExecutionResult } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const SESSION_LABELS = operationText('reporter/session-labels.graphql');

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked value by value */
type Data = any;
const run = (doc: string, variables: Record<string, unknown> = {}) => gw.execute(doc, variables) as Promise<ExecutionResult<Data>>;

let gw: TestGateway;
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

describe('Query.sessionLabels', () => {
  it('lists every session label by priority in 1 request', async () => {
    const res = await run(SESSION_LABELS);
    expect(res.errors).toBeUndefined();
    const expected = [...gw.sims.dataset.reporter.sessionLabels].sort((a, b) => a.priority - b.priority);
    expect(res.data.sessionLabels).toEqual(
      expected.map((l) => ({ id: encodeGlobalID('SessionLabel', String(l.id)), labelId: String(l.id), name: l.name, priority: l.priority })),
    );
    expect(gw.sims.reporter.count()).toBe(1);
  });

  it('refetches a label by global ID and gives NOT_FOUND for an unknown one', async () => {
    const l = gw.sims.dataset.reporter.sessionLabels[2];
    const q = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on SessionLabel { name } } }`;
    const res = await run(q, { ids: [encodeGlobalID('SessionLabel', String(l.id)), encodeGlobalID('SessionLabel', '999999')] });
    expect(res.data.nodes).toEqual([{ name: l.name }, null]);
    expect(res.errors?.[0]).toMatchObject({ path: ['nodes', 1], extensions: { code: 'NOT_FOUND' } });
    expect(gw.sims.reporter.count()).toBe(1);
  });

  it('nulls the list with the upstream error when the Reporter fails', async () => {
    gw.sims.reporter.setFault('GET logs/labels/sessions', { kind: 'malformed' });
    const res = await run(SESSION_LABELS);
    expect(res.data.sessionLabels).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ path: ['sessionLabels'], extensions: { code: 'UPSTREAM_BAD_RESPONSE', service: 'reporter' } });
  });
});
