import { operationText } from '../../../scripts/operations.js';
import type { ExecutionResult } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const MESSAGES = operationText('reporter/messages.graphql');

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

const data = () => gw.sims.dataset.reporter;
/** Messages newest first, as messages/filter lists them (sessions newest first, each one's messages backwards). */
const newestFirst = () => data().sessions.flatMap((s) => [...s.questionIds].reverse().map((q) => data().messageById.get(q)!));
const messageId = (sessionId: string, questionId: string) => encodeGlobalID('ReporterMessage', JSON.stringify([sessionId, questionId]));

describe('Query.messages', () => {
  it('lists messages newest first with their sessions in 2 requests', async () => {
    const res = await run(MESSAGES, { first: 20 });
    expect(res.errors).toBeUndefined();
    const expected = newestFirst().slice(0, 20);
    const nodes = res.data.messages.edges.map((e: Data) => e.node);
    expect(nodes.map((m: Data) => m.messageId)).toEqual(expected.map((m) => m.questionId));
    expect(nodes[0]).toMatchObject({
      id: messageId(expected[0].sessionId, expected[0].questionId),
      sentAt: expected[0].timestamp,
      question: expected[0].question ?? null,
      answer: expected[0].textAnswer ?? null,
      session: { sessionId: expected[0].sessionId },
    });
    expect(res.data.messages.totalCount).toBe(data().messages.length);
    expect(gw.sims.reporter.count('POST messages/filter')).toBe(1);
    expect(gw.sims.reporter.count('POST sessions/filter')).toBe(1);
    expect(gw.sims.reporter.count()).toBe(2);
  });

  it('filters by the client’s phrase text', async () => {
    const res = await run(MESSAGES, { first: 50, filter: { messageText: { values: ['where is my order'] } } });
    const expected = newestFirst().filter((m) => m.question?.toLowerCase().includes('where is my order'));
    expect(res.data.messages.totalCount).toBe(expected.length);
    expect(res.data.messages.edges.map((e: Data) => e.node.question)).toEqual(expected.slice(0, 50).map((m) => m.question));
  });

  it('pages with `after`', async () => {
    const p1 = await run(MESSAGES, { first: 5 });
    const p2 = await run(MESSAGES, { first: 5, after: p1.data.messages.pageInfo.endCursor });
    expect(p2.data.messages.edges.map((e: Data) => e.node.messageId)).toEqual(newestFirst().slice(5, 10).map((m) => m.questionId));
  });

  it('nulls only the list, with UPSTREAM_UNAVAILABLE, when the Reporter is unavailable', async () => {
    gw.sims.reporter.setFault('POST messages/filter', { kind: 'status', status: 503 });
    const res = await run(MESSAGES, { first: 5 });
    expect(res.data.messages).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ path: ['messages'], extensions: { code: 'UPSTREAM_UNAVAILABLE', service: 'reporter' } });
  });
});

describe('ReporterMessage', () => {
  const query = `query($id: ID!) { session(id: $id) { messages(first: 50) { edges { node {
    id backend text sentAt fromClient status statusRaw processingTimeMs comment isLivechat
    nlp { nlpClass nlpState rule confidence } operator { operatorId displayName channelType }
  } } } } }`;

  it('implements Message: text, sentAt, fromClient and backend', async () => {
    const s = data().sessions.find((x) => x.channelType === 'telegram' && x.questionIds.length > 2)!;
    const res = await run(query, { id: s.sessionId });
    const first = data().messageById.get(s.questionIds[0])!;
    expect(res.data.session.messages.edges[0].node).toMatchObject({
      backend: 'REPORTER',
      text: first.question ?? first.textAnswer,
      sentAt: first.timestamp,
      fromClient: first.question !== undefined,
      processingTimeMs: first.processingTime,
    });
  });

  it('reports the delivery status on Telegram and null on channels without statuses', async () => {
    const tg = data().sessions.find((x) => x.channelType === 'telegram' && x.questionIds.length > 1)!;
    const widget = data().sessions.find((x) => x.channelType === 'whatsapp' && x.questionIds.length > 1)!;
    const a = await run(query, { id: tg.sessionId });
    const b = await run(query, { id: widget.sessionId });
    const withStatus = tg.questionIds.map((q) => data().messageById.get(q)!.status ?? null);
    expect(a.data.session.messages.edges.map((e: Data) => e.node.status)).toEqual(withStatus);
    expect(b.data.session.messages.edges.every((e: Data) => e.node.status === null && e.node.statusRaw === null)).toBe(true);
  });

  it('carries the NLP info and the live operator after a transfer', async () => {
    const s = data().sessions.find((x) => x.questionIds.some((q) => data().messageById.get(q)!.operatorInfo))!;
    const res = await run(query, { id: s.sessionId });
    const i = s.questionIds.findIndex((q) => data().messageById.get(q)!.operatorInfo);
    const m = data().messageById.get(s.questionIds[i])!;
    expect(res.data.session.messages.edges[i].node).toMatchObject({
      isLivechat: true,
      operator: { operatorId: m.operatorInfo!.id, channelType: 'livechat' },
    });
    const j = s.questionIds.findIndex((q) => data().messageById.get(q)!.nlpInfo);
    const n = data().messageById.get(s.questionIds[j])!.nlpInfo!;
    expect(res.data.session.messages.edges[j].node.nlp).toEqual({ nlpClass: n.nlpClass, nlpState: n.nlpState, rule: n.rule, confidence: n.confidence });
  });

  it('refetches a message by global ID through node', async () => {
    const m = data().messages[40];
    const res = await run(`query($id: ID!) { node(id: $id) { id ... on ReporterMessage { messageId sessionId answer } } }`, {
      id: messageId(m.sessionId, m.questionId),
    });
    expect(res.data.node).toEqual({ id: messageId(m.sessionId, m.questionId), messageId: m.questionId, sessionId: m.sessionId, answer: m.textAnswer ?? null });
    expect(gw.sims.reporter.count('GET messages/by-session')).toBe(1);
  });

  it('gives NOT_FOUND for a message id the session does not have', async () => {
    const s = data().sessions[0];
    const res = await run(`query($id: ID!) { node(id: $id) { id } }`, { id: messageId(s.sessionId, 'nope') });
    expect(res.data.node).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', service: 'reporter' });
  });
});
