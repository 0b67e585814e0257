import type { ServiceName } from './errors.js';

/**
 * LIVE: a token is set, requests go to the configured URL.
 * SIMULATED: no token and SIMULATORS=auto: the built-in simulator serves it (the embedded default).
 * DISABLED: no token and SIMULATORS=off: its fields fail with BACKEND_NOT_CONFIGURED.
 */
export type BackendMode = 'LIVE' | 'SIMULATED' | 'DISABLED';

export interface BackendConfig {
  name: ServiceName;
  mode: BackendMode;
  /** The configured base URL (for SIMULATED backends the simulator's URL replaces it at start). */
  url: string;
  token?: string;
}

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
  /** Operator basics: readiness probes, tracing, logs. */
  ops: OpsConfig;
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

  const host = read('HOST') ?? '0.0.0.0';
  const config: Config = {
    port: int('PORT', 4000, 0, 65535),
    host,
    upstreamTimeoutMs: int('UPSTREAM_TIMEOUT_MS', 10_000, 1, 600_000),
    upstreamMaxConnections: int('UPSTREAM_MAX_CONNECTIONS', 32, 1, 1024),
    simulators,
    logLevel: LOG_LEVELS.includes(logLevel) ? logLevel : 'info',
    reporter: backend('reporter', 'REPORTER_URL', 'REPORTER_TOKEN'),
    uis: backend('uis', 'UIS_URL', 'UIS_ACCESS_TOKEN'),
    leeloo: backend('leeloo', 'LEELOO_URL', 'LEELOO_TOKEN'),
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
    ops: {
      readinessCacheMs: int('READINESS_CACHE_MS', 5000, 0, 600_000),
      readinessTimeoutMs: int('READINESS_TIMEOUT_MS', 3000, 1, 600_000),
      tracing: tracingOf(read, problems),
      logFormat: oneOf(read('LOG_FORMAT'), ['auto', 'pretty', 'json'] as const, 'auto', 'LOG_FORMAT', problems),
    },
  };
  if (!Number.isFinite(config.simulatorSize) || config.simulatorSize <= 0 || config.simulatorSize > 20) {
    problems.push(`SIMULATOR_SIZE must be a number above 0 and at most 20 (got "${read('SIMULATOR_SIZE')}")`);
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

/** Every token in the configuration, for the redactor. */
export function configuredSecrets(config: Config): string[] {
  return [config.reporter.token, config.uis.token, config.leeloo.token].filter((t): t is string => !!t);
}
