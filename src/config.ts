import { authConfig, type AuthConfig } from './auth/config.js';
import type { BackendConfig, BackendMode } from './backends/backend-config.js';
import type { ServiceName } from './gateway/errors.js';
import { urlSecrets } from './upstream/shown-url.js';
import { resilienceConfig, type ResilienceConfig } from './upstream/resilience-config.js';
import { DEFAULT_TENANT, readTenantsFile, type TenantConfig } from './tenants/tenants-file.js';
import { HEAP_GROWING_PERCENT } from './heap.js';
import { checkNotifySecret, checkSecretsDistinct, liveConfig, type LiveConfig } from './live/config.js';

export type { AuthConfig };

export interface Config {
  port: number;
  host: string;
  upstreamTimeoutMs: number;
  /** Connections per upstream origin. */
  upstreamMaxConnections: number;
  simulators: 'auto' | 'off';
  logLevel: string;
  reporter: BackendConfig;
  uis: BackendConfig;
  leeloo: BackendConfig;
  /** Concurrent per-id Leeloo detail calls in one GraphQL request (Leeloo has no batch read). */
  leelooConcurrency: number;
  /** GraphQL requests executing at once; 0 = no limit (plugins/use-concurrency-limit.ts). */
  maxConcurrentOperations: number;
  /** Largest `first` a connection accepts. */
  maxPageSize: number;
  /** How often one shared poller asks the Reporter for a watched report task (`reportTaskUpdated`). */
  reportPollIntervalMs: number;
  /** Abuse limits on documents (graphql-armor), rejected before execution. */
  limits: { maxDepth: number; maxAliases: number; maxTokens: number; maxCost: number; maxDirectives: number; maxNesting: number };
  simulatorSeed: number;
  simulatorSize: number;
  simulatorLatencyMs: number;
  /** New Reporter sessions and new UIS calls per minute at the built-in simulators (0: none). */
  simulatorLiveRate: number;
  /** Time limits of a whole GraphQL request (upstream/deadline.ts). */
  deadlines: { operationTimeoutMs: number };
  /** Operator basics: readiness probes, tracing, logs. */
  ops: OpsConfig;
  /** Who may call, from where, with which documents (README "Security"). */
  auth: AuthConfig;
  /** Bounds on what one caller or connection can make the process hold or send (README "Security"). */
  resources: ResourceConfig;
  /**
   * The tenants served, each with its own backends: from TENANTS_FILE, or else the environment's
   * backends (REPORTER_TOKEN, …) as the one tenant `default`. Never empty.
   */
  tenants: readonly TenantConfig[];
  /** REDIS_URL: state shared by replicas (caches, budgets, rate limits, report pollers); unset = this process alone. */
  redisUrl?: string;
  /**
   * REDIS_TIMEOUT_MS: how long one Redis command may wait for its answer before Redis counts as
   * unreachable (a stalled Redis is treated as a dead one); at most a quarter of OPERATION_TIMEOUT_MS.
   * @default 500
   */
  redisTimeoutMs: number;
  /** Response cache and upstream budgets (README "Response cache", "Running more than one"). */
  cache: CacheConfig;
  /** Shared reads, bulkheads, circuit breakers (README "Resilience"). */
  resilience: ResilienceConfig;
  /** `@live` queries (README "Live queries"). */
  live: LiveConfig;
}

export interface CacheConfig {
  /** RESPONSE_CACHE: whole query results cached per tenant and scopes. @default true */
  responseCache: boolean;
  /** RESPONSE_CACHE_TTL_MS: live data (sessions, messages, calls, clients, anything unlisted). @default 5000 */
  liveTtlMs: number;
  /** RESPONSE_CACHE_REFERENCE_TTL_MS: reference data (employees, tags, label lists, experiments). @default 60000 */
  referenceTtlMs: number;
  /** RESPONSE_CACHE_STALE_MS: how long past its TTL a reference-data response may be served while one request revalidates it (cache/coalesce.ts). @default 60000 */
  staleMs: number;
  /** LEELOO_MAX_REQUESTS_PER_MINUTE: the Leeloo budget per tenant across replicas; 0 = none. @default 0 */
  leelooPerMinute: number;
}

export interface OpsConfig {
  /** How long one readiness answer (all probes) is reused. */
  readinessCacheMs: number;
  /** How long a readiness probe waits for a LIVE backend. */
  readinessTimeoutMs: number;
  /**
   * OpenTelemetry tracing: on when OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
   * is set, or OTEL_TRACES_EXPORTER names an exporter (`otlp`, `console`); `none` turns it off.
   * The exporter reads the other standard OTEL_* variables (headers, protocol) itself.
   */
  tracing: { exporter: 'otlp' | 'console' | 'none'; serviceName: string };
  /** Log format: `pretty` (pino-pretty, when installed), `json`, or `auto` (pretty on a terminal outside production). */
  logFormat: 'auto' | 'pretty' | 'json';
  /** HEAP_GROWING_PERCENT: V8's old-generation growing factor, set by server.ts through heap.ts (0: V8 decides). */
  heapGrowingPercent: number;
}

export interface ResourceConfig {
  /** MAX_BODY_BYTES: larger request bodies get 413 (Yoga's maxRequestBodySize, also while streaming). */
  maxBodyBytes: number;
  /** HEADERS_TIMEOUT_MS / REQUEST_TIMEOUT_MS: node:http's headersTimeout and requestTimeout (slow clients). */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** MAX_CONNECTIONS: open client sockets at once (node:http's maxConnections); further ones are closed. */
  maxConnections: number;
  /** MAX_SUBSCRIPTIONS / MAX_SUBSCRIPTIONS_PER_CALLER: open subscriptions in the process, and per principal. */
  maxSubscriptions: number;
  maxSubscriptionsPerCaller: number;
  /** MAX_WRITES_PER_REQUEST: upstream writes one document may cause, counted before anything is sent. */
  maxWritesPerRequest: number;
  /** RATE_LIMIT_PER_MINUTE: requests per principal per minute; 0 = off. */
  rateLimitPerMinute: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_URLS: Record<ServiceName, string> = {
  reporter: 'https://app.jaicp.com/api',
  uis: 'https://dataapi.uiscom.ru/v2.0',
  leeloo: 'https://api.leeloo.ai/api/v1',
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Record<string, string | undefined>;

/** Reads the environment into a frozen Config; one ConfigError lists every bad variable. */
export function loadConfig(env: Env = process.env): Readonly<Config> {
  const problems: string[] = [];
  const read = (name: string) => {
    const v = env[name]?.trim();
    return v === '' ? undefined : v;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const url = (name: string, fallback: string): string => {
    const raw = read(name) ?? fallback;
    try {
      const u = new URL(raw);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
      return raw.replace(/\/+$/, '');
    } catch {
      problems.push(`${name} must be an http(s) URL (got "${raw}")`);
      return fallback;
    }
  };

  const simulatorsRaw = (read('SIMULATORS') ?? 'auto').toLowerCase();
  if (simulatorsRaw !== 'auto' && simulatorsRaw !== 'off') problems.push(`SIMULATORS must be "auto" or "off" (got "${simulatorsRaw}")`);
  const simulators = simulatorsRaw === 'off' ? 'off' : 'auto';

  const logLevel = (read('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);

  const backend = (name: ServiceName, urlVar: string, tokenVar: string): BackendConfig => {
    const token = read(tokenVar);
    const mode: BackendMode = token ? 'LIVE' : simulators === 'auto' ? 'SIMULATED' : 'DISABLED';
    return { name, mode, url: url(urlVar, DEFAULT_URLS[name]), token };
  };

  const auth = authConfig(read, url, int, problems);
  // Without authentication the default is loopback only; a public address needs AUTH=off on purpose.
  const host = read('HOST') ?? (auth.enabled ? '0.0.0.0' : '127.0.0.1');
  if (!auth.enabled && !isLoopback(host) && (read('AUTH') ?? '').toLowerCase() !== 'off') {
    problems.push(
      `HOST=${host} is not a loopback address and no authentication is configured: set API_KEYS_FILE and/or JWT_JWKS_URL, or AUTH=off to serve every caller with every scope on purpose`,
    );
  }
  const reporter = backend('reporter', 'REPORTER_URL', 'REPORTER_TOKEN');
  const uis = backend('uis', 'UIS_URL', 'UIS_ACCESS_TOKEN');
  const leeloo = backend('leeloo', 'LEELOO_URL', 'LEELOO_TOKEN');
  const notify = {
    uis: checkNotifySecret(read('UIS_NOTIFY_SECRET'), 'UIS_NOTIFY_SECRET', problems),
    leeloo: checkNotifySecret(read('LEELOO_NOTIFY_SECRET'), 'LEELOO_NOTIFY_SECRET', problems),
  };
  const fromEnv: TenantConfig = { id: DEFAULT_TENANT, reporter, uis, leeloo, ...(notify.uis || notify.leeloo ? { notify } : {}) };
  const tenants = tenantsOf(read('TENANTS_FILE'), env, fromEnv, auth, problems);
  checkSecretsDistinct(tenants, problems);
  const config: Config = {
    port: int('PORT', 4000, 0, 65535),
    host,
    upstreamTimeoutMs: int('UPSTREAM_TIMEOUT_MS', 10_000, 1, 600_000),
    upstreamMaxConnections: int('UPSTREAM_MAX_CONNECTIONS', 32, 1, 1024),
    simulators,
    logLevel: LOG_LEVELS.includes(logLevel) ? logLevel : 'info',
    reporter,
    uis,
    leeloo,
    leelooConcurrency: int('LEELOO_CONCURRENCY', 4, 1, 64),
    maxConcurrentOperations: int('MAX_CONCURRENT_OPERATIONS', 0, 0, 100_000),
    maxPageSize: int('MAX_PAGE_SIZE', 100, 1, 10_000),
    reportPollIntervalMs: int('REPORT_POLL_INTERVAL_MS', 1000, 50, 600_000),
    limits: {
      maxDepth: int('MAX_DEPTH', 12, 1, 100),
      maxAliases: int('MAX_ALIASES', 30, 1, 1000),
      maxTokens: int('MAX_TOKENS', 5000, 100, 1_000_000),
      maxCost: int('MAX_COST', 50_000, 100, 100_000_000),
      maxDirectives: int('MAX_DIRECTIVES', 50, 1, 1000),
      maxNesting: int('MAX_NESTING', 100, 10, 500),
    },
    simulatorSeed: int('SIMULATOR_SEED', 42, 0, 2 ** 31 - 1),
    simulatorSize: Number(read('SIMULATOR_SIZE') ?? 1),
    simulatorLatencyMs: int('SIMULATOR_LATENCY_MS', 0, 0, 60_000),
    // The embedded default shows a live dashboard: sessions and calls keep arriving (simulators/traffic.ts).
    simulatorLiveRate: int('SIMULATOR_LIVE_RATE', 6, 0, 600),
    // Bounds a whole GraphQL request: queueing for a slot, every upstream attempt, retries and waits.
    deadlines: { operationTimeoutMs: int('OPERATION_TIMEOUT_MS', 30_000, 100, 3_600_000) },
    ops: {
      readinessCacheMs: int('READINESS_CACHE_MS', 5000, 0, 600_000),
      readinessTimeoutMs: int('READINESS_TIMEOUT_MS', 3000, 1, 600_000),
      tracing: tracingOf(read, problems),
      logFormat: oneOf(read('LOG_FORMAT'), ['auto', 'pretty', 'json'] as const, 'auto', 'LOG_FORMAT', problems),
      heapGrowingPercent: int('HEAP_GROWING_PERCENT', HEAP_GROWING_PERCENT.fallback, HEAP_GROWING_PERCENT.min, HEAP_GROWING_PERCENT.max),
    },
    auth,
    resources: {
      maxBodyBytes: int('MAX_BODY_BYTES', 1_000_000, 1_000, 100_000_000),
      headersTimeoutMs: int('HEADERS_TIMEOUT_MS', 10_000, 100, 600_000),
      requestTimeoutMs: int('REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000),
      maxConnections: int('MAX_CONNECTIONS', 1_000, 1, 1_000_000),
      maxSubscriptions: int('MAX_SUBSCRIPTIONS', 1_000, 0, 1_000_000),
      maxSubscriptionsPerCaller: int('MAX_SUBSCRIPTIONS_PER_CALLER', 20, 0, 1_000_000),
      maxWritesPerRequest: int('MAX_WRITES_PER_REQUEST', 200, 1, 100_000),
      rateLimitPerMinute: int('RATE_LIMIT_PER_MINUTE', 0, 0, 10_000_000),
    },
    tenants,
    redisUrl: redisUrlOf(read('REDIS_URL'), problems),
    redisTimeoutMs: int('REDIS_TIMEOUT_MS', 500, 10, 60_000),
    cache: {
      responseCache: oneOf(read('RESPONSE_CACHE'), ['on', 'off'] as const, 'on', 'RESPONSE_CACHE', problems) === 'on',
      liveTtlMs: int('RESPONSE_CACHE_TTL_MS', 5000, 0, 3_600_000),
      referenceTtlMs: int('RESPONSE_CACHE_REFERENCE_TTL_MS', 60_000, 0, 86_400_000),
      staleMs: int('RESPONSE_CACHE_STALE_MS', 60_000, 0, 86_400_000),
      leelooPerMinute: int('LEELOO_MAX_REQUESTS_PER_MINUTE', 0, 0, 1_000_000),
    },
    resilience: resilienceConfig(read, int, problems),
    live: liveConfig(int),
  };
  if (!Number.isFinite(config.simulatorSize) || config.simulatorSize <= 0 || config.simulatorSize > 20) {
    problems.push(`SIMULATOR_SIZE must be a number above 0 and at most 20 (got "${read('SIMULATOR_SIZE')}")`);
  }
  // A request waits for at most one Redis timeout (shared/redis.ts): keep it well inside the operation deadline.
  config.redisTimeoutMs = Math.min(config.redisTimeoutMs, Math.max(10, Math.floor(config.deadlines.operationTimeoutMs / 4)));
  // node:http refuses a headersTimeout above requestTimeout (a request whose headers may take longer than the whole request).
  if (config.resources.headersTimeoutMs > config.resources.requestTimeoutMs) {
    problems.push(`HEADERS_TIMEOUT_MS (${config.resources.headersTimeoutMs}) must not exceed REQUEST_TIMEOUT_MS (${config.resources.requestTimeoutMs})`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

function oneOf<T extends string>(raw: string | undefined, allowed: readonly T[], fallback: T, name: string, problems: string[]): T {
  if (raw === undefined) return fallback;
  const v = raw.toLowerCase() as T;
  if (allowed.includes(v)) return v;
  problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
  return fallback;
}

/** The standard OpenTelemetry switches (https://opentelemetry.io/docs/specs/otel/configuration/sdk-environment-variables/). */
function tracingOf(read: (name: string) => string | undefined, problems: string[]): OpsConfig['tracing'] {
  const serviceName = read('OTEL_SERVICE_NAME') ?? 'switchboard';
  const endpoint = read('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') ?? read('OTEL_EXPORTER_OTLP_ENDPOINT');
  const named = read('OTEL_TRACES_EXPORTER')?.toLowerCase();
  if (read('OTEL_SDK_DISABLED')?.toLowerCase() === 'true') return { exporter: 'none', serviceName };
  if (named !== undefined) {
    // The spec allows a comma-separated list; one exporter is what this gateway wires.
    const first = named.split(',')[0]!.trim();
    if (first === 'otlp' || first === 'console' || first === 'none') return { exporter: first, serviceName };
    problems.push(`OTEL_TRACES_EXPORTER must be otlp, console or none (got "${named}")`);
    return { exporter: 'none', serviceName };
  }
  if (endpoint !== undefined) {
    try {
      new URL(endpoint);
    } catch {
      problems.push(`OTEL_EXPORTER_OTLP_ENDPOINT must be a URL (got "${endpoint}")`);
      return { exporter: 'none', serviceName };
    }
    return { exporter: 'otlp', serviceName };
  }
  return { exporter: 'none', serviceName };
}

/** Every token in the configuration (every tenant's), and a backend URL's password or long query values, for the redactor. */
export function configuredSecrets(config: Config): string[] {
  const all = [config.reporter, config.uis, config.leeloo, ...config.tenants.flatMap((t) => [t.reporter, t.uis, t.leeloo])];
  // Notification secrets too: they are a path segment of /hooks/<backend>/<secret> (access log, errors).
  const notify = config.tenants.flatMap((t) => Object.values(t.notify ?? {})).filter((s): s is string => !!s);
  return [...new Set([...all.map((b) => b.token).filter((t): t is string => !!t), ...all.flatMap((b) => urlSecrets(b.url)), ...notify])];
}

/**
 * TENANTS_FILE's tenants, or the environment's backends as the one tenant `default`. Checked against
 * the callers: every API key's tenant must exist, and without authentication there must be exactly
 * one tenant (an anonymous caller could not be told apart, so it acts for that one).
 */
function tenantsOf(file: string | undefined, env: Env, fromEnv: TenantConfig, auth: AuthConfig, problems: string[]): TenantConfig[] {
  let tenants = [fromEnv];
  if (file) {
    const parsed = readTenantsFile(file, env, DEFAULT_URLS);
    problems.push(...parsed.problems);
    if (parsed.problems.length > 0) return tenants;
    tenants = parsed.tenants;
    if (!auth.enabled && tenants.length > 1) {
      problems.push(
        `TENANTS_FILE lists ${tenants.length} tenants but no authentication is configured: set API_KEYS_FILE and/or JWT_JWKS_URL (a caller's key or token names its tenant), or list one tenant`,
      );
    }
  }
  const ids = new Set(tenants.map((t) => t.id));
  for (const key of auth.apiKeys) {
    if (!ids.has(key.tenant)) {
      problems.push(`API_KEYS_FILE key "${key.name}": tenant "${key.tenant}" is not configured (${file ? 'TENANTS_FILE lists' : 'without TENANTS_FILE there is only'} ${[...ids].join(', ')})`);
    }
  }
  return tenants;
}

/** 127.0.0.0/8, ::1 and `localhost`. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}

function redisUrlOf(raw: string | undefined, problems: string[]): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    if (u.protocol === 'redis:' || u.protocol === 'rediss:') return raw;
  } catch {
    // reported below
  }
  problems.push('REDIS_URL must be a redis:// or rediss:// URL');
  return undefined;
}
