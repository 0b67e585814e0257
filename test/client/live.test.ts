import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Imported by package name, exactly as a frontend would.
import {
  AddSessionLabelDocument,
  LiveAnalyticsDocument,
  LiveCallsDocument,
  LiveSessionsDocument,
  RemoveSessionLabelDocument,
  SessionLabelsDocument,
  SessionsWithClientsAndLabelsDocument,
  createClient,
} from '@switchboard/client';
import { testKey, writeApiKeysFile } from '../helpers/auth.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const KEY = testKey('client-live');
const NO_ADHOC = testKey('client-live-persisted');

/**
 * `client.live(document, variables)`: an async iterator of whole results of an `@live` query, over
 * the gateway on the simulators. The interval is 60 s, so every push after the first came from a
 * change announced at once (a mutation, a UIS notification).
 */
describe('client.live', () => {
  let gw: TestGateway;
  let url: string;
  beforeAll(async () => {
    gw = await startTestGateway({
      env: {
        API_KEYS_FILE: writeApiKeysFile([
          { name: 'frontend', key: KEY, scopes: ['read', 'labels', 'adhoc'] },
          { name: 'trusted-only', key: NO_ADHOC, scopes: ['read'] },
        ]),
        PERSISTED_OPERATIONS: 'only',
        LIVE_POLL_INTERVAL_MS: '60000',
        UIS_NOTIFY_SECRET: 'client-live-hook-Wq3mZp8Vb2',
      },
    });
    url = `${await gw.listen()}/graphql`;
    gw.sims.activity.uisNotifyUrl = `${url.replace('/graphql', '')}/hooks/uis/client-live-hook-Wq3mZp8Vb2`;
  });
  afterAll(() => gw?.close());

  const subscribers = () => gw.yoga.live.stats().subscribers;

  it('yields the current result, then the whole result again when a mutation changes it, and return() closes the stream', async () => {
    const client = createClient({ url, token: KEY });
    const live = client.live(LiveSessionsDocument, { first: 3 });
    const first = await live.next();
    expect(first.done).toBe(false);
    const session = first.value!.data!.sessions!.edges[0]!.node;
    expect(first.value!.errors).toBeUndefined();
    const { sessionLabels } = await client.request(SessionLabelsDocument);
    const label = sessionLabels!.find((l) => !session.labels?.some((x) => x.labelId === l.labelId))!;
    expect(subscribers()).toBe(1);
    await client.request(AddSessionLabelDocument, { sessionId: session.id, labelId: label.labelId });
    const second = await live.next();
    expect(second.value!.data!.sessions!.edges[0]!.node.labels?.map((l) => l.labelId)).toContain(label.labelId);
    // Whole results: the other rows come again, unchanged.
    expect(second.value!.data!.sessions!.edges.slice(1)).toEqual(first.value!.data!.sessions!.edges.slice(1));
    expect(await live.return!()).toEqual({ done: true, value: undefined });
    await expect.poll(subscribers).toBe(0);
    await client.request(RemoveSessionLabelDocument, { sessionId: session.id, labelId: label.labelId });
  });

  it('closes the stream when a for-await loop breaks', async () => {
    const client = createClient({ url, token: KEY });
    const now = Date.now();
    const period = { from: new Date(now - 3_600_000).toISOString(), to: new Date(now + 3_600_000).toISOString() };
    const seen: string[] = [];
    for await (const result of client.live(LiveCallsDocument, { period, first: 5 })) {
      seen.push(result.data!.calls!.edges[0]?.node.callSessionId ?? 'none');
      if (seen.length === 1) gw.sims.activity.endCall(); // UIS notifies the gateway: a push at once
      else break;
    }
    expect(seen).toHaveLength(2);
    expect(seen[1]).not.toBe(seen[0]);
    await expect.poll(subscribers).toBe(0);
  });

  it('delivers partial results with their errors, and the recovered result later, without ending', async () => {
    const client = createClient({ url, token: KEY });
    const now = Date.now();
    const variables = {
      sessionsPeriod: { from: new Date(now - 7 * 86_400_000).toISOString(), to: new Date(now).toISOString() },
      callsPeriod: { from: new Date(now - 3_600_000).toISOString(), to: new Date(now + 3_600_000).toISOString() },
    };
    gw.sims.uis.setFault('get.calls_report', { kind: 'rpcError', code: -32603, mnemonic: 'internal_error' });
    const live = client.live(LiveAnalyticsDocument, variables);
    try {
      const failing = (await live.next()).value!;
      expect(failing.data!.statistics!.sessionResults!.length).toBeGreaterThan(0);
      expect(failing.data!.callStatistics).toBeNull();
      expect(failing.errors?.[0]?.path).toEqual(['callStatistics']);
      gw.sims.clearFaults();
      gw.sims.activity.endCall();
      const recovered = (await live.next()).value!;
      expect(recovered.errors).toBeUndefined();
      expect(recovered.data!.callStatistics!.total).toBeGreaterThan(0);
    } finally {
      gw.sims.clearFaults();
      await live.return!();
    }
  });

  it('sends the document’s id with `persisted`, which PERSISTED_OPERATIONS=only runs for a key without `adhoc`', async () => {
    const persisted = createClient({ url, token: NO_ADHOC, persisted: true });
    const live = persisted.live(LiveSessionsDocument, { first: 2 });
    const first = (await live.next()).value!;
    expect(first.errors).toBeUndefined();
    expect(first.data!.sessions!.edges).toHaveLength(2);
    await live.return!();
    // The same key with the text is refused before a stream opens (HTTP 403): the id is what let it through.
    const text = createClient({ url, token: NO_ADHOC });
    await expect(text.live(LiveSessionsDocument, { first: 2 }).next()).rejects.toThrow(/403/);
  });

  it('refuses a document without @live before sending anything', () => {
    const client = createClient({ url, token: KEY });
    expect(() => client.live(SessionsWithClientsAndLabelsDocument, { first: 1 } as never)).toThrow(/marked @live/);
  });
});
