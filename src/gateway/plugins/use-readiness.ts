import type { Plugin } from 'graphql-yoga';
import type { BackendMode } from '../../backends/backend-config.js';
import type { Backends } from '../../backends/registry.js';
import { UpstreamError, type ServiceName } from '../errors.js';
import type { Logger } from '../../observability/logger.js';
import type { Redactor } from '../../upstream/redact.js';

/** One backend's line in the readiness answer. */
export interface BackendReadiness {
  mode: BackendMode;
  ready: boolean;
  /** The probe's endpoint label (LIVE backends only). */
  probe?: string;
  ms?: number;
  /** The upstream's HTTP status, when it answered. */
  status?: number;
  /** Why it is not ready (or, for a DISABLED backend, why it is not used), in the gateway's words: never the upstream's, a URL or a token. */
  reason?: string;
  code?: string;
  /** Its circuit breaker (upstream/breaker.ts): `open` (failing fast) makes it unready. */
  circuit?: 'closed' | 'open' | 'half-open';
}

export interface ReadinessReport {
  ready: boolean;
  checkedAt: string;
  /** The backends of the one tenant (a deployment without TENANTS_FILE, or a file with one tenant). */
  backends?: Record<ServiceName, BackendReadiness>;
  /** With several tenants: each tenant's backends, by tenant id (ids are not secret: they are metric labels too). */
  tenants?: Record<string, Record<ServiceName, BackendReadiness>>;
  /**
   * With REDIS_URL: whether the state shared with other replicas is reachable. It never makes the
   * replica unready: without Redis it serves every request from its own state (README "Running more
   * than one"), and since every replica shares the one Redis, a 503 here would take them all out of
   * the load balancer at once, turning a degradation into an outage.
   */
  shared?: { redis: { ready: boolean } };
}

export interface ReadinessOptions {
  /** Every tenant's backends; each LIVE one is probed. */
  tenants: ReadonlyMap<string, Backends>;
  redactor: Redactor;
  /** Whether the simulator of a SIMULATED backend listens; absent: none runs (they count as not ready). */
  simulatorListening?: (name: ServiceName) => boolean;
  /** @default 5000 */
  cacheMs: number;
  /** @default 3000 */
  timeoutMs: number;
  /** The shared Redis connection (REDIS_URL), reported under `shared`. */
  redis?: { readonly ready: boolean };
  /** Where a failed probe's upstream words go (never into the answer). */
  logger?: Logger;
}

/**
 * The cheapest authenticated read per backend: a small reference list that needs the token, no
 * filter and no computation upstream, so a refused token also shows as unready.
 * - Reporter `GET logs/labels/sessions` (§3.7: the project's session labels, a short list)
 * - UIS `get.account` (§12.1: one row; one request costs the least of the points budget)
 * - Leeloo `GET users?limit=1` (§5.7: the smallest page of the smallest list)
 */
const PROBES: { [K in ServiceName]: { endpoint: string; run: (client: NonNullable<Backends[K]>, signal: AbortSignal) => Promise<unknown> } } = {
  reporter: { endpoint: 'GET logs/labels/sessions', run: (c, signal) => c.listSessionLabels({ signal }) },
  uis: { endpoint: 'get.account', run: (c, signal) => c.getAccount({ signal }) },
  leeloo: { endpoint: 'GET users', run: (c, signal) => c.listUsers({ limit: 1 }, { signal }) },
};

/**
 * Readiness of the gateway: every LIVE backend answers its probe, every SIMULATED backend's simulator
 * listens; DISABLED backends are reported but never make it unready. One answer is reused for
 * `cacheMs`, and concurrent checks share one round of probes, so a load balancer polling often
 * costs each backend at most one request per `cacheMs`.
 */
export function createReadiness(opts: ReadinessOptions): () => Promise<ReadinessReport> {
  let cached: { at: number; report: Promise<ReadinessReport> } | undefined;
  const probe = async (backends: Backends, name: ServiceName, mode: BackendMode): Promise<BackendReadiness> => {
    if (mode === 'DISABLED') return { mode, ready: true, reason: 'disabled: no token with SIMULATORS=off, or left out of the tenant in TENANTS_FILE' };
    if (mode === 'SIMULATED') {
      const listening = opts.simulatorListening?.(name) ?? false;
      return listening ? { mode, ready: true } : { mode, ready: false, reason: 'the built-in simulator is not listening' };
    }
    const client = backends[name];
    const { endpoint, run } = PROBES[name];
    if (!client) return { mode, ready: false, probe: endpoint, reason: 'no client' };
    const started = performance.now();
    const signal = AbortSignal.timeout(opts.timeoutMs);
    try {
      await (run as (c: unknown, s: AbortSignal) => Promise<unknown>)(client, signal);
      return { mode, ready: true, probe: endpoint, ms: Math.round(performance.now() - started) };
    } catch (err) {
      const ms = Math.round(performance.now() - started);
      if (signal.aborted) return { mode, ready: false, probe: endpoint, ms, code: 'UPSTREAM_TIMEOUT', reason: `no answer within ${opts.timeoutMs} ms` };
      const e = err instanceof UpstreamError ? err : undefined;
      // The classification only; what the upstream said goes to the (redacted) log.
      opts.logger?.warn({ readiness: { backend: name, probe: endpoint, code: e?.code, status: e?.status, detail: e?.detail ?? String(err) } }, `readiness probe failed: ${name} ${endpoint}`);
      return { mode, ready: false, probe: endpoint, ms, code: e?.code ?? 'INTERNAL_ERROR', ...(e?.status !== undefined ? { status: e.status } : {}) };
    }
  };
  /** The probe's answer with the breaker's state; an open breaker is unready whatever the probe said (it could not send). */
  const withCircuit = (backends: Backends, name: ServiceName, r: BackendReadiness): BackendReadiness => {
    const circuit = backends.breakers?.[name]?.state;
    if (!circuit || r.mode === 'DISABLED') return r;
    if (circuit !== 'open' || !r.ready) return { ...r, circuit };
    return { ...r, circuit, ready: false, code: 'UPSTREAM_UNAVAILABLE', reason: `${name}: circuit breaker open after repeated failures` };
  };
  const tenant = async (backends: Backends): Promise<Record<ServiceName, BackendReadiness>> => {
    const entries = await Promise.all(backends.info.map(async (b) => [b.name, withCircuit(backends, b.name, await probe(backends, b.name, b.mode))] as const));
    return Object.fromEntries(entries) as Record<ServiceName, BackendReadiness>;
  };
  const check = async (): Promise<ReadinessReport> => {
    const reports = await Promise.all([...opts.tenants].map(async ([id, backends]) => [id, await tenant(backends)] as const));
    const ready = reports.every(([, r]) => Object.values(r).every((b) => b.ready));
    const checkedAt = new Date().toISOString();
    return reports.length === 1 ? { ready, checkedAt, backends: reports[0]![1] } : { ready, checkedAt, tenants: Object.fromEntries(reports) };
  };
  return () => {
    const now = Date.now();
    if (!cached || now - cached.at >= opts.cacheMs) cached = { at: now, report: check() };
    // Redis's state is read now, not cached with the probes: it costs nothing and changes by the second.
    return opts.redis ? cached.report.then((r) => ({ ...r, shared: { redis: { ready: opts.redis!.ready } } })) : cached.report;
  };
}

/** What anyone may see: ready or not, per backend (and per tenant), nothing else. */
export function publicView(report: ReadinessReport): ReadinessReport {
  const flags = (backends: Record<ServiceName, BackendReadiness>) =>
    Object.fromEntries(Object.entries(backends).map(([name, b]) => [name, { ready: b.ready }])) as unknown as Record<ServiceName, BackendReadiness>;
  return {
    ready: report.ready,
    checkedAt: report.checkedAt,
    ...(report.backends ? { backends: flags(report.backends) } : {}),
    ...(report.tenants ? { tenants: Object.fromEntries(Object.entries(report.tenants).map(([id, b]) => [id, flags(b)])) } : {}),
  };
}

/**
 * `GET /readiness`: 200 when ready, 503 otherwise. A load balancer calls it without a credential and
 * gets ready/unready per backend; a caller `detailed` lets in (an operator's credential with the
 * `metrics` scope, or anyone while authentication is off) also gets modes, probes, timings, codes and
 * the shared Redis's state. Neither ever carries what an upstream said.
 */
export function useReadiness(check: () => Promise<ReadinessReport>, detailed: (request: Request) => Promise<boolean> = async () => true, path = '/readiness'): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      const full = await check();
      const report = (await detailed(request)) ? full : publicView(full);
      endResponse(
        new fetchAPI.Response(JSON.stringify(report), {
          status: full.ready ? 200 : 503,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
