import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APQ_KEY_PREFIX } from '../../src/shared/apq-store.js';
import { startSimulators, type Simulators } from '../../src/simulators/index.js';
import { startTestGateway, TEST_TOKENS, type TestGateway } from '../helpers/gateway.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { startReplica, type Replica } from '../helpers/replica.js';

/**
 * Automatic persisted queries as Apollo Client speaks them (its persisted-query link: the hash
 * alone first; after PersistedQueryNotFound the hash with the text, which registers it), against the
 * gateway as `npm start` configures it (PERSISTED_OPERATIONS=off) and with `allow` / `only`.
 */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const QUERY = gql`
  query ApqBackends {
    backends {
      name
      mode
    }
  }
`;

interface Sent {
  method: string;
  hashOnly: boolean;
  status: number;
}

function apollo(url: string, opts: { get?: boolean } = {}) {
  const sent: Sent[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { query?: string }) : undefined;
    const hashOnly = method === 'GET' ? !new URL(String(input)).searchParams.has('query') : body?.query === undefined;
    sent.push({ method, hashOnly, status: res.status });
    return res;
  };
  const link = createPersistedQueryLink({ sha256, useGETForHashedQueries: opts.get ?? false }).concat(new HttpLink({ uri: url, fetch: recordingFetch }));
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

describe("Apollo Client's persisted-query link against the default gateway (PERSISTED_OPERATIONS=off)", () => {
  let gw: TestGateway;
  let url: string;
  beforeAll(async () => {
    gw = await startTestGateway();
    url = `${await gw.listen()}/graphql`;
  });
  afterAll(() => gw?.close());

  it('over POST: hash alone, PersistedQueryNotFound, then hash with text; a second client then needs the hash alone', async () => {
    const first = apollo(url);
    const a = await first.client.query({ query: QUERY, fetchPolicy: 'network-only' });
    expect((a.data as { backends: unknown[] }).backends).toHaveLength(3);
    expect(first.sent).toEqual([
      { method: 'POST', hashOnly: true, status: 404 },
      { method: 'POST', hashOnly: false, status: 200 },
    ]);
    const second = apollo(url);
    const b = await second.client.query({ query: QUERY, fetchPolicy: 'network-only' });
    expect(b.data).toEqual(a.data);
    expect(second.sent).toEqual([{ method: 'POST', hashOnly: true, status: 200 }]);
  });

  it('over GET (useGETForHashedQueries): the registered hash is answered from a GET carrying no text', async () => {
    const doc = gql`
      query ApqSessions {
        sessions(first: 2) {
          totalCount
        }
      }
    `;
    const first = apollo(url, { get: true });
    const a = await first.client.query({ query: doc, fetchPolicy: 'network-only' });
    expect((a.data as { sessions: { totalCount: number } }).sessions.totalCount).toBeGreaterThan(0);
    expect(first.sent[0]).toEqual({ method: 'GET', hashOnly: true, status: 404 });
    expect(first.sent.at(-1)?.status).toBe(200);
    const second = apollo(url, { get: true });
    await second.client.query({ query: doc, fetchPolicy: 'network-only' });
    expect(second.sent).toEqual([{ method: 'GET', hashOnly: true, status: 200 }]);
  });

  it('refuses a hash that does not match the text it came with', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ backends { name } }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ something else }') } } }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('PERSISTED_QUERY_MISMATCH');
  });

  it('answers a documentId with an error saying persisted operations are off, not "Must provide query string"', async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documentId: `sha256:${'a'.repeat(64)}` }) });
    expect(res.status).toBe(400);
    const [error] = ((await res.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors;
    expect(error.extensions.code).toBe('PERSISTED_OPERATIONS_OFF');
    expect(error.message).toContain('PERSISTED_OPERATIONS=allow');
  });
});

describe('automatic persisted queries with PERSISTED_OPERATIONS=allow and only', () => {
  let allow: TestGateway;
  let only: TestGateway;
  beforeAll(async () => {
    [allow, only] = await Promise.all([startTestGateway({ env: { PERSISTED_OPERATIONS: 'allow' } }), startTestGateway({ env: { PERSISTED_OPERATIONS: 'only' } })]);
  });
  afterAll(async () => {
    await allow?.close();
    await only?.close();
  });

  it('allow: registers and then answers the hash alone', async () => {
    const url = `${await allow.listen()}/graphql`;
    const first = apollo(url);
    await first.client.query({ query: QUERY, fetchPolicy: 'network-only' });
    const second = apollo(url);
    const b = await second.client.query({ query: QUERY, fetchPolicy: 'network-only' });
    expect((b.data as { backends: unknown[] }).backends).toHaveLength(3);
    expect(second.sent).toEqual([{ method: 'POST', hashOnly: true, status: 200 }]);
  });

  it('only: an unregistered document cannot register itself (PERSISTED_QUERY_ONLY), and nothing reaches a backend', async () => {
    const url = `${await only.listen()}/graphql`;
    only.sims.resetLogs();
    const { client, sent } = apollo(url);
    const error = await client.query({ query: QUERY, fetchPolicy: 'network-only' }).then(
      () => undefined,
      (e: unknown) => e as { errors?: { extensions?: { code?: string } }[]; message: string },
    );
    expect(error).toBeDefined();
    expect(JSON.stringify(error)).toContain('PERSISTED_QUERY_ONLY');
    expect(sent.map((s) => s.status)).toEqual([400, 403]);
    expect(only.sims.counts().total).toBe(0);
  });
});

describe('automatic persisted queries across replicas sharing Redis', () => {
  let redis: TestRedis;
  let sims: Simulators;
  let a: Replica;
  let b: Replica;
  beforeAll(async () => {
    [redis, sims] = await Promise.all([startRedis(), startSimulators({ seed: 7, size: 1, tokens: TEST_TOKENS })]);
    [a, b] = await Promise.all([startReplica(sims, redis.url, { RESPONSE_CACHE: 'off' }), startReplica(sims, redis.url, { RESPONSE_CACHE: 'off' })]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await sims?.close();
    await redis?.stop();
  });

  it('a hash registered through one replica is answered by the other from the hash alone, under the sb:apq: namespace', async () => {
    const registering = apollo(a.url);
    await registering.client.query({ query: QUERY, fetchPolicy: 'network-only' });
    expect(registering.sent.map((s) => s.hashOnly)).toEqual([true, false]);
    const other = apollo(b.url);
    const answer = await other.client.query({ query: QUERY, fetchPolicy: 'network-only' });
    expect((answer.data as { backends: unknown[] }).backends).toHaveLength(3);
    expect(other.sent).toEqual([{ method: 'POST', hashOnly: true, status: 200 }]);
    const keys = await a.shared.redis!.client.keys(`${APQ_KEY_PREFIX}*`);
    expect(keys).toHaveLength(1);
    // Bounded: every registered document expires.
    expect(await a.shared.redis!.client.pttl(keys[0])).toBeGreaterThan(0);
  });
});
