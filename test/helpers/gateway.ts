import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { print, type ExecutionResult } from 'graphql';
import { createBackends, type Backends } from '../../src/backends/registry.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createGateway, type Gateway, type GatewayDeps } from '../../src/gateway/gateway.js';
import { startSimulators, type Simulators, type SimulatorsOptions } from '../../src/simulators/index.js';
import { captureLogger } from './logs.js';
import { createMetrics } from '../../src/observability/use-metrics.js';
import { observeAll, type Tracing } from '../../src/observability/tracing.js';
import { Redactor } from '../../src/upstream/redact.js';
import { attachGraphqlWs } from '../../src/http/graphql-ws.js';

/** Tokens that look real, so leak scans in tests mean something. */
export const TEST_TOKENS = {
  reporter: 'tk4821:9f3c2a7d1e6b5a4c3d2e1f0a9b8c7d6e5f4a3b2c',
  uis: 'uis-live-7Hq2mZp9Xc4Vb8Nn1Lk6Jd3Sa5Fg0Wr',
  leeloo: 'leeloo0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
};

/** The three backends LIVE against these simulators, with the realistic test tokens. */
export function liveEnv(sims: Simulators): Record<string, string> {
  return {
    REPORTER_URL: sims.urls.reporter,
    REPORTER_TOKEN: TEST_TOKENS.reporter,
    UIS_URL: sims.urls.uis,
    UIS_ACCESS_TOKEN: TEST_TOKENS.uis,
    LEELOO_URL: sims.urls.leeloo,
    LEELOO_TOKEN: TEST_TOKENS.leeloo,
  };
}

export interface TestGateway {
  yoga: Gateway;
  sims: Simulators;
  backends: Backends;
  config: Config;
  logLines: string[];
  /** Runs an operation through yoga.fetch; upstream calls go to the simulators over real HTTP. */
  execute<R, V>(doc: TypedDocumentNode<R, V>, variables?: V, headers?: Record<string, string>): Promise<ExecutionResult<R>>;
  // Untyped documents (tests of malformed or ad-hoc operations) get an untyped result.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  execute(doc: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<ExecutionResult<any>>;
  /** Serves the gateway on a loopback port (real HTTP, and graphql-ws on /graphql as app.ts does); returns its origin, e.g. `http://127.0.0.1:41234`. Closed by close(). */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/**
 * A gateway configured LIVE against freshly started simulators (with realistic tokens), exactly as a
 * deployment pointed at other servers would be.
 */
export async function startTestGateway(
  opts: { sims?: SimulatorsOptions; env?: Record<string, string>; timeoutMs?: number; tracing?: Tracing; gateway?: Partial<GatewayDeps> } = {},
): Promise<TestGateway> {
  const sims = await startSimulators({ seed: 7, size: 1, tokens: TEST_TOKENS, ...opts.sims });
  const config = loadConfig({
    ...liveEnv(sims),
    UPSTREAM_TIMEOUT_MS: String(opts.timeoutMs ?? 2_000),
    LOG_LEVEL: 'debug',
    // Tests count the upstream requests of each operation, repeat documents and inject faults between
    // them: the response cache would answer those from memory. Tests of the cache turn it on.
    RESPONSE_CACHE: 'off',
    // Likewise the circuit breakers: a file injects failure after failure into one gateway, and an
    // open breaker would answer the next test's query without sending it. Tests of the breaker turn it on.
    BREAKER: 'off',
    ...opts.env,
  });
  const redactor = new Redactor(Object.values(TEST_TOKENS));
  const { logger, lines } = captureLogger(redactor);
  const metrics = createMetrics();
  const backends = createBackends({
    config,
    effective: { reporter: config.reporter, uis: config.uis, leeloo: config.leeloo },
    logger,
    redactor,
    observer: observeAll(metrics.observer, opts.tracing?.observer),
    onBreakerTransition: metrics.onBreakerTransition,
  });
  const yoga = createGateway({ config, backends, logger, metrics, tracing: opts.tracing, ...opts.gateway });
  let server: Server | undefined;
  let sockets: ReturnType<typeof attachGraphqlWs> | undefined;
  return {
    yoga,
    sims,
    backends,
    config,
    logLines: lines,
    async execute(doc: TypedDocumentNode<unknown, unknown> | string, variables?: unknown, headers?: Record<string, string>) {
      const query = typeof doc === 'string' ? doc : print(doc);
      const res = await yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as ExecutionResult<never>;
    },
    async listen() {
      server ??= createServer(yoga);
      sockets ??= attachGraphqlWs(server, { fetch: (r) => yoga.fetch(r), authenticate: yoga.authenticate, corsOrigins: config.auth.corsOrigins, maxPayloadBytes: config.resources.maxBodyBytes });
      const s = server;
      if (!s.listening) await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
      return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
    },
    async close() {
      yoga.live.close();
      await sockets?.close();
      if (server?.listening) {
        const s = server;
        await new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeAllConnections();
        });
      }
      await backends.close();
      await sims.close();
    },
  };
}

/** Every token, for leak scans of responses and log lines. */
export function findLeaks(text: string): string[] {
  return Object.values(TEST_TOKENS).filter((t) => text.includes(t) || text.includes(encodeURIComponent(t)));
}
