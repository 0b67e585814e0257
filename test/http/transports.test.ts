import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { operationText } from '../../scripts/operations.js';
import { bearer, testKey, writeApiKeysFile } from '../helpers/auth.js';
import { startTestGateway, TEST_TOKENS, type TestGateway } from '../helpers/gateway.js';
import { until } from '../helpers/until.js';

/**
 * The three transports frontends use, each with its real client library, against a gateway with
 * authentication on (LIVE against the simulators): graphql-ws (WebSocket), Apollo Client's multipart
 * HTTP subscriptions, and GraphQL over SSE (graphql-sse). Each carries a `@live` query and
 * `reportTaskUpdated`; the same auth, scopes and limits apply on each.
 */
const LABELS = 'query LiveLabels @live { sessionLabels { id name } }';
const TASK = operationText('reporter/subscription-report-task-updated.graphql');
const CREATE = operationText('reporter/mutation-create-report.graphql');
const INTERVAL = 300;
const FULL = testKey('transports-full');
const NO_READ = testKey('transports-no-read');

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
let gw: TestGateway;
let origin: string;
let wsUrl: string;
let labelNo = 0;

const labelAtReporter = async () => {
  const name = `transport-label-${++labelNo}`;
  const res = await fetch(`${gw.sims.urls.reporter}/reporter/p/${TEST_TOKENS.reporter}/logs/labels/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, priority: 90 }),
  });
  expect(res.status).toBe(200);
  return name;
};
const newTaskId = async (): Promise<string> => {
  const res = await gw.execute(CREATE, { kind: 'SESSIONS' }, bearer(FULL));
  return res.data.createReport.task.id;
};
const labelNames = (r: Json): string[] => r.data.sessionLabels.map((l: { name: string }) => l.name);
const wsClient = (authorization?: string, onClose?: (code: number) => void): WsClient =>
  createWsClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: authorization ? { authorization } : {},
    on: { closed: (e) => onClose?.((e as { code: number }).code) },
    onNonLazyError: () => undefined,
  });
/** Collects a stream's results from any of the clients' sink-style APIs. */
function collector() {
  const results: Json[] = [];
  let error: unknown;
  let completed = false;
  return {
    results,
    sink: { next: (r: Json) => void results.push(r), error: (e: unknown) => void (error = e), complete: () => void (completed = true) },
    get error() {
      return error;
    },
    get completed() {
      return completed;
    },
    waitFor: (n: number, ms = 10_000) => until(() => results.length >= n || error !== undefined, ms).then(() => expect(error).toBeUndefined()),
  };
}

beforeAll(async () => {
  const keys = writeApiKeysFile([
    { name: 'full', key: FULL, scopes: ['read', 'labels', 'reports'] },
    { name: 'no-read', key: NO_READ, scopes: ['labels'] },
  ]);
  gw = await startTestGateway({ env: { API_KEYS_FILE: keys, LIVE_POLL_INTERVAL_MS: String(INTERVAL), REPORT_POLL_INTERVAL_MS: '100', MAX_SUBSCRIPTIONS_PER_CALLER: '4' } });
  origin = await gw.listen();
  wsUrl = `${origin.replace('http', 'ws')}/graphql`;
});
afterAll(async () => {
  await gw.close();
});

describe('graphql-ws (WebSocket on /graphql)', () => {
  it('streams a @live query: the result now, then the result with a label made at the Reporter', async () => {
    const client = wsClient(`Bearer ${FULL}`);
    const c = collector();
    const stop = client.subscribe({ query: LABELS }, c.sink);
    try {
      await c.waitFor(1);
      const name = await labelAtReporter();
      await c.waitFor(2, INTERVAL + 5000);
      expect(labelNames(c.results[1])).toContain(name);
      expect(labelNames(c.results[1])).toHaveLength(labelNames(c.results[0]).length + 1);
    } finally {
      stop();
      await client.dispose();
    }
    // The client left: its live query stops on the gateway.
    await until(() => gw.yoga.live.stats().queries === 0);
  });

  it('streams reportTaskUpdated to COMPLETED, then completes', async () => {
    const client = wsClient(`Bearer ${FULL}`);
    const c = collector();
    client.subscribe({ query: TASK, variables: { id: await newTaskId() } }, c.sink);
    await until(() => c.completed || c.error !== undefined, 20_000);
    await client.dispose();
    expect(c.error).toBeUndefined();
    expect(c.results.at(-1).data.reportTaskUpdated.status).toBe('COMPLETED');
  });

  it('runs queries and mutations too, with the scopes of the connection’s credential', async () => {
    const client = wsClient(`Bearer ${NO_READ}`);
    const c = collector();
    client.subscribe({ query: '{ sessionLabels { id } }' }, c.sink);
    await until(() => c.results.length > 0 || c.error !== undefined);
    // Without `read` the field is refused as over HTTP: FORBIDDEN, nothing sent upstream.
    const errors = (c.results[0]?.errors ?? c.error) as Json[];
    expect(errors[0].extensions.code).toBe('FORBIDDEN');
    await client.dispose();
  });

  it('closes a connection without a valid credential with 4401, before any operation', async () => {
    for (const authorization of [undefined, 'Bearer not-a-key', `Basic ${FULL}`]) {
      let code: number | undefined;
      const client = wsClient(authorization, (c) => (code = c));
      const c = collector();
      client.subscribe({ query: LABELS }, c.sink);
      await until(() => code !== undefined);
      expect(code).toBe(4401);
      expect(c.results).toHaveLength(0);
      await client.dispose();
    }
  });

  it('counts its streams against MAX_SUBSCRIPTIONS_PER_CALLER, like SSE', async () => {
    const client = wsClient(`Bearer ${FULL}`);
    const open = Array.from({ length: 4 }, () => collector());
    const stops = open.map((c) => client.subscribe({ query: LABELS }, c.sink));
    try {
      await Promise.all(open.map((c) => c.waitFor(1)));
      const refused = collector();
      client.subscribe({ query: LABELS }, refused.sink);
      await until(() => refused.error !== undefined || refused.results.length > 0);
      expect((refused.error as Json[])[0].extensions.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    } finally {
      stops.forEach((s) => s());
      await client.dispose();
    }
  });

  it('refuses the upgrade from another site’s page (403) and on any other path (404)', async () => {
    const status = (url: string, headers: Record<string, string>) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url, 'graphql-transport-ws', { headers });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
        ws.on('error', () => undefined);
      });
    expect(await status(wsUrl, { origin: 'https://evil.example' })).toBe(403);
    expect(await status(wsUrl.replace('/graphql', '/other'), {})).toBe(404);
    expect(await status(wsUrl, { origin })).toBe(101);
  });
});

describe('Apollo Client (multipart HTTP subscriptions, HttpLink)', () => {
  const apollo = () => new ApolloClient({ link: new HttpLink({ uri: `${origin}/graphql`, headers: bearer(FULL) }), cache: new InMemoryCache() });

  it('streams reportTaskUpdated to COMPLETED over multipart/mixed;subscriptionSpec=1.0', async () => {
    const client = apollo();
    const c = collector();
    const sub = client.subscribe({ query: gql(TASK), variables: { id: await newTaskId() } }).subscribe(c.sink);
    await until(() => c.completed || c.error !== undefined, 20_000);
    sub.unsubscribe();
    expect(c.error).toBeUndefined();
    expect(c.results.length).toBeGreaterThan(1);
    expect(c.results.at(-1).data.reportTaskUpdated.status).toBe('COMPLETED');
  });

  it('keeps a watched @live query up to date when the link asks for the multipart answer', async () => {
    const client = apollo();
    const c = collector();
    // Apollo's subscribe() takes subscription documents only; a live query is a watched query whose
    // link asks for the multipart stream: each pushed result lands in the cache and reaches the watcher.
    const sub = client
      .watchQuery({ query: gql(LABELS), fetchPolicy: 'no-cache', context: { http: { accept: ['multipart/mixed;boundary=graphql;subscriptionSpec=1.0'] } } })
      .subscribe({ next: (r: Json) => r.dataState === 'complete' && c.sink.next(r), error: c.sink.error });
    try {
      await c.waitFor(1);
      const name = await labelAtReporter();
      await c.waitFor(2, INTERVAL + 5000);
      expect(labelNames(c.results[1])).toContain(name);
    } finally {
      sub.unsubscribe();
    }
    await until(() => gw.yoga.live.stats().queries === 0);
  });
});

describe('GraphQL over SSE (graphql-sse)', () => {
  const sse = () => createSseClient({ url: `${origin}/graphql`, headers: bearer(FULL), retryAttempts: 0 });

  it('streams a @live query and reportTaskUpdated', async () => {
    const client = sse();
    const live = collector();
    const stop = client.subscribe({ query: LABELS }, live.sink);
    try {
      await live.waitFor(1);
      const name = await labelAtReporter();
      await live.waitFor(2, INTERVAL + 5000);
      expect(labelNames(live.results[1])).toContain(name);
    } finally {
      stop();
    }
    const task = collector();
    client.subscribe({ query: TASK, variables: { id: await newTaskId() } }, task.sink);
    await until(() => task.completed || task.error !== undefined, 20_000);
    expect(task.error).toBeUndefined();
    expect(task.results.at(-1).data.reportTaskUpdated.status).toBe('COMPLETED');
    client.dispose();
  });
});

describe('graphql-ws with trusted documents only and a rate limit', () => {
  let strict: TestGateway;
  let strictWs: string;
  beforeAll(async () => {
    const keys = writeApiKeysFile([{ name: 'app', key: FULL, scopes: ['read'] }]);
    strict = await startTestGateway({ env: { API_KEYS_FILE: keys, PERSISTED_OPERATIONS: 'only', RATE_LIMIT_PER_MINUTE: '3' } });
    strictWs = `${(await strict.listen()).replace('http', 'ws')}/graphql`;
  });
  afterAll(async () => {
    await strict.close();
  });

  it('refuses an ad-hoc document, runs a trusted one by documentId, and counts every operation against RATE_LIMIT_PER_MINUTE', async () => {
    const client = createWsClient({ url: strictWs, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${FULL}` } });
    const run = async (payload: Json) => {
      const c = collector();
      client.subscribe(payload, c.sink);
      await until(() => c.completed || c.error !== undefined);
      return c;
    };
    try {
      const adhoc = await run({ query: '{ backends { name } }' });
      expect((adhoc.error as Json[])[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
      const trusted = await run({ query: '', documentId: 'sha256:6b2f11b3675fc29096b16ae1cd0b461bfd02415a7d25925866db8d1b233f174c' });
      expect(trusted.error).toBeUndefined();
      expect(trusted.results[0].data.backends.map((b: { name: string }) => b.name)).toEqual(['REPORTER', 'UIS', 'LEELOO']);
      await run({ query: '', documentId: 'sha256:6b2f11b3675fc29096b16ae1cd0b461bfd02415a7d25925866db8d1b233f174c' });
      const limited = await run({ query: '', documentId: 'sha256:6b2f11b3675fc29096b16ae1cd0b461bfd02415a7d25925866db8d1b233f174c' });
      expect((limited.error as Json[])[0].extensions.code).toBe('RATE_LIMITED');
    } finally {
      await client.dispose();
    }
  });
});
