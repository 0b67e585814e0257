import { operationText } from '../../../scripts/operations.js';
import type { ExecutionResult } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const GROUPS = operationText('reporter/message-label-groups.graphql');

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

describe('Query.messageLabelGroups', () => {
  it('lists every group with its labels in 2 requests', async () => {
    const res = await run(GROUPS);
    expect(res.errors).toBeUndefined();
    const { labelGroups, messageLabels } = gw.sims.dataset.reporter;
    expect(res.data.messageLabelGroups.map((g: Data) => g.name)).toEqual([...labelGroups].sort((a, b) => a.priority - b.priority).map((g) => g.name));
    const g = res.data.messageLabelGroups[0];
    expect(g.id).toBe(encodeGlobalID('MessageLabelGroup', g.groupId));
    expect(g.labels.map((l: Data) => l.name)).toEqual(
      messageLabels.filter((l) => String(l.groupId) === g.groupId).sort((a, b) => a.priority - b.priority).map((l) => l.name),
    );
    expect(gw.sims.reporter.count()).toBe(2);
  });

  it('costs 1 request when the labels are not asked for', async () => {
    const res = await run(`{ messageLabelGroups { name } }`);
    expect(res.data.messageLabelGroups).toHaveLength(gw.sims.dataset.reporter.labelGroups.length);
    expect(gw.sims.reporter.count()).toBe(1);
  });

  it('refetches a message label with its group through node', async () => {
    const l = gw.sims.dataset.reporter.messageLabels[4];
    const res = await run(`query($id: ID!) { node(id: $id) { ... on MessageLabel { name group { groupId } } } }`, {
      id: encodeGlobalID('MessageLabel', String(l.id)),
    });
    expect(res.data.node).toEqual({ name: l.name, group: { groupId: String(l.groupId) } });
  });

  it('keeps the groups and nulls their labels when the labels call fails', async () => {
    gw.sims.reporter.setFault('GET message/labels', { kind: 'status', status: 403 });
    const res = await run(GROUPS);
    expect(res.data.messageLabelGroups[0].labels).toBeNull();
    expect(res.data.messageLabelGroups[0].name).toEqual(expect.any(String));
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', service: 'reporter' });
  });
});
