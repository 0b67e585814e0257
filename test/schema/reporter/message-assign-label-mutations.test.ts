import { operationText } from '../../../scripts/operations.js';
import type { ExecutionResult } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const op = (name: string) => operationText(`reporter/${name}.graphql`);
const ADD = op('mutation-add-message-label');
const REMOVE = op('mutation-remove-message-label');
const SET = op('mutation-set-message-labels');
const BULK = op('mutation-bulk-label-messages');
const READ = 'query($id: ID!) { node(id: $id) { ... on ReporterMessage { labels { labelId } } } }';

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

const globalId = (m: { sessionId: string; questionId: string }) => encodeGlobalID('ReporterMessage', JSON.stringify([m.sessionId, m.questionId]));
/** Unlabelled client phrases, a different one per test (the simulator keeps its state). */
let nextFree = 0;
const freshMessage = () => gw.sims.dataset.reporter.messages.filter((m) => m.question && m.labelIds.length === 0)[nextFree++];
const writes = () =>
  gw.sims.reporter.log
    .filter((r) => r.method !== 'GET' && !r.endpoint.endsWith('/filter'))
    .map((r) => ({ method: r.method, path: r.path.replace(/^\/api\/reporter\/p\/[^/]+/, ''), query: r.query, body: r.body }));
const labelsOf = async (m: { sessionId: string; questionId: string }) => (await run(READ, { id: globalId(m) })).data.node.labels.map((l: Data) => l.labelId);

describe('Mutation.addMessageLabel', () => {
  it('posts LabelIdDto with the questionId query and returns the message read again, with the label and its group', async () => {
    const m = freshMessage();
    const res = await run(ADD, { message: { id: globalId(m) }, labelId: '36' });
    expect(res.errors).toBeUndefined();
    expect(res.data.addMessageLabel).toMatchObject({ __typename: 'MessageLabelsChangeSuccess', changed: true, reporterMessage: { id: globalId(m), messageId: m.questionId } });
    expect(res.data.addMessageLabel.reporterMessage.labels).toEqual([{ labelId: '36', name: 'Payment', group: { groupId: '22', name: 'Topic' } }]);
    expect(writes()).toEqual([{ method: 'POST', path: '/message/labels/logs', query: { questionId: m.questionId }, body: { labelId: 36 } }]);
    // The label list, the session's messages before, the write, and after.
    expect(gw.sims.reporter.counters()).toEqual({ 'GET message/labels': 1, 'GET messages/by-session': 2, 'POST message/labels/logs': 1 });
    expect(await labelsOf(m)).toEqual(['36']);
  });

  it('takes the session and questionId instead of the global ID, and changes nothing the second time', async () => {
    const m = freshMessage();
    const key = { sessionId: encodeGlobalID('Session', m.sessionId), questionId: m.questionId };
    await run(ADD, { message: key, labelId: '31' });
    gw.sims.resetLogs();
    const again = await run(ADD, { message: key, labelId: '31' });
    expect(again.data.addMessageLabel).toMatchObject({ changed: false, reporterMessage: { labels: [{ labelId: '31' }] } });
    expect(writes()).toEqual([]);
  });

  it.each([
    [{}, 'message.sessionId'],
    [{ sessionId: 's' }, 'message.questionId'],
    [{ id: 'not-a-message-id' }, 'message.id'],
    [{ id: encodeGlobalID('Session', 'x') }, 'message.id'],
    [{ id: encodeGlobalID('ReporterMessage', '["a","b"]'), questionId: 'b' }, 'message'],
  ])('refuses the key %j before any request, naming %s', async (message, field) => {
    const res = await run(ADD, { message, labelId: '31' });
    expect(res.data.addMessageLabel).toMatchObject({ __typename: 'InvalidInputError', field });
    expect(gw.sims.reporter.count()).toBe(0);
  });

  it('refuses an unknown label, naming labelId, without writing', async () => {
    const res = await run(ADD, { message: { id: globalId(freshMessage()) }, labelId: '11' });
    expect(res.data.addMessageLabel).toMatchObject({ __typename: 'InvalidInputError', field: 'labelId' });
    expect(writes()).toEqual([]);
  });

  it('returns NotFoundError for a message outside the given session, without writing', async () => {
    const m = freshMessage();
    const other = gw.sims.dataset.reporter.sessions.find((s) => s.sessionId !== m.sessionId)!;
    const res = await run(ADD, { message: { sessionId: other.sessionId, questionId: m.questionId }, labelId: '31' });
    expect(res.data.addMessageLabel).toMatchObject({ __typename: 'NotFoundError', service: 'REPORTER' });
    expect(writes()).toEqual([]);
  });

  it('returns UpstreamFailure for a 502 and sends the write once', async () => {
    gw.sims.reporter.setFault('POST message/labels/logs', { kind: 'status', status: 502 });
    const res = await run(ADD, { message: { id: globalId(freshMessage()) }, labelId: '31' });
    expect(res.data.addMessageLabel).toMatchObject({ __typename: 'UpstreamFailure', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('POST message/labels/logs')).toBe(1);
  });
});

describe('Mutation.removeMessageLabel', () => {
  it('sends a DELETE with a LabelIdDto body and returns the message without the label', async () => {
    const m = gw.sims.dataset.reporter.messages.find((x) => x.labelIds.length === 1)!;
    const res = await run(REMOVE, { message: { id: globalId(m) }, labelId: String(m.labelIds[0]) });
    expect(res.data.removeMessageLabel).toMatchObject({ changed: true, reporterMessage: { labels: [] } });
    expect(writes()).toEqual([{ method: 'DELETE', path: '/message/labels/logs', query: { questionId: m.questionId }, body: { labelId: m.labelIds[0] } }]);
    expect(await labelsOf(m)).toEqual([]);
  });

  it('succeeds with changed: false when the message lacks the label', async () => {
    const res = await run(REMOVE, { message: { id: globalId(freshMessage()) }, labelId: '42' });
    expect(res.data.removeMessageLabel).toMatchObject({ __typename: 'MessageLabelsChangeSuccess', changed: false });
    expect(writes()).toEqual([]);
  });

  it('reports a dropped connection as UNKNOWN, sending the delete once', async () => {
    const m = freshMessage();
    await run(ADD, { message: { id: globalId(m) }, labelId: '33' });
    gw.sims.resetLogs();
    gw.sims.reporter.setFault('DELETE message/labels/logs', { kind: 'reset' });
    const res = await run(REMOVE, { message: { id: globalId(m) }, labelId: '33' });
    expect(res.data.removeMessageLabel).toMatchObject({ __typename: 'UpstreamFailure', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('DELETE message/labels/logs')).toBe(1);
  });
});

describe('Mutation.setMessageLabels', () => {
  it('posts the whole set as LabelIdDto[] and returns it', async () => {
    const m = freshMessage();
    const res = await run(SET, { message: { id: globalId(m) }, labelIds: ['40', '35'] });
    expect(res.data.setMessageLabels.reporterMessage.labels.map((l: Data) => l.labelId).sort()).toEqual(['35', '40']);
    expect(writes()).toEqual([{ method: 'POST', path: '/message/labels/logs/set-by-list', query: { questionId: m.questionId }, body: [{ labelId: 40 }, { labelId: 35 }] }]);
    const cleared = await run(SET, { message: { id: globalId(m) }, labelIds: [] });
    expect(cleared.data.setMessageLabels).toMatchObject({ changed: true, reporterMessage: { labels: [] } });
  });

  it('names an unknown label’s position', async () => {
    const res = await run(SET, { message: { id: globalId(freshMessage()) }, labelIds: ['35', '99'] });
    expect(res.data.setMessageLabels).toMatchObject({ __typename: 'InvalidInputError', field: 'labelIds[1]' });
  });
});

describe('Mutation.bulkLabelMessages', () => {
  it('labels messages by key in one request (questionIds as objectIds) and lists them as they are now', async () => {
    const ms = [freshMessage(), freshMessage()];
    const res = await run(BULK, { action: 'ADD', labelIds: ['39'], messages: ms.map((m) => ({ id: globalId(m) })) });
    expect(res.errors).toBeUndefined();
    const ok = res.data.bulkLabelMessages;
    expect(ok).toMatchObject({ __typename: 'BulkLabelMessagesSuccess', action: 'ADD', labels: [{ labelId: '39', name: 'Add to intents' }] });
    expect(ok.messages.edges.map((e: Data) => [e.node.messageId, e.node.labels])).toEqual(ms.map((m) => [m.questionId, [{ labelId: '39', name: 'Add to intents' }]]));
    expect(writes()).toEqual([
      { method: 'POST', path: '/message/labels/logs/bulk-labeling', query: {}, body: { comparisonType: 'CONTAINS', labels: [39], objectIds: ms.map((m) => m.questionId) } },
    ]);
  });

  it('unlabels by the messages filter, sent as FiltersDto, and shows what the filter matches now', async () => {
    const m = freshMessage();
    await run(ADD, { message: { id: globalId(m) }, labelId: '41' });
    gw.sims.resetLogs();
    const res = await run(BULK, { action: 'REMOVE', labelIds: ['41'], filter: { messageLabels: { options: ['41'] } } });
    expect(res.errors).toBeUndefined();
    expect(res.data.bulkLabelMessages).toMatchObject({ action: 'REMOVE', messages: { totalCount: 0 } });
    expect(writes()[0].body).toEqual({ comparisonType: 'NOT_CONTAINS', labels: [41], filters: { filters: [{ key: 'LOG_LABELS', type: 'CHECKBOX', options: ['41'], comparisonType: 'CONTAINS' }] } });
    expect(await labelsOf(m)).toEqual([]);
  });

  it('refuses no target, both targets, an empty filter and a bad key before any request', async () => {
    for (const [args, field] of [
      [{}, 'messages'],
      [{ messages: [{ id: 'x' }], filter: { messageText: { values: ['a'] } } }, 'filter'],
      [{ filter: {} }, 'filter'],
      [{ messages: [{ questionId: 'q' }] }, 'messages[0].sessionId'],
    ] as const) {
      const res = await run(BULK, { action: 'ADD', labelIds: ['31'], ...args });
      expect(res.data.bulkLabelMessages).toMatchObject({ __typename: 'InvalidInputError', field });
    }
    expect(gw.sims.reporter.count()).toBe(0);
  });

  it('sends a failing bulk write once', async () => {
    gw.sims.reporter.setFault('POST message/labels/logs/bulk-labeling', { kind: 'status', status: 503 });
    const res = await run(BULK, { action: 'ADD', labelIds: ['31'], messages: [{ id: globalId(freshMessage()) }] });
    expect(res.data.bulkLabelMessages).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_UNAVAILABLE' });
    expect(gw.sims.reporter.count('POST message/labels/logs/bulk-labeling')).toBe(1);
  });
});
