import { operationText } from '../../../scripts/operations.js';
import type { ExecutionResult } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const op = (name: string) => operationText(`reporter/${name}.graphql`);
const CREATE = op('mutation-create-message-label-group');
const RENAME = op('mutation-rename-message-label-group');
const PRIORITIES = op('mutation-set-message-label-group-priorities');
const DELETE = op('mutation-delete-message-label-group');
const GROUPS = op('message-label-groups');

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

const writes = () =>
  gw.sims.reporter.log
    .filter((r) => r.method !== 'GET')
    .map((r) => ({ method: r.method, path: r.path.replace(/^\/api\/reporter\/p\/[^/]+/, ''), query: r.query, body: r.body }));
const groups = async () => (await run(GROUPS)).data.messageLabelGroups as { groupId: string; name: string; priority: number; labels: { name: string }[] }[];

describe('Mutation.createMessageLabelGroup', () => {
  it('creates the group with its first label in one POST message/labels, the group given by name', async () => {
    const res = await run(CREATE, { name: 'Sentiment', firstLabelName: 'Angry' });
    expect(res.errors).toBeUndefined();
    const ok = res.data.createMessageLabelGroup;
    expect(ok.__typename).toBe('MessageLabelGroupSuccess');
    expect(ok.group).toMatchObject({ name: 'Sentiment', priority: 4, labels: [{ name: 'Angry' }], id: encodeGlobalID('MessageLabelGroup', ok.group.groupId) });
    expect(ok.firstLabel).toMatchObject({ name: 'Angry', priority: 1 });
    expect(writes()).toEqual([{ method: 'POST', path: '/message/labels', query: {}, body: { name: 'Angry', priority: 1, group: { name: 'Sentiment', priority: 4 } } }]);
    expect((await groups()).map((g) => g.name)).toContain('Sentiment');
  });

  it('refuses a group name in use as ConflictError, since the Reporter would file the label under that group', async () => {
    const res = await run(CREATE, { name: 'Quality', firstLabelName: 'Other' });
    expect(res.data.createMessageLabelGroup).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT', service: 'REPORTER' });
    expect(writes()).toEqual([]);
  });

  it('refuses blank names before any request', async () => {
    const res = await run(CREATE, { name: 'Fine', firstLabelName: ' ' });
    expect(res.data.createMessageLabelGroup).toMatchObject({ __typename: 'InvalidInputError', field: 'firstLabelName' });
    expect(gw.sims.reporter.count()).toBe(0);
  });
});

describe('Mutation.renameMessageLabelGroup', () => {
  it('puts LogLabelGroupCreate with the current priority and returns the group with its labels', async () => {
    const res = await run(RENAME, { groupId: '23', name: 'Bot training' });
    expect(res.data.renameMessageLabelGroup.group).toMatchObject({ groupId: '23', name: 'Bot training', priority: 3 });
    expect(res.data.renameMessageLabelGroup.group.labels.length).toBeGreaterThan(0);
    expect(res.data.renameMessageLabelGroup.firstLabel).toBeNull();
    expect(writes()).toEqual([{ method: 'PUT', path: '/message/labels/groups/23', query: {}, body: { name: 'Bot training', priority: 3 } }]);
  });

  it('refuses another group’s name as ConflictError and an unknown group as NotFoundError', async () => {
    const taken = await run(RENAME, { groupId: '22', name: 'Quality' });
    expect(taken.data.renameMessageLabelGroup.__typename).toBe('ConflictError');
    const unknown = await run(RENAME, { groupId: '31', name: 'Z' });
    expect(unknown.data.renameMessageLabelGroup.__typename).toBe('NotFoundError');
    expect(writes()).toEqual([]);
  });
});

describe('Mutation.setMessageLabelGroupPriorities', () => {
  it('puts LabelPriorityChangeDto[] and lists the groups in the new order', async () => {
    const res = await run(PRIORITIES, { priorities: [{ groupId: '21', priority: 10 }, { groupId: '22', priority: 0 }] });
    expect(writes()).toEqual([
      { method: 'PUT', path: '/message/labels/groups/change-priority', query: {}, body: [{ id: 21, newPriority: 10 }, { id: 22, newPriority: 0 }] },
    ]);
    const order = res.data.setMessageLabelGroupPriorities.groups.map((g: Data) => g.groupId);
    expect(order[0]).toBe('22');
    expect(order.at(-1)).toBe('21');
  });

  it('sends a rate-limited change once', async () => {
    gw.sims.reporter.setFault('PUT message/labels/groups/change-priority', { kind: 'rateLimit' });
    const res = await run(PRIORITIES, { priorities: [{ groupId: '21', priority: 1 }] });
    expect(res.data.setMessageLabelGroupPriorities).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_RATE_LIMITED' });
    expect(gw.sims.reporter.count('PUT message/labels/groups/change-priority')).toBe(1);
  });
});

describe('Mutation.deleteMessageLabelGroup', () => {
  it('deletes the group and it is gone from the list', async () => {
    const res = await run(DELETE, { groupId: '23' });
    expect(res.data.deleteMessageLabelGroup).toEqual({
      __typename: 'DeleteMessageLabelGroupSuccess',
      deletedGroupId: '23',
      deletedId: encodeGlobalID('MessageLabelGroup', '23'),
    });
    expect(writes()).toEqual([{ method: 'DELETE', path: '/message/labels/groups/23', query: {}, body: undefined }]);
    expect((await groups()).map((g) => g.groupId)).not.toContain('23');
  });

  it('returns NotFoundError for a group already deleted', async () => {
    const res = await run(DELETE, { groupId: '23' });
    expect(res.data.deleteMessageLabelGroup.__typename).toBe('NotFoundError');
    expect(writes()).toEqual([]);
  });
});
