import { operationText } from '../../../scripts/operations.js';
import type { ExecutionResult } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const op = (name: string) => operationText(`reporter/${name}.graphql`);
const CREATE = op('mutation-create-message-label');
const RENAME = op('mutation-rename-message-label');
const PRIORITIES = op('mutation-set-message-label-priorities');
const DELETE = op('mutation-delete-message-label');
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
    .filter((r) => r.method !== 'GET' && !r.endpoint.endsWith('/filter'))
    .map((r) => ({ method: r.method, path: r.path.replace(/^\/api\/reporter\/p\/[^/]+/, ''), query: r.query, body: r.body }));
const groupLabels = async (groupId: string) =>
  ((await run(GROUPS)).data.messageLabelGroups.find((g: Data) => g.groupId === groupId)?.labels ?? []).map((l: Data) => l.name);

describe('Mutation.createMessageLabel', () => {
  it('posts MessageLabelCreate with the whole group and returns the label in it', async () => {
    const res = await run(CREATE, { groupId: '22', name: ' Shipping ', priority: 7 });
    expect(res.errors).toBeUndefined();
    const label = res.data.createMessageLabel.label;
    expect(label).toMatchObject({ name: 'Shipping', priority: 7, group: { groupId: '22', name: 'Topic' }, id: encodeGlobalID('MessageLabel', label.labelId) });
    expect(writes()).toEqual([
      { method: 'POST', path: '/message/labels', query: {}, body: { name: 'Shipping', priority: 7, group: { id: 22, name: 'Topic', priority: 2 } } },
    ]);
    expect(await groupLabels('22')).toContain('Shipping');
  });

  it('puts a label without priority last in its group', async () => {
    const res = await run(CREATE, { groupId: '23', name: 'Out of scope' });
    expect(res.data.createMessageLabel.label.priority).toBe(5);
  });

  it('refuses an unknown group as InvalidInputError on groupId and a blank name before any request', async () => {
    const group = await run(CREATE, { groupId: '99', name: 'X' });
    expect(group.data.createMessageLabel).toMatchObject({ __typename: 'InvalidInputError', field: 'groupId' });
    gw.sims.resetLogs();
    const blank = await run(CREATE, { groupId: '21', name: '' });
    expect(blank.data.createMessageLabel).toMatchObject({ __typename: 'InvalidInputError', field: 'name' });
    expect(gw.sims.reporter.count()).toBe(0);
  });

  it('reports a timed-out create as UNKNOWN and does not repeat it', async () => {
    gw.sims.reporter.setFault('POST message/labels', { kind: 'hang' });
    const res = await run(CREATE, { groupId: '21', name: 'Slow', priority: 9 });
    expect(res.data.createMessageLabel).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_TIMEOUT', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('POST message/labels')).toBe(1);
  });
});

describe('Mutation.renameMessageLabel', () => {
  it('puts MessageLabelUpdate keeping the group and priority, and messages show the new name', async () => {
    const m = gw.sims.dataset.reporter.messages.find((x) => x.labelIds.includes(32))!;
    const res = await run(RENAME, { labelId: '32', name: 'Wrong' });
    expect(res.data.renameMessageLabel.label).toMatchObject({ labelId: '32', name: 'Wrong', priority: 2, group: { groupId: '21' } });
    expect(writes()).toEqual([{ method: 'PUT', path: '/message/labels/32', query: {}, body: { name: 'Wrong', groupId: 21, priority: 2 } }]);
    const read = await run('query($id: ID!) { node(id: $id) { ... on ReporterMessage { labels { name } } } }', {
      id: encodeGlobalID('ReporterMessage', JSON.stringify([m.sessionId, m.questionId])),
    });
    expect(read.data.node.labels).toContainEqual({ name: 'Wrong' });
  });

  it('returns NotFoundError for an unknown label and writes nothing for the same name', async () => {
    const unknown = await run(RENAME, { labelId: '3', name: 'X' });
    expect(unknown.data.renameMessageLabel).toMatchObject({ __typename: 'NotFoundError', service: 'REPORTER' });
    const same = await run(RENAME, { labelId: '33', name: 'No answer' });
    expect(same.data.renameMessageLabel.label).toMatchObject({ labelId: '33', name: 'No answer' });
    expect(writes()).toEqual([]);
  });
});

describe('Mutation.setMessageLabelPriorities', () => {
  it('puts LabelPriorityChangeDto[] and lists the labels by group and new priority', async () => {
    const res = await run(PRIORITIES, { priorities: [{ labelId: '34', priority: 0 }] });
    expect(writes()).toEqual([{ method: 'PUT', path: '/message/labels/change-priority', query: {}, body: [{ id: 34, newPriority: 0 }] }]);
    const quality = res.data.setMessageLabelPriorities.labels.filter((l: Data) => l.group.groupId === '21');
    expect(quality[0]).toMatchObject({ labelId: '34', priority: 0 });
  });

  it('refuses an unknown label as NotFoundError before writing', async () => {
    const res = await run(PRIORITIES, { priorities: [{ labelId: '11', priority: 0 }] });
    expect(res.data.setMessageLabelPriorities.__typename).toBe('NotFoundError');
    expect(writes()).toEqual([]);
  });
});

describe('Mutation.deleteMessageLabel', () => {
  it('deletes the label and it leaves its group', async () => {
    const res = await run(DELETE, { labelId: '42' });
    expect(res.data.deleteMessageLabel).toEqual({ __typename: 'DeleteMessageLabelSuccess', deletedLabelId: '42', deletedId: encodeGlobalID('MessageLabel', '42') });
    expect(writes()).toEqual([{ method: 'DELETE', path: '/message/labels/42', query: {}, body: undefined }]);
    expect(await groupLabels('23')).not.toContain('Ignore');
  });

  it('sends a failing delete once and says its outcome is unknown', async () => {
    gw.sims.reporter.setFault('DELETE message/labels/:id', { kind: 'status', status: 500 });
    const res = await run(DELETE, { labelId: '41' });
    expect(res.data.deleteMessageLabel).toMatchObject({ __typename: 'UpstreamFailure', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('DELETE message/labels/:id')).toBe(1);
  });
});
