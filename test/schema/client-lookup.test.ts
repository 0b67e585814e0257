import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

const CLIENT = `query Client($id: ID!) {
  client(id: $id) {
    __typename
    id
    backend
    displayName
    channel
    ... on ReporterClient { isBlocked }
    ... on LeelooAccount { accountId phone }
  }
}`;

describe('Query.client', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  it('resolves a Reporter client by its global ID in one clients/filter request', async () => {
    const c = gw.sims.dataset.reporter.clients[11];
    const id = b64(`ReporterClient:${JSON.stringify([c.botId, c.id])}`);
    gw.sims.resetLogs();
    const res = await gw.execute(CLIENT, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data.client).toMatchObject({ __typename: 'ReporterClient', id, backend: 'REPORTER', channel: c.channelType, isBlocked: c.isBlocked });
    expect(gw.sims.counts()).toMatchObject({ reporter: 1, total: 1 });
  });

  it('resolves a Leeloo account by its global ID in one details request', async () => {
    const a = gw.sims.dataset.leeloo.accounts[9];
    const id = b64(`LeelooAccount:${a.id}`);
    gw.sims.resetLogs();
    const res = await gw.execute(CLIENT, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data.client).toMatchObject({ __typename: 'LeelooAccount', id, backend: 'LEELOO', accountId: a.id, displayName: a.name, phone: a.phone ?? null });
    expect(gw.sims.counts()).toMatchObject({ leeloo: 1, total: 1 });
  });

  it('answers NOT_FOUND for an unknown client and BAD_USER_INPUT for an ID of another type', async () => {
    const missing = await gw.execute(CLIENT, { id: b64(`LeelooAccount:${'0'.repeat(24)}`) });
    expect(missing.data.client).toBeNull();
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    gw.sims.resetLogs();
    const wrong = await gw.execute(CLIENT, { id: b64('Session:abc') });
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(gw.sims.counts().total).toBe(0);
  });
});
