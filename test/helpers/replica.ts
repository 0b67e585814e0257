import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBackends, type Backends } from '../../src/backends/registry.js';
import { loadConfig } from '../../src/config.js';
import { createGateway } from '../../src/gateway.js';
import { createSharedState, type SharedState } from '../../src/shared/state.js';
import type { Simulators } from '../../src/simulators/index.js';
import { Redactor } from '../../src/upstream/redact.js';
import { liveEnv, TEST_TOKENS } from './gateway.js';
import { captureLogger } from './logs.js';
import { until } from './until.js';

/** One gateway replica on its own loopback port, as a deployment runs it: its own backends, the shared Redis. */
export interface Replica {
  url: string;
  shared: SharedState;
  backends: Backends;
  logLines: string[];
  /** POSTs an operation over HTTP; the parsed body. */
  post(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

export async function startReplica(sims: Simulators, redisUrl: string, env: Record<string, string> = {}): Promise<Replica> {
  const config = loadConfig({
    ...liveEnv(sims),
    UPSTREAM_TIMEOUT_MS: '2000',
    LOG_LEVEL: 'info',
    REDIS_URL: redisUrl,
    ...env,
  });
  const redactor = new Redactor(Object.values(TEST_TOKENS));
  const { logger, lines } = captureLogger(redactor, 'info');
  const shared = createSharedState({ redisUrl: config.redisUrl, redisTimeoutMs: config.redisTimeoutMs, logger, maxCacheTtlMs: Math.max(config.cache.liveTtlMs, config.cache.referenceTtlMs) });
  const backends = createBackends({ config, effective: { reporter: config.reporter, uis: config.uis, leeloo: config.leeloo }, logger, redactor, shared });
  const yoga = createGateway({ config, backends, logger, shared });
  const server: Server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  await until(() => shared.redis?.ready ?? true);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    shared,
    backends,
    logLines: lines,
    async post(query, variables) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json() as never;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await backends.close();
      await shared.close();
    },
  };
}

/** A GraphQL-over-SSE subscription over HTTP: its `next` payloads, whether it completed, and when it ended. */
export interface SseStream {
  events: any[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  completed: boolean;
  done: Promise<void>;
  /** The subscriber leaves (closes its connection). */
  cancel(): void;
}

export async function subscribeSse(url: string, query: string, variables: Record<string, unknown>): Promise<SseStream> {
  const abort = new AbortController();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  if (res.status !== 200 || !res.body) throw new Error(`subscription refused: HTTP ${res.status}`);
  const reader = res.body.getReader();
  const stream: SseStream = { events: [], completed: false, done: Promise.resolve(), cancel: () => abort.abort() };
  stream.done = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
        const lines = buffer.slice(0, i).split('\n');
        buffer = buffer.slice(i + 2);
        const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim();
        const data = lines.find((l) => l.startsWith('data:'))?.slice(5).trim();
        if (event === 'next' && data) stream.events.push(JSON.parse(data));
        if (event === 'complete') stream.completed = true;
      }
    }
  })();
  return stream;
}
