import type { ExecutionResult } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  SessionNodesDocument,
  SessionTwiceDocument,
  SessionWithMessagesDocument,
  SessionsWithClientBlockStateDocument,
  SessionsWithClientsAndLabelsDocument,
  type SessionNodesQuery,
} from '../../../client/src/generated/graphql.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

/** A Session member of a `nodes` answer (`nodes` is typed as every Node type; these ids are all sessions). */
const asSession = (n: SessionNodesQuery['nodes'][number]) => n as Extract<NonNullable<typeof n>, { sessionId: string }>;

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

describe('Query.sessions', () => {
  it('lists 50 sessions with client names and labels in 1 Reporter request', async () => {
    const res = await gw.execute(SessionsWithClientsAndLabelsDocument);
    expect(res.errors).toBeUndefined();
    const edges = res.data!.sessions!.edges!;
    expect(edges).toHaveLength(50);
    expect(res.data!.sessions!.totalCount).toBe(data().sessions.length);
    const first = data().sessions[0];
    expect(edges[0]!.node).toMatchObject({
      id: encodeGlobalID('Session', first.sessionId),
      sessionId: first.sessionId,
      startTime: first.startTime,
      channelType: first.channelType,
      botId: first.botId,
      messageCount: first.questionCount,
      client: { clientId: first.client.id, firstName: first.client.firstName ?? null },
    });
    const labelled = data().sessions.slice(0, 50).findIndex((s) => s.labelIds.length > 0);
    expect(edges[labelled]!.node!.labels!.map((l) => Number(l.labelId))).toEqual(data().sessions[labelled].labelIds);
    expect(gw.sims.reporter.count()).toBe(1);
    expect(gw.sims.reporter.log[0].query).toMatchObject({ page: '0', size: '50', needToReturnSessionLabels: 'true' });
  });

  it('adds every client’s block state and last visit with exactly 1 more request', async () => {
    const res = await gw.execute(SessionsWithClientBlockStateDocument);
    expect(res.errors).toBeUndefined();
    const edges = res.data!.sessions!.edges!;
    expect(edges).toHaveLength(50);
    for (const node of edges.slice(0, 10).map((e) => e!.node!)) {
      const c = data().clientByKey.get(`${node.client.botId}:${node.client.clientId}`)!;
      expect(node.client.lastVisitDate).toBe(c.lastVisitDate);
      expect(node.client.isBlocked).toBe(c.isBlocked);
    }
    expect(gw.sims.reporter.count()).toBe(2);
    expect(gw.sims.reporter.count('POST clients/filter')).toBe(1);
  });

  it('filters by channel type and start time and reports the filtered total', async () => {
    const from = data().sessions[200].startTime;
    const to = data().sessions[100].startTime;
    const filter = { channelType: { options: ['telegram'] }, sessionStartTime: { from, to } };
    const res = await gw.execute(SessionsWithClientsAndLabelsDocument, { first: 100, filter });
    expect(res.errors).toBeUndefined();
    const expected = data().sessions.filter((s) => s.channelType === 'telegram' && s.startTime >= from && s.startTime <= to);
    expect(res.data!.sessions!.totalCount).toBe(expected.length);
    expect(res.data!.sessions!.edges!.map((e) => e!.node!.sessionId)).toEqual(expected.map((s) => s.sessionId));
    expect(gw.sims.reporter.log[0].body).toEqual({
      filters: [
        { key: 'SESSION_START_TIME', type: 'DATE_TIME_RANGE', from, to },
        { key: 'CHANNEL_TYPE', type: 'CHECKBOX', options: ['telegram'], comparisonType: 'CONTAINS' },
      ],
    });
  });

  it('pages with `after` through consecutive windows in one request each', async () => {
    const p1 = await gw.execute(SessionsWithClientsAndLabelsDocument, { first: 7 });
    const p2 = await gw.execute(SessionsWithClientsAndLabelsDocument, { first: 7, after: p1.data!.sessions!.pageInfo.endCursor });
    const ids = [...p1.data!.sessions!.edges!, ...p2.data!.sessions!.edges!].map((e) => e!.node!.sessionId);
    expect(ids).toEqual(data().sessions.slice(0, 14).map((s) => s.sessionId));
    expect(p2.data!.sessions!.pageInfo.hasNextPage).toBe(true);
    expect(gw.sims.reporter.count()).toBe(2);
  });

  it('rejects `first` over the cap with BAD_USER_INPUT before any upstream call', async () => {
    const res = await gw.execute(SessionsWithClientsAndLabelsDocument, { first: 101 });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(gw.sims.reporter.count()).toBe(0);
  });

  it('nulls only the sessions field with the upstream error when the Reporter fails', async () => {
    gw.sims.reporter.setFault('POST sessions/filter', { kind: 'status', status: 500 });
    const res = await run(`{ sessions(first: 5) { totalCount } backends { name } }`);
    expect(res.data.sessions).toBeNull();
    expect(res.data.backends).toHaveLength(3);
    expect(res.errors?.[0]).toMatchObject({ path: ['sessions'], extensions: { code: 'UPSTREAM_ERROR', service: 'reporter' } });
  });
});

describe('Query.session', () => {
  it('reads one session with its first 20 messages, labels and groups in 1 request', async () => {
    const s = data().sessions.find((x) => x.questionIds.length >= 3 && x.questionIds.some((q) => data().messageById.get(q)!.labelIds.length))!;
    const res = await gw.execute(SessionWithMessagesDocument, { id: encodeGlobalID('Session', s.sessionId) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.session).toMatchObject({ sessionId: s.sessionId, startTime: s.startTime, result: s.sessionResult });
    const nodes = res.data!.session!.messages!.edges!.map((e) => e!.node!);
    expect(nodes.map((m) => m.messageId)).toEqual(s.questionIds.slice(0, 20));
    expect(res.data!.session!.messages!.totalCount).toBe(s.questionIds.length);
    const labelled = nodes.find((m) => m.labels!.length > 0)!;
    const label = data().messageLabels.find((l) => l.id === data().messageById.get(labelled.messageId)!.labelIds[0])!;
    expect(labelled.labels![0]).toMatchObject({ name: label.name, group: { name: data().labelGroups.find((g) => g.id === label.groupId)!.name } });
    expect(gw.sims.reporter.count()).toBe(1);
    expect(gw.sims.reporter.count('GET messages/by-session')).toBe(1);
  });

  it('accepts the Reporter session id as well as the global ID', async () => {
    const s = data().sessions[3];
    const res = await run(`query($id: ID!) { session(id: $id) { id sessionId } }`, { id: s.sessionId });
    expect(res.data.session).toEqual({ id: encodeGlobalID('Session', s.sessionId), sessionId: s.sessionId });
  });

  it('returns NOT_FOUND for an unknown session', async () => {
    const res = await run(`{ session(id: "no-such-session") { id } }`);
    expect(res.data.session).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ path: ['session'], extensions: { code: 'NOT_FOUND', service: 'reporter' } });
  });

  it('returns NOT_FOUND for an unknown session asked with its messages', async () => {
    const res = await gw.execute(SessionWithMessagesDocument, { id: encodeGlobalID('Session', 'no-such-session') });
    expect(res.data!.session).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', service: 'reporter' });
  });

  it('serves the same session asked twice through aliases with 1 request', async () => {
    const s = data().sessions[10];
    const res = await gw.execute(SessionTwiceDocument, { id: encodeGlobalID('Session', s.sessionId) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.first!.sessionId).toBe(s.sessionId);
    expect(res.data!.again!.result).toBe(s.sessionResult);
    expect(gw.sims.reporter.count()).toBe(1);
  });

  it('pages a session’s messages past the first page with `after`', async () => {
    const s = data().sessions.find((x) => x.questionIds.length >= 8)!;
    const q = `query($id: ID!, $after: String) { session(id: $id) { messages(first: 3, after: $after) { totalCount edges { cursor node { messageId } } } } }`;
    const p1 = await run(q, { id: s.sessionId });
    const after = p1.data.session.messages.edges[2].cursor;
    const p2 = await run(q, { id: s.sessionId, after });
    expect(p2.data.session.messages.edges.map((e: Data) => e.node.messageId)).toEqual(s.questionIds.slice(3, 6));
  });
});

describe('Query.nodes with sessions', () => {
  it('loads 10 sessions by global ID in 1 request', async () => {
    const picked = data().sessions.slice(300, 310);
    const res = await gw.execute(SessionNodesDocument, { ids: picked.map((s) => encodeGlobalID('Session', s.sessionId)) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes.map((n) => asSession(n).sessionId)).toEqual(picked.map((s) => s.sessionId));
    expect(gw.sims.reporter.count()).toBe(1);
  });

  it('gives null with NOT_FOUND for an unknown id and still returns the others', async () => {
    const s = data().sessions[0];
    const res = await gw.execute(SessionNodesDocument, { ids: [encodeGlobalID('Session', s.sessionId), encodeGlobalID('Session', 'nope')] });
    expect(asSession(res.data!.nodes[0]).sessionId).toBe(s.sessionId);
    expect(res.data!.nodes[1]).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ path: ['nodes', 1], extensions: { code: 'NOT_FOUND' } });
  });
});
