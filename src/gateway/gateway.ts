import { execute, parse, type DocumentNode } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Backends, TenantBackends } from '../backends/registry.js';
import { DEFAULT_TENANT } from '../tenants/tenants-file.js';
import { configuredSecrets, type Config } from '../config.js';
import { createAuthenticator, type Authenticator } from '../auth/authenticate.js';
import { ANONYMOUS_ALL_SCOPES, NO_SCOPES, type Principal } from '../auth/principal.js';
import { createContext, type Context } from './context.js';
import type { Logger } from '../observability/logger.js';
import { useArmor } from './plugins/use-armor.js';
import { useAuth } from './plugins/use-auth.js';
import { corsFor, useCsrfPrevention, useVaryOrigin } from './plugins/use-browser-guards.js';
import { useBodyLimit } from './plugins/use-body-limit.js';
import { useCompiledExecution } from './plugins/use-compiled-execution.js';
import { useConcurrencyLimit } from './plugins/use-concurrency-limit.js';
import { createOperationDeadlines, useDeadline } from './plugins/use-deadline.js';
import { useDisableIntrospection } from './plugins/use-disable-introspection.js';
import { type RateLimitStore } from '../shared/rate-limit-store.js';
import { createMetrics, operationNamesOf, useMetrics, type Metrics } from '../observability/use-metrics.js';
import { useAccessLog } from '../observability/use-access-log.js';
import type { AuditEntry } from '../schema/audit.js';
import { useRedaction } from './plugins/use-redaction.js';
import { useRateLimit } from './plugins/use-rate-limit.js';
import { useSubscriptionLimit } from './plugins/use-subscription-limit.js';
import { useWriteLimit } from './plugins/use-write-limit.js';
import { createReadiness, useReadiness } from './plugins/use-readiness.js';
import { defaultDashboardDir, useDashboard } from './plugins/use-dashboard.js';
import { useRequestGuards } from './plugins/use-request-guards.js';
import { GRAPHQL_PATH, useOneDoor } from './plugins/use-one-door.js';
import { createRequestIds } from './plugins/use-request-id.js';
import { useTrustedDocuments } from './plugins/use-trusted-documents.js';
import { loadBuiltInManifest, loadTrustedDocuments } from '../trusted/manifests.js';
import { createGraphiQLOptions } from '../http/graphiql/index.js';
import { useGraphiQLPage } from '../http/graphiql/page.js';
import { useSharedSerialization } from './plugins/use-shared-serialization.js';
import { useCompression } from './plugins/use-compression.js';
import type { ServiceName } from './errors.js';
import type { Tracing } from '../observability/tracing.js';
import { Redactor } from '../upstream/redact.js';
import { schema } from '../schema/index.js';
import { cacheSalt, cacheSession, useSwitchboardResponseCache } from '../cache/use-response-cache.js';
import { createArrivals, type Arrivals } from '../cache/arrivals.js';
import { createCacheKeys, operationKeys, staleWindow, useCoalescing, withStaleWindow } from '../cache/coalesce.js';
import { createSharedState, type SharedState } from '../shared/state.js';
import { backendMapOf } from '../schema/backend-map.js';
import { LiveQueries } from '../live/live-queries.js';
import { useLiveQuery } from './plugins/use-live-query.js';
import { useNotifyHooks } from './plugins/use-notify-hooks.js';
import { useMultipartSubscriptions } from './plugins/use-multipart-subscriptions.js';
import { createDeadline } from '../upstream/deadline.js';

export interface GatewayDeps {
  config: Config;
  /** Every tenant's backends (app.ts). @default `backends` as the one tenant of `config` */
  tenants?: TenantBackends;
  /** The backends of a single-tenant gateway (tests, bench); ignored when `tenants` is given. */
  backends?: Backends;
  logger: Logger;
  /** Bench-only: switch batching and per-request caching off. @default true */
  batching?: boolean;
  /** The registry behind `/metrics`; pass the one whose observer feeds the backends. @default a fresh one */
  metrics?: Metrics;
  /** Whether a SIMULATED backend's simulator listens (`/readiness`). @default none listens */
  simulatorListening?: (name: ServiceName) => boolean;
  /** Redacts every error on its way out, and probe failures in `/readiness`. @default one that knows the configured tokens */
  redactor?: Redactor;
  /** OpenTelemetry: its plugin opens a span per operation. @default off */
  tracing?: Tracing;
  /** State shared with other replicas (REDIS_URL); app.ts creates and closes it. @default memory only, this process alone */
  shared?: SharedState;
  /** Where RATE_LIMIT_PER_MINUTE counts. @default `shared.rateLimits` (Redis with REDIS_URL, else this process's memory) */
  rateLimitStore?: RateLimitStore;
  /** The example dashboard's build, served at /dashboard/. @default examples/dashboard/dist */
  dashboardDir?: string;
}

export type Gateway = YogaServerInstance<Record<string, never>, Context> & {
  /** The live queries this gateway serves (`@live`): app.ts ends their streams on shutdown. */
  readonly live: LiveQueries;
  /** Credential → principal, for transports that authenticate a connection first (graphql-ws); undefined with auth off. */
  readonly authenticate?: Authenticator['authenticate'];
};

/** Builds the Yoga app; it does not listen (server.ts does), so tests use `yoga.fetch` or their own listener. */
export function createGateway(deps: GatewayDeps): Gateway {
  const only = deps.config.tenants.length === 1 ? deps.config.tenants[0]!.id : DEFAULT_TENANT;
  const tenants: TenantBackends = deps.tenants ?? new Map(deps.backends ? [[only, deps.backends]] : []);
  const redactor = deps.redactor ?? new Redactor(configuredSecrets(deps.config));
  const shared = deps.shared ?? createSharedState({ logger: deps.logger });
  const readiness = createReadiness({
    tenants,
    redactor,
    redis: shared.redis,
    logger: deps.logger,
    simulatorListening: deps.simulatorListening,
    cacheMs: deps.config.ops.readinessCacheMs,
    timeoutMs: deps.config.ops.readinessTimeoutMs,
  });
  const authenticator = createAuthenticator(deps.config.auth, new Set(tenants.keys()));
  // The principal the auth plugin established for each request; with auth off, everyone is anonymous
  // with every scope, acting for the one tenant (config refuses several tenants without auth).
  // A request that reached execution without one (cannot happen) gets no scope.
  const anonymous: Principal = only === DEFAULT_TENANT ? ANONYMOUS_ALL_SCOPES : Object.freeze({ ...ANONYMOUS_ALL_SCOPES, tenant: only });
  const principals = new WeakMap<Request, Principal>();
  const principalOf = (request: Request): Principal =>
    authenticator.enabled ? (principals.get(request) ?? NO_SCOPES) : anonymous;
  // One line per mutation field: who, what, on which ids, with what outcome (schema/audit.ts).
  const audit = (entry: AuditEntry, principal: Principal, requestId?: string) =>
    deps.logger.info({ requestId, audit: { principal: principal.name, tenant: principal.tenant, ...entry } }, `audit: ${principal.name} ${entry.mutation} ${entry.outcome}`);
  const requestIds = createRequestIds();
  const persisted = deps.config.auth.persistedOperations;
  const backendMap = backendMapOf(schema);
  const signalOf = (r: Request) => deadlines.of(r)?.signal ?? r.signal;
  // Which requests are still on their way to coalescing, and since when (cache/arrivals.ts).
  const coalescing = deps.config.cache.responseCache || deps.config.resilience.sharedReads;
  const arrivals = createArrivals(deps.config.deadlines.operationTimeoutMs);
  const poolsOf = (document: DocumentNode, operationName: string | null | undefined, tenant: string) =>
    backendMap.ofOperation(document, operationName).map((backend) => `${tenant}:${backend}`);
  const metrics = deps.metrics ?? createMetrics();
  const resources = deps.config.resources;
  const subscriptions = useSubscriptionLimit({ max: resources.maxSubscriptions, maxPerCaller: resources.maxSubscriptionsPerCaller });
  const deadlines = createOperationDeadlines(deps.config.deadlines.operationTimeoutMs);
  const manifest = loadBuiltInManifest();
  // The built-in manifest plus TRUSTED_DOCUMENTS, each document validated (a bad one stops the start).
  const trusted = loadTrustedDocuments(deps.config.auth.trustedDocuments, schema, manifest);
  const contextDeps = { tenants, config: deps.config, batching: deps.batching, redactor, audit, shared };
  const live = new LiveQueries({ channel: shared.live, intervalMs: deps.config.live.pollIntervalMs, registry: metrics.registry });
  const liveContexts = new WeakSet<object>();
  // GraphiQL's example tabs look up sample ids on the schema directly (http/graphiql/index.ts); only with
  // auth off, where the anonymous principal has every scope anyway.
  const graphiql = createGraphiQLOptions({
    authEnabled: authenticator.enabled,
    manifest,
    execute: async (document, variableValues) =>
      execute({
        schema,
        document: parse(document),
        variableValues,
        contextValue: createContext({ tenants, config: deps.config, batching: deps.batching }, new Request('http://switchboard.internal/graphql'), anonymous),
      }),
  });
  const yoga = createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    // Yoga's health check answers any URL that ends with its endpoint; `/health` is answered exactly
    // by the door (plugins/use-one-door.ts), so Yoga's gets an endpoint no URL can end with (the
    // WHATWG URL parser strips every newline).
    healthCheckEndpoint: '\n',
    landingPage: false,
    // The client preset's wire form for trusted documents (plugins/use-trusted-documents.ts).
    extraParamNames: ['documentId'],
    // Cross-origin only for CORS_ORIGINS (none by default); see plugins/use-browser-guards.ts.
    cors: corsFor(deps.config.auth.corsOrigins),
    // GraphiQL is served by http/graphiql/page.ts (rendered once, compressed, with an ETag; only on the
    // door itself, GRAPHQL_PATH), not by Yoga, which would render it on any URL ending with /graphql.
    graphiql: false,
    // Unexpected errors are masked; the GraphQLErrors of our error family pass with their codes.
    maskedErrors: { isDev: false },
    // MAX_BODY_BYTES: our own limiter (plugins/use-body-limit.ts, last in the list) replaces Yoga's.
    maxRequestBodySize: false,
    plugins: [
      // First: the operation deadline starts when the request arrives, before any wait.
      useDeadline(deadlines),
      ...(coalescing ? [arrivals.plugin] : []),
      requestIds.plugin,
      // Before every plugin that wraps the execute function (tracing's context): they wrap the compiled one.
      useCompiledExecution({ opaqueScalar: 'JSON' }),
      ...(deps.tracing ? [deps.tracing.plugin] : []),
      useAccessLog(deps.logger, principalOf, requestIds.of),
      useRedaction(redactor, { requestIdOf: requestIds.of, logger: deps.logger }),
      // Apollo Client's HTTP subscriptions (multipart/mixed;subscriptionSpec=1.0), for subscriptions and @live queries.
      useMultipartSubscriptions(),
      // One door: GraphQL on exactly /graphql, every unknown path 404 before any guard below runs.
      useOneDoor(),
      // Details (modes, codes, timings) for an operator's `metrics` credential; ready/unready for anyone.
      useReadiness(readiness, async (request) => {
        if (!authenticator.enabled) return true;
        const result = await authenticator.authenticate(request.headers.get('authorization'));
        return result.ok && result.principal.scopes.has('metrics');
      }),
      // Off with NODE_ENV=production unless GRAPHIQL=on (config.auth.graphiql): then a page says so.
      // Served offline (assets at immutable URLs under /graphiql/), opening on the curated example tabs; needs no credential.
      useGraphiQLPage({ enabled: deps.config.auth.graphiql, options: graphiql, endpoint: GRAPHQL_PATH }),
      // Large JSON results in br or gzip when the client accepts it; never an SSE or multipart stream.
      useCompression(),
      // POST /hooks/<uis|leeloo>/<secret>: the backends' change notifications; the secret is the credential.
      useNotifyHooks({ tenants: deps.config.tenants, live, windows: shared.rateLimits, logger: deps.logger, maxBodyBytes: resources.maxBodyBytes }),
      // Static files of the example dashboard; like GraphiQL, they need no credential (the app asks for one).
      useDashboard(deps.dashboardDir ?? defaultDashboardDir(), { sourceMaps: !deps.config.auth.production }),
      useAuth(authenticator, principals),
      ...(resources.rateLimitPerMinute > 0 ? [useRateLimit(resources.rateLimitPerMinute, deps.rateLimitStore ?? shared.rateLimits, principalOf)] : []),
      useCsrfPrevention(),
      ...useTrustedDocuments(persisted, trusted, shared.apq, principalOf),
      ...(deps.config.auth.corsOrigins.length ? [useVaryOrigin()] : []),
      useRequestGuards(deps.config.limits.maxNesting),
      ...useArmor(deps.config.limits, { blockFieldSuggestions: deps.config.auth.production }),
      ...(deps.config.auth.introspection ? [] : [useDisableIntrospection()]),
      useMetrics(metrics, operationNamesOf(trusted.values())),
      useWriteLimit(resources.maxWritesPerRequest),
      subscriptions.plugin as Plugin,
      // Bulkheads: each operation also takes a slot in the pool of every backend of its tenant it may call.
      ...(deps.config.maxConcurrentOperations > 0
        ? [
            useConcurrencyLimit(deps.config.maxConcurrentOperations, deadlines, {
              share: deps.config.resilience.bulkheadShare,
              poolsOf: (args) => poolsOf(args.document, args.operationName, (args.contextValue as Context).principal.tenant),
            }),
          ]
        : []),
      // After compiled execution (each poll uses its executor), before the response cache (never sees live operations).
      useLiveQuery({
        live,
        takeSlot: subscriptions.take,
        liveContexts,
        redactor,
        logger: deps.logger,
        // Each poll: a fresh context (DataLoaders, budgets) under its own OPERATION_TIMEOUT_MS deadline.
        contextFor: (principal, signal) => {
          const deadline = createDeadline(deps.config.deadlines.operationTimeoutMs, signal);
          const request = new Request('http://switchboard.internal/live', { signal });
          return { context: createContext(contextDeps, request, principal, deadline.signal), done: () => deadline.dispose() };
        },
      }) as Plugin,
      // A hit is answered after authentication, document checks and metrics have seen the request.
      // Identical queries wait for one execution: the cache's misses, or with the cache off (SHARED_READS)
      // any identical query in flight; reference data may be served stale while it revalidates (cache/coalesce.ts).
      ...(deps.config.cache.responseCache
        ? responseCache(deps.config, shared, principalOf, metrics, signalOf, arrivals, (ctx) => liveContexts.has(ctx))
        : deps.config.resilience.sharedReads
          ? [
              useCoalescing({
                keyOf: operationKeys((r) => cacheSession(principalOf(r))),
                signalOf,
                maxTokens: deps.config.limits.maxTokens,
                arrivals,
                registry: metrics.registry,
              }),
            ]
          : []),
      // After every plugin that may replace the result: one JSON text per answer however many requests get it.
      useSharedSerialization(),
      // Last: it wraps whichever request parser the plugins above selected.
      useBodyLimit(resources.maxBodyBytes),
    ],
    logging: {
      debug: (...args) => deps.logger.debug(args.map(String).join(' ')),
      info: (...args) => deps.logger.info(args.map(String).join(' ')),
      warn: (...args) => deps.logger.warn(args.map(String).join(' ')),
      error: (...args) => deps.logger.error({ err: args.find((a) => a instanceof Error) }, args.map(String).join(' ')),
    },
    context: ({ request }) => createContext(contextDeps, request, principalOf(request), deadlines.of(request)?.signal, requestIds.of(request)) as Context & Record<string, never>,
  });
  return Object.assign(yoga, { live, authenticate: authenticator.enabled ? authenticator.authenticate : undefined }) as unknown as Gateway;
}

/** The response cache and its miss coalescing, over one stale-aware store and one key per request. */
function responseCache(
  config: Config,
  shared: SharedState,
  principalOf: (r: Request) => Principal,
  metrics: Metrics,
  signalOf: (r: Request) => AbortSignal,
  arrivals: Arrivals,
  skip: (context: object) => boolean,
): Plugin[] {
  const keys = createCacheKeys();
  const store = withStaleWindow(shared.responseCache, staleWindow(config.cache));
  return [
    ...useSwitchboardResponseCache({ config: config.cache, store, principalOf, salt: cacheSalt(configuredSecrets(config)), registry: metrics.registry, onKey: keys.remember, skip }),
    useCoalescing({ keyOf: keys.of, store, signalOf, arrivals, maxTokens: config.limits.maxTokens, registry: metrics.registry }),
  ];
}
