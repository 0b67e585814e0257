import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBackends, type Backends } from '../../src/backends/registry.js';
import { loadConfig } from '../../src/config.js';
import { createGateway, type Gateway } from '../../src/gateway/gateway.js';
import { openSharedState, type SharedState } from '../../src/shared/state.js';
import type { Simulators } from '../../src/simulators/index.js';
import { Redactor } from '../../src/upstream/redact.js';
import { attachGraphqlWs } from '../../src/http/graphql-ws.js';
import { liveEnv, TEST_TOKENS } from './gateway.js';
import { captureLogger } from './logs.js';
import { until } from './until.js';

/** One gateway replica on its own loopback port, as a deployment runs it: its own backends, the shared Redis. */
export interface Replica {
  url: string;
  yoga: Gateway;
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
  const shared = await openSharedState({
    redisUrl: config.redisUrl,
    redisTimeoutMs: config.redisTimeoutMs,
    logger,
    maxCacheTtlMs: Math.max(config.cache.liveTtlMs, config.cache.referenceTtlMs) + config.cache.staleMs,
  });
  const backends = createBackends({ config, effective: { reporter: config.reporter, uis: config.uis, leeloo: config.leeloo }, logger, redactor, shared });
  const yoga = createGateway({ config, backends, logger, shared });
  const server: Server = createServer(yoga);
  const sockets = attachGraphqlWs(server, { fetch: (r) => yoga.fetch(r), authenticate: yoga.authenticate, corsOrigins: config.auth.corsOrigins, maxPayloadBytes: config.resources.maxBodyBytes });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  await until(() => shared.redis?.ready ?? true);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    yoga,
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
      yoga.live.close();
      await sockets.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await backends.close();
      await shared.close();
    },
  };
}
