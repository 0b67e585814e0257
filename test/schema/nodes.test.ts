import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountZone } from '../../src/backends/uis/timezone.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

const NODES = `query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Session { sessionId }
    ... on Call { callSessionId }
    ... on LeelooAccount { accountId name }
  }
}`;

describe('nodes across the three backends', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
    await accountZone(gw.backends.uis!);
  });
  afterAll(() => gw.close());

  it('resolves a session, a call and a CRM account in one request per backend, each at its position', async () => {
    const session = gw.sims.dataset.reporter.sessions[2];
    const call = gw.sims.dataset.uis.calls.at(-5)!;
    const account = gw.sims.dataset.leeloo.accounts[4];
    const ids = [b64(`Session:${session.sessionId}`), b64(`Call:${call.id}:${call.start_time.replace(/\D/g, '')}`), b64(`LeelooAccount:${account.id}`)];
    gw.sims.resetLogs();
    const res = await gw.execute(NODES, { ids });
    expect(res.errors).toBeUndefined();
    expect(res.data.nodes).toEqual([
      { __typename: 'Session', id: ids[0], sessionId: session.sessionId },
      { __typename: 'Call', id: ids[1], callSessionId: String(call.id) },
      { __typename: 'LeelooAccount', id: ids[2], accountId: account.id, name: account.name },
    ]);
    expect(gw.sims.counts()).toMatchObject({ reporter: 1, uis: 1, leeloo: 1 });
  });

  it('answers null with NOT_FOUND at the item for an unknown id, keeping the others', async () => {
    const session = gw.sims.dataset.reporter.sessions[2];
    const ids = [b64(`Session:${session.sessionId}`), b64('Session:no-such-session')];
    const res = await gw.execute(NODES, { ids });
    expect(res.data.nodes[0]).toMatchObject({ __typename: 'Session', sessionId: session.sessionId });
    expect(res.data.nodes[1]).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: ['nodes', 1], extensions: { code: 'NOT_FOUND', service: 'reporter' } });
  });

  it('rejects a malformed global ID as BAD_USER_INPUT before any upstream call', async () => {
    gw.sims.resetLogs();
    const res = await gw.execute(NODES, { ids: ['not-a-global-id'] });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(gw.sims.counts().total).toBe(0);
  });
});
