import type { ExecutionResult } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ReporterClientDetailsDocument, ReporterClientsDocument } from '../../../client/src/generated/graphql.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

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
/** Clients most recently active first, as clients/filter lists them. */
const byActivity = () => [...data().clients].sort((a, b) => b.lastVisitMs - a.lastVisitMs || (a.key < b.key ? -1 : 1));
const clientGlobalId = (botId: string, clientId: string) => encodeGlobalID('ReporterClient', JSON.stringify([botId, clientId]));

describe('Query.reporterClients', () => {
  it('lists clients most recently active first in 1 request', async () => {
    const res = await gw.execute(ReporterClientsDocument, { first: 10 });
    expect(res.errors).toBeUndefined();
    const expected = byActivity().slice(0, 10);
    const nodes = res.data!.reporterClients!.edges!.map((e) => e!.node!);
    expect(nodes.map((c) => c.clientId)).toEqual(expected.map((c) => c.id));
    expect(nodes[0]).toMatchObject({
      id: clientGlobalId(expected[0].botId, expected[0].id),
      botId: expected[0].botId,
      channel: expected[0].channelType,
      joinDate: expected[0].joinDate,
      lastVisitDate: expected[0].lastVisitDate,
      isBlocked: expected[0].isBlocked,
    });
    expect(res.data!.reporterClients!.totalCount).toBe(data().clients.length);
    expect(gw.sims.reporter.count()).toBe(1);
  });

  it('filters by channel type and pages with `after`', async () => {
    const filter = { channelType: { options: ['vk'] } };
    const p1 = await gw.execute(ReporterClientsDocument, { first: 4, filter });
    const p2 = await gw.execute(ReporterClientsDocument, { first: 4, filter, after: p1.data!.reporterClients!.pageInfo.endCursor });
    const vk = byActivity().filter((c) => c.channelType === 'vk');
    expect(p1.data!.reporterClients!.totalCount).toBe(vk.length);
    expect(p2.data!.reporterClients!.edges!.map((e) => e!.node!.clientId)).toEqual(vk.slice(4, 8).map((c) => c.id));
  });

  it('nulls only its own field when clients/filter fails', async () => {
    gw.sims.reporter.setFault('POST clients/filter', { kind: 'status', status: 401 });
    const res = await run(`{ reporterClients(first: 3) { totalCount } backends { name } }`);
    expect(res.data.reporterClients).toBeNull();
    expect(res.data.backends).toHaveLength(3);
    expect(res.errors?.[0]).toMatchObject({ path: ['reporterClients'], extensions: { code: 'UPSTREAM_UNAUTHORIZED', service: 'reporter' } });
  });
});

describe('Query.reporterClient', () => {
  it('reads a blocked client with its block state, sessions and messages', async () => {
    const c = data().clients.find((x) => x.isBlocked && x.sessionIds.length >= 2)!;
    const res = await gw.execute(ReporterClientDetailsDocument, { botId: c.botId, clientId: c.id, sessions: 10, messages: 5 });
    expect(res.errors).toBeUndefined();
    const r = res.data!.reporterClient!;
    expect(r).toMatchObject({ clientId: c.id, botId: c.botId, isBlocked: true, blockReason: c.blockReason, blockedBy: String(c.blockedBy), blockDate: c.blockDate });
    const newest = [...c.sessionIds].reverse();
    expect(r.sessions!.totalCount).toBe(c.sessionIds.length);
    expect(r.sessions!.edges!.map((e) => e!.node!.id)).toEqual(newest.slice(0, 10).map((id) => encodeGlobalID('Session', id)));
    const messageCount = c.sessionIds.reduce((n, id) => n + data().sessionById.get(id)!.questionIds.length, 0);
    expect(r.messages!.totalCount).toBe(messageCount);
    expect(r.messages!.edges).toHaveLength(Math.min(5, messageCount));
  });

  it('returns NOT_FOUND for an unknown client', async () => {
    const res = await gw.execute(ReporterClientDetailsDocument, { botId: data().bots[0].botId, clientId: 'nobody' });
    expect(res.data!.reporterClient).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ path: ['reporterClient'], extensions: { code: 'NOT_FOUND', service: 'reporter' } });
  });

  it('is identified by bot id and client id: node refetches it', async () => {
    const c = data().clients[5];
    const res = await run(`query($id: ID!) { node(id: $id) { ... on ReporterClient { clientId botId displayName } } }`, {
      id: clientGlobalId(c.botId, c.id),
    });
    const name = [c.firstName, c.lastName].filter(Boolean).join(' ') || c.username || c.id;
    expect(res.data.node).toEqual({ clientId: c.id, botId: c.botId, displayName: name });
  });
});

describe('Session.client', () => {
  it('keeps the session when clients/filter fails, nulling only the client fields it needs', async () => {
    gw.sims.reporter.setFault('POST clients/filter', { kind: 'status', status: 500 });
    const res = await run(`{ sessions(first: 2) { edges { node { sessionId client { clientId isBlocked } } } } }`);
    const nodes = res.data.sessions.edges.map((e: Data) => e.node);
    expect(nodes.map((n: Data) => n.sessionId)).toEqual(data().sessions.slice(0, 2).map((s) => s.sessionId));
    expect(nodes[0].client).toEqual({ clientId: data().sessions[0].client.id, isBlocked: null });
    expect(res.errors?.[0]).toMatchObject({ path: ['sessions', 'edges', 0, 'node', 'client', 'isBlocked'], extensions: { service: 'reporter' } });
  });
});
