import { operationText } from '../../../scripts/operations.js';
import type { ExecutionResult } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const op = (name: string) => operationText(`reporter/${name}.graphql`);
const SET = op('mutation-set-message-comment');
const DELETE = op('mutation-delete-message-comment');

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

type Msg = { sessionId: string; questionId: string };
const globalId = (m: Msg) => encodeGlobalID('ReporterMessage', JSON.stringify([m.sessionId, m.questionId]));
let nextFree = 0;
const uncommented = () => gw.sims.dataset.reporter.messages.filter((m) => m.question && !m.comment)[nextFree++];
const writes = () =>
  gw.sims.reporter.log
    .filter((r) => r.method !== 'GET')
    .map((r) => ({ method: r.method, path: r.path.replace(/^\/api\/reporter\/p\/[^/]+/, ''), query: r.query, body: r.body }));
const commentOf = async (m: Msg) => (await run('query($id: ID!) { node(id: $id) { ... on ReporterMessage { comment } } }', { id: globalId(m) })).data.node.comment;

describe('Mutation.setMessageComment', () => {
  it('posts AddCommentDto with both spellings of the id and returns the message with the comment', async () => {
    const m = uncommented();
    const res = await run(SET, { message: { id: globalId(m) }, comment: 'Bot misunderstood the order number' });
    expect(res.errors).toBeUndefined();
    expect(res.data.setMessageComment).toEqual({
      __typename: 'MessageCommentSuccess',
      changed: true,
      reporterMessage: { id: globalId(m), messageId: m.questionId, comment: 'Bot misunderstood the order number' },
    });
    expect(writes()).toEqual([
      {
        method: 'POST',
        path: `/comments/${m.questionId}`,
        query: {},
        body: { questionid: m.questionId, questionId: m.questionId, comment: 'Bot misunderstood the order number' },
      },
    ]);
    // The message before, the write, the message after.
    expect(gw.sims.reporter.counters()).toEqual({ 'GET messages/by-session': 2, 'POST comments/:questionId': 1 });
  });

  it('replaces a comment, and the same comment again writes nothing', async () => {
    const m = uncommented();
    const key = { sessionId: m.sessionId, questionId: m.questionId };
    await run(SET, { message: key, comment: 'first' });
    const replaced = await run(SET, { message: key, comment: 'second' });
    expect(replaced.data.setMessageComment).toMatchObject({ changed: true, reporterMessage: { comment: 'second' } });
    gw.sims.resetLogs();
    const same = await run(SET, { message: key, comment: 'second' });
    expect(same.data.setMessageComment.changed).toBe(false);
    expect(writes()).toEqual([]);
    expect(await commentOf(m)).toBe('second');
  });

  it('refuses a blank or overlong comment before any request', async () => {
    const m = uncommented();
    const blank = await run(SET, { message: { id: globalId(m) }, comment: '  ' });
    expect(blank.data.setMessageComment).toMatchObject({ __typename: 'InvalidInputError', field: 'comment' });
    const long = await run(SET, { message: { id: globalId(m) }, comment: 'x'.repeat(4001) });
    expect(long.data.setMessageComment).toMatchObject({ __typename: 'InvalidInputError', field: 'comment' });
    expect(gw.sims.reporter.count()).toBe(0);
  });

  it('returns NotFoundError for an unknown message without writing', async () => {
    const m = uncommented();
    const res = await run(SET, { message: { sessionId: m.sessionId, questionId: 'no-such-question' }, comment: 'x' });
    expect(res.data.setMessageComment).toMatchObject({ __typename: 'NotFoundError', service: 'REPORTER' });
    expect(writes()).toEqual([]);
  });

  it('reports a dropped connection as UNKNOWN and sends the comment once', async () => {
    gw.sims.reporter.setFault('POST comments/:questionId', { kind: 'reset' });
    const res = await run(SET, { message: { id: globalId(uncommented()) }, comment: 'maybe' });
    expect(res.data.setMessageComment).toMatchObject({ __typename: 'UpstreamFailure', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('POST comments/:questionId')).toBe(1);
  });
});

describe('Mutation.deleteMessageComment', () => {
  it('deletes the comment and returns the message without it', async () => {
    const m = gw.sims.dataset.reporter.messages.find((x) => x.comment)!;
    const res = await run(DELETE, { message: { id: globalId(m) } });
    expect(res.data.deleteMessageComment).toMatchObject({ changed: true, reporterMessage: { messageId: m.questionId, comment: null } });
    expect(writes()).toEqual([{ method: 'DELETE', path: `/comments/${m.questionId}`, query: {}, body: undefined }]);
    expect(await commentOf(m)).toBeNull();
  });

  it('succeeds with changed: false for a message without a comment', async () => {
    const res = await run(DELETE, { message: { id: globalId(uncommented()) } });
    expect(res.data.deleteMessageComment).toMatchObject({ __typename: 'MessageCommentSuccess', changed: false });
    expect(writes()).toEqual([]);
  });

  it('sends a failing delete once', async () => {
    const m = uncommented();
    await run(SET, { message: { id: globalId(m) }, comment: 'to delete' });
    gw.sims.resetLogs();
    gw.sims.reporter.setFault('DELETE comments/:questionId', { kind: 'status', status: 503 });
    const res = await run(DELETE, { message: { id: globalId(m) } });
    expect(res.data.deleteMessageComment).toMatchObject({ __typename: 'UpstreamFailure', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('DELETE comments/:questionId')).toBe(1);
  });
});
