import { operationText } from '../../../scripts/operations.js';
import type { ExecutionResult } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const op = (name: string) => operationText(`reporter/${name}.graphql`);
const CREATE = op('mutation-create-session-label');
const RENAME = op('mutation-rename-session-label');
const PRIORITIES = op('mutation-set-session-label-priorities');
const DELETE = op('mutation-delete-session-label');
const LIST = op('session-labels');

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
const list = async () => (await run(LIST)).data.sessionLabels as { labelId: string; name: string; priority: number }[];

describe('Mutation.createSessionLabel', () => {
  it('posts SessionLabelCreate with the trimmed name and returns the created label', async () => {
    const res = await run(CREATE, { name: '  Callback  ', priority: 4 });
    expect(res.errors).toBeUndefined();
    const label = res.data.createSessionLabel.label;
    expect(res.data.createSessionLabel.__typename).toBe('SessionLabelSuccess');
    expect(label).toMatchObject({ name: 'Callback', priority: 4, id: encodeGlobalID('SessionLabel', label.labelId) });
    expect(writes()).toEqual([{ method: 'POST', path: '/logs/labels/sessions', query: {}, body: { name: 'Callback', priority: 4 } }]);
    expect(gw.sims.reporter.count()).toBe(1);
    expect(await list()).toContainEqual(expect.objectContaining({ labelId: label.labelId, name: 'Callback' }));
  });

  it('puts a label without priority after the last one', async () => {
    const last = Math.max(...(await list()).map((l) => l.priority));
    gw.sims.resetLogs();
    const res = await run(CREATE, { name: 'Follow-up' });
    expect(res.data.createSessionLabel.label.priority).toBe(last + 1);
    expect(writes()[0].body).toEqual({ name: 'Follow-up', priority: last + 1 });
  });

  it('returns ConflictError when the Reporter refuses a name in use', async () => {
    const res = await run(CREATE, { name: 'Lead', priority: 1 });
    expect(res.data.createSessionLabel).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT', service: 'REPORTER' });
    expect(gw.sims.reporter.count('POST logs/labels/sessions')).toBe(1);
  });

  it('refuses a blank name before any request', async () => {
    const res = await run(CREATE, { name: '   ', priority: 1 });
    expect(res.data.createSessionLabel).toMatchObject({ __typename: 'InvalidInputError', field: 'name' });
    expect(gw.sims.reporter.count()).toBe(0);
  });

  it('sends a create once under a 500 and says its outcome is unknown, with the request id to find it in the log', async () => {
    gw.sims.reporter.setFault('POST logs/labels/sessions', { kind: 'status', status: 500 });
    const res = await run(CREATE, { name: 'Never', priority: 9 });
    expect(res.data.createSessionLabel).toMatchObject({ __typename: 'UpstreamFailure', outcome: 'UNKNOWN' });
    // The shipped operation's MutationErrorFields selects it (schema/operations/mutation-error.graphql).
    const { requestId } = res.data.createSessionLabel as { requestId: string };
    expect(requestId).toMatch(/^[\w-]{8,}$/);
    expect(gw.logLines.some((l) => l.includes(requestId) && l.includes('createSessionLabel'))).toBe(true);
    expect(gw.sims.reporter.count('POST logs/labels/sessions')).toBe(1);
  });
});

describe('Mutation.renameSessionLabel', () => {
  it('puts the new name with the current priority and shows it on sessions in the same response', async () => {
    const s = gw.sims.dataset.reporter.sessions.find((x) => x.labelIds.includes(15))!;
    const doc = `mutation($id: Long!, $name: String!, $s: ID!) {
      renameSessionLabel(labelId: $id, name: $name) { ... on SessionLabelSuccess { label { name priority } } }
      after: addSessionLabel(sessionId: $s, labelId: $id) { ... on SessionLabelsChangeSuccess { changed session { labels { labelId name } } } }
    }`;
    const res = await run(doc, { id: '15', name: 'Returning', s: s.sessionId });
    expect(res.errors).toBeUndefined();
    expect(res.data.renameSessionLabel.label).toEqual({ name: 'Returning', priority: 5 });
    expect(res.data.after).toMatchObject({ changed: false, session: { labels: expect.arrayContaining([{ labelId: '15', name: 'Returning' }]) } });
    expect(writes()).toEqual([{ method: 'PUT', path: '/logs/labels/sessions/15', query: {}, body: { name: 'Returning', priority: 5 } }]);
  });

  it('writes nothing when the name is unchanged', async () => {
    const res = await run(RENAME, { labelId: '12', name: 'Complaint' });
    expect(res.data.renameSessionLabel.label).toMatchObject({ labelId: '12', name: 'Complaint' });
    expect(writes()).toEqual([]);
  });

  it('returns NotFoundError for an unknown label before writing', async () => {
    const res = await run(RENAME, { labelId: '999', name: 'X' });
    expect(res.data.renameSessionLabel).toMatchObject({ __typename: 'NotFoundError', service: 'REPORTER' });
    expect(writes()).toEqual([]);
  });

  it('returns ConflictError for another label’s name', async () => {
    const res = await run(RENAME, { labelId: '12', name: 'VIP' });
    expect(res.data.renameSessionLabel.__typename).toBe('ConflictError');
  });
});

describe('Mutation.setSessionLabelPriorities', () => {
  it('puts LabelPriorityChangeDto[] and lists every label in the new order', async () => {
    const res = await run(PRIORITIES, { priorities: [{ labelId: '18', priority: 0 }, { labelId: '11', priority: 50 }] });
    expect(res.errors).toBeUndefined();
    const labels = res.data.setSessionLabelPriorities.labels;
    expect(labels[0]).toMatchObject({ labelId: '18', priority: 0 });
    expect(labels.at(-1)).toMatchObject({ labelId: '11', priority: 50 });
    expect(writes()).toEqual([
      { method: 'PUT', path: '/logs/labels/sessions/change-priority', query: {}, body: [{ id: 18, newPriority: 0 }, { id: 11, newPriority: 50 }] },
    ]);
    // List (to check ids), the write, the list again.
    expect(gw.sims.reporter.counters()).toEqual({ 'GET logs/labels/sessions': 2, 'PUT logs/labels/sessions/change-priority': 1 });
  });

  it('refuses a label listed twice and an empty list without writing', async () => {
    const twice = await run(PRIORITIES, { priorities: [{ labelId: '12', priority: 1 }, { labelId: '12', priority: 2 }] });
    expect(twice.data.setSessionLabelPriorities).toMatchObject({ __typename: 'InvalidInputError', field: 'priorities[1]' });
    const none = await run(PRIORITIES, { priorities: [] });
    expect(none.data.setSessionLabelPriorities).toMatchObject({ __typename: 'InvalidInputError', field: 'priorities' });
    const unknown = await run(PRIORITIES, { priorities: [{ labelId: '5', priority: 1 }] });
    expect(unknown.data.setSessionLabelPriorities.__typename).toBe('NotFoundError');
    expect(writes()).toEqual([]);
  });
});

describe('Mutation.deleteSessionLabel', () => {
  it('deletes the label, which leaves its sessions, and says which one went', async () => {
    const s = gw.sims.dataset.reporter.sessions.find((x) => x.labelIds.includes(14))!;
    const res = await run(DELETE, { labelId: '14' });
    expect(res.data.deleteSessionLabel).toEqual({ __typename: 'DeleteSessionLabelSuccess', deletedLabelId: '14', deletedId: encodeGlobalID('SessionLabel', '14') });
    expect(writes()).toEqual([{ method: 'DELETE', path: '/logs/labels/sessions/14', query: {}, body: undefined }]);
    expect((await list()).map((l) => l.labelId)).not.toContain('14');
    const after = await run('query($id: ID!) { session(id: $id) { labels { labelId } } }', { id: s.sessionId });
    expect(after.data.session.labels).not.toContainEqual({ labelId: '14' });
  });

  it('returns NotFoundError when deleting it again (a retried delete that had applied)', async () => {
    const res = await run(DELETE, { labelId: '14' });
    expect(res.data.deleteSessionLabel).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(writes()).toEqual([]);
  });

  it('reports a dropped connection as UNKNOWN and sends the delete once', async () => {
    gw.sims.reporter.setFault('DELETE logs/labels/sessions/:id', { kind: 'reset' });
    const res = await run(DELETE, { labelId: '13' });
    expect(res.data.deleteSessionLabel).toMatchObject({ __typename: 'UpstreamFailure', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('DELETE logs/labels/sessions/:id')).toBe(1);
  });
});
