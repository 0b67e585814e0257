import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { isIPv6, type AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { closeTenantBackends, createTenantBackends, type Backends, type TenantBackends } from './backends/registry.js';
import type { BackendConfig } from './backends/backend-config.js';
import { configuredSecrets, type Config } from './config.js';
import type { TenantConfig } from './tenants/tenants-file.js';
import type { ServiceName } from './gateway/errors.js';
import { createGateway, type Gateway } from './gateway/gateway.js';
import { createLogger, type Logger } from './observability/logger.js';
import { createMetrics } from './observability/use-metrics.js';
import type { Simulators } from './simulators/index.js';
import { observeAll } from './upstream/observe-all.js';
import { Redactor } from './upstream/redact.js';
import { openSharedState, type SharedState } from './shared/state.js';
import { redisUrlForDisplay } from './shared/redis-url.js';
import { capConnections } from './http/connection-cap.js';
import { acceptRequestTarget } from './http/request-target.js';
import { attachGraphqlWs } from './http/graphql-ws.js';

export interface App {
  url: string;
  server: Server;
  gateway: Gateway;
  /** Every tenant's backends, by tenant id (`default` alone without TENANTS_FILE). */
  tenants: TenantBackends;
  simulators?: Simulators;
  logger: Logger;
  /** What this replica shares with the others (memory only without REDIS_URL). */
  shared: SharedState;
  /** Stops accepting, finishes in-flight requests, closes upstream pools and simulators. */
  close(): Promise<void>;
}

/** The port could not be taken; its message is the one line server.ts prints. */
export class ListenError extends Error {
  readonly code: string | undefined;
  constructor(host: string, port: number, cause: NodeJS.ErrnoException) {
    const where = `${host}:${port}`;
    const why =
      cause.code === 'EADDRINUSE'
        ? `port ${port} is already in use on ${host}; stop the other process or set PORT to a free port`
        : cause.code === 'EACCES'
          ? `no permission to listen on ${where}; use a port above 1023 or set PORT`
          : cause.code === 'EADDRNOTAVAIL'
            ? `HOST ${host} is not an address of this machine`
            : `cannot listen on ${where}: ${cause.message}`;
    super(`Switchboard cannot start: ${why} (${cause.code ?? 'error'})`);
    this.name = 'ListenError';
    this.code = cause.code;
  }
}

const SERVICES: ServiceName[] = ['reporter', 'uis', 'leeloo'];

/** config → simulators where needed → gateway → listen. */
export async function startApp(given: Config, opts: { logDestination?: DestinationStream } = {}): Promise<App> {
  const { config, uisHookSecret } = withEmbeddedUisHook(given);
  const redactor = new Redactor(configuredSecrets(config));
  const logger = createLogger({ level: config.logLevel, redactor, destination: opts.logDestination, format: config.ops.logFormat });

  // Only the environment's tenant can be SIMULATED: a TENANTS_FILE backend is LIVE or left out.
  const simulated = config.tenants.some((t) => SERVICES.some((s) => t[s].mode === 'SIMULATED'));
  const simulators = simulated
    ? await (await import('./simulators/index.js')).startSimulators({
        seed: config.simulatorSeed,
        size: config.simulatorSize,
        latencyMs: config.simulatorLatencyMs,
        livePerMinute: config.simulatorLiveRate,
      })
    : undefined;
  const effective = (t: TenantConfig) =>
    Object.fromEntries(
      SERVICES.map((s): [ServiceName, BackendConfig] => {
        const b = t[s];
        return [s, b.mode === 'SIMULATED' && simulators ? { ...b, url: simulators.urls[s], token: simulators.tokens[s] } : b];
      }),
    ) as Record<ServiceName, BackendConfig>;

  const metrics = createMetrics();
  // The simulators above and the OpenTelemetry SDK here are imported only when used: a LIVE gateway
  // without tracing would otherwise carry them in its memory for nothing (issue 12).
  const tracing = config.ops.tracing.exporter === 'none' ? undefined : (await import('./observability/tracing.js')).tracingFromConfig(config.ops.tracing);
  const shared = await openSharedState({
    redisUrl: config.redisUrl,
    redisTimeoutMs: config.redisTimeoutMs,
    logger,
    maxCacheTtlMs: Math.max(config.cache.liveTtlMs, config.cache.referenceTtlMs) + config.cache.staleMs,
  });
  const tenants = createTenantBackends({
    config,
    tenants: config.tenants,
    effective,
    logger,
    redactor,
    observer: observeAll(metrics.observer, tracing?.observer),
    onBreakerTransition: metrics.onBreakerTransition,
    shared,
  });

  const gateway = createGateway({
    config,
    tenants,
    logger,
    metrics,
    tracing,
    redactor,
    shared,
    simulatorListening: (name) => simulators?.[name].listening ?? false,
  });
  const r = config.resources;
  // Slow or idle clients cannot hold sockets for ever: headers within HEADERS_TIMEOUT_MS, the whole
  // request within REQUEST_TIMEOUT_MS (the request only: an SSE response may stream for longer), at
  // most MAX_CONNECTIONS sockets. The checking interval is node's 30 s by default, too coarse for short timeouts.
  const server = createServer(
    { headersTimeout: r.headersTimeoutMs, requestTimeout: r.requestTimeoutMs, connectionsCheckingInterval: Math.min(1_000, r.headersTimeoutMs) },
    // A target or Host the adapter cannot turn into a URL never reaches it (http/request-target.ts).
    (req, res) => (acceptRequestTarget(req) ? gateway(req, res) : res.writeHead(400, { connection: 'close', 'content-length': '0' }).end()),
  );
  // MAX_CONNECTIONS: at the cap, an idle socket makes room for a new one (http/connection-cap.ts).
  const cap = capConnections(server, r.maxConnections);
  // GraphQL over WebSocket on /graphql: each operation relayed through the gateway as HTTP (one door).
  const sockets = attachGraphqlWs(server, { fetch: (req) => gateway.fetch(req), authenticate: gateway.authenticate, corsOrigins: config.auth.corsOrigins, maxPayloadBytes: r.maxBodyBytes, hold: cap.hold });
  // Responses still being produced when shutdown starts are sent with `Connection: close`, so their
  // keep-alive sockets end with them instead of idling until keepAliveTimeout.
  const inFlight = new Set<import('node:http').ServerResponse>();
  server.on('request', (_req, res) => {
    inFlight.add(res);
    res.on('close', () => inFlight.delete(res));
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (err) {
    await closeTenantBackends(tenants);
    await shared.close();
    await simulators?.close();
    await tracing?.shutdown().catch(() => undefined);
    throw new ListenError(config.host, config.port, err as NodeJS.ErrnoException);
  }
  // The first line says whether callers are authenticated and names each backend's mode and URL
  // (tokens redacted by the logger and the clients), once the port is ours: nothing claims the
  // gateway is up before it is.
  const auth = authSummary(config);
  const line = (b: Backends) => b.info.map((i) => `${i.name}=${i.mode} ${i.url}`).join(', ');
  const fields = (b: Backends) => Object.fromEntries(b.info.map((i) => [i.name, { mode: i.mode, url: i.url }]));
  const [only] = tenants.size === 1 ? [...tenants.values()] : [];
  logger.info(
    {
      ...(only ? { auth: auth.fields, backends: fields(only) } : { auth: auth.fields, tenants: Object.fromEntries([...tenants].map(([id, b]) => [id, fields(b)])) }),
      // Where caches, budgets, pollers' leases and rate limits live (README "Running more than one").
      sharedState: config.redisUrl ? `Redis ${redisUrlForDisplay(config.redisUrl)}` : 'this process only',
    },
    only
      ? `${auth.text}; backends: ${line(only)}`
      : `${auth.text}; ${tenants.size} tenants: ${[...tenants].map(([id, b]) => `${id} (${line(b)})`).join('; ')}`,
  );
  const addr = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host}:${addr.port}/graphql`;
  // What a browser finds there: GraphiQL, or (NODE_ENV=production) a page saying it is off.
  const browser = config.auth.graphiql ? 'GraphiQL in a browser' : 'GraphiQL off: GRAPHIQL=on serves it';
  logger.info({ url, graphiql: config.auth.graphiql }, `Switchboard serving GraphQL at ${url} (${browser}; dashboard at /dashboard/, health at /health)`);
  if (simulators && uisHookSecret) {
    // The UIS simulator notifies this gateway the way a UIS account's HTTP notifications would.
    const loopback = config.host === '0.0.0.0' ? '127.0.0.1' : config.host === '::' ? '[::1]' : isIPv6(config.host) ? `[${config.host}]` : config.host;
    simulators.activity.uisNotifyUrl = `http://${loopback}:${addr.port}/hooks/uis/${uisHookSecret}`;
  }
  if (simulators && config.simulatorLiveRate > 0) {
    logger.info(
      { simulatorLiveRate: config.simulatorLiveRate },
      `simulators: about ${config.simulatorLiveRate} new Reporter sessions and ${config.simulatorLiveRate} UIS calls a minute (SIMULATOR_LIVE_RATE)${uisHookSecret ? ', each call notified to /hooks/uis/…' : ''}`,
    );
  }

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // Stop accepting; idle keep-alive sockets go now, busy ones when their response is done.
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      // Live streams and sockets end now (their clients reconnect elsewhere), so they do not hold the drain.
      gateway.live.close();
      await sockets.close();
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), 10_000);
      await drained;
      clearTimeout(force);
      await closeTenantBackends(tenants);
      await shared.close();
      await simulators?.close();
      await tracing?.shutdown().catch((err: unknown) => logger.warn({ err }, 'flushing traces failed'));
      logger.info('Switchboard stopped');
    })());

  return { url, server, gateway, tenants, simulators, logger, shared, close };
}

/**
 * In the embedded default (UIS on its built-in simulator), the UIS simulator sends its call
 * notifications to this gateway's own hook: a secret is generated for it when UIS_NOTIFY_SECRET is
 * unset, and set on the environment's tenant before the gateway (and the redactor) are built, so the
 * hook knows it and no log line shows it.
 */
function withEmbeddedUisHook(config: Config): { config: Config; uisHookSecret?: string } {
  const [first, ...rest] = config.tenants;
  if (first?.uis.mode !== 'SIMULATED') return { config };
  if (first.notify?.uis) return { config, uisHookSecret: first.notify.uis };
  const secret = randomBytes(24).toString('hex');
  return { config: Object.freeze({ ...config, tenants: [{ ...first, notify: { ...first.notify, uis: secret } }, ...rest] }), uisHookSecret: secret };
}

/** What the first log line says about authentication (never a key or hash, only counts and the issuer). */
function authSummary(config: Config): { text: string; fields: Record<string, unknown> } {
  const a = config.auth;
  if (!a.enabled) {
    return {
      text: `auth OFF: every caller has every scope (no API_KEYS_FILE or JWT_JWKS_URL), listening on ${config.host}`,
      fields: { enabled: false, host: config.host },
    };
  }
  const kinds = [a.apiKeys.length ? `${a.apiKeys.length} API key(s)` : '', a.jwt ? `JWT from ${a.jwt.issuer}` : ''].filter(Boolean).join(' + ');
  return { text: `auth ON: ${kinds}`, fields: { enabled: true, apiKeys: a.apiKeys.length, jwtIssuer: a.jwt?.issuer } };
}
