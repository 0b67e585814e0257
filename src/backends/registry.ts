import type { BackendConfig, BackendMode } from './backend-config.js';
import type { Config } from '../config.js';
import { backendNotConfigured, type ServiceName } from '../gateway/errors.js';
import type { Logger } from '../observability/logger.js';
import type { UpstreamObserver } from '../upstream/http.js';
import { CircuitBreaker, type BreakerOptions } from '../upstream/breaker.js';
import type { Redactor } from '../upstream/redact.js';
import { shownUrl } from '../upstream/shown-url.js';
import { LeelooClient } from './leeloo/client.js';
import { ReporterClient } from './reporter/client.js';
import { UisClient } from './uis/client.js';
import type { BudgetWindow } from '../shared/budget.js';
import type { SharedState } from '../shared/state.js';
import { DEFAULT_TENANT, type TenantConfig } from '../tenants/tenants-file.js';

export interface BackendInfo {
  name: ServiceName;
  mode: BackendMode;
  /** Base URL with any token redacted. */
  url: string;
}

/** The long-lived part shared by every request: one client (and connection pool) per enabled backend. */
export interface Backends {
  /** The tenant whose credentials these clients hold: the key of anything shared per tenant (metrics, Redis keys). */
  tenant: string;
  info: BackendInfo[];
  reporter?: ReporterClient;
  uis?: UisClient;
  leeloo?: LeelooClient;
  /** The circuit breaker of each enabled backend (BREAKER; upstream/breaker.ts): readiness and metrics read their state. */
  breakers: Partial<Record<ServiceName, CircuitBreaker>>;
  close(): Promise<void>;
}

export interface BackendsInput {
  config: Config;
  /** Effective backend settings: SIMULATED ones carry the simulator's URL and token. */
  effective: Record<ServiceName, BackendConfig>;
  logger: Logger;
  redactor: Redactor;
  observer?: UpstreamObserver;
  /** Budgets, reference data and breaker decisions shared with other replicas (shared/state.ts). @default none: no budget, nothing shared */
  shared?: Pick<SharedState, 'budgets' | 'reference'> & Partial<Pick<SharedState, 'breakers'>>;
  /** Every circuit breaker transition (metrics: observability/use-metrics.ts). */
  onBreakerTransition?: BreakerOptions['onTransition'];
  /** The tenant these credentials belong to: upstream metrics and traces are labelled with it, and it keys everything they share. @default 'default' */
  tenant?: string;
}

export function createBackends({ config, effective, logger, redactor, observer: base, shared, tenant = DEFAULT_TENANT, onBreakerTransition }: BackendsInput): Backends {
  // One wrapper per tenant, made once: the label comes from the credential set, never from a caller,
  // so its values are bounded by the configured tenants.
  const observer: UpstreamObserver | undefined = base && ((e) => base({ ...e, tenant }));
  const leelooWindows = config.cache.leelooPerMinute > 0 ? [{ name: 'minute', windowMs: 60_000, limit: config.cache.leelooPerMinute }] : [];
  const sharing = (b: BackendConfig, windows: BudgetWindow[] = []) =>
    shared
      ? {
          budget: { store: shared.budgets, scope: `${tenant}:${b.name}`, windows },
          reference: { store: shared.reference, scope: `${tenant}:${b.name}` },
        }
      : {};
  const breakers: Partial<Record<ServiceName, CircuitBreaker>> = {};
  const onTransition: BreakerOptions['onTransition'] = (e) => {
    onBreakerTransition?.(e);
    if (!e.from) return;
    const line = { tenant: e.tenant, backend: e.service, from: e.from, to: e.to };
    if (e.to === 'open') logger.warn(line, `${e.service} circuit breaker opened for tenant ${e.tenant}: its fields fail fast until a probe finds it answering`);
    else if (e.to === 'closed') logger.info(line, `${e.service} circuit breaker closed for tenant ${e.tenant}: it answers again`);
  };
  const { enabled, ...breakerSettings } = config.resilience.breaker;
  const breakerOf = (b: BackendConfig) =>
    enabled ? (breakers[b.name] = new CircuitBreaker({ ...breakerSettings, service: b.name, tenant, store: shared?.breakers, onTransition })) : undefined;
  const common = (b: BackendConfig, windows?: BudgetWindow[]) => ({
    ...sharing(b, windows),
    breaker: breakerOf(b),
    baseUrl: b.url,
    timeoutMs: config.upstreamTimeoutMs,
    maxConnections: config.upstreamMaxConnections,
    redactor,
    logger,
    observer,
    shareReads: config.resilience.sharedReads,
  });
  const on = (b: BackendConfig) => b.mode !== 'DISABLED' && !!b.token;
  const reporter = on(effective.reporter) ? new ReporterClient({ ...common(effective.reporter), token: effective.reporter.token! }) : undefined;
  const uis = on(effective.uis) ? new UisClient({ ...common(effective.uis), accessToken: effective.uis.token! }) : undefined;
  const leeloo = on(effective.leeloo) ? new LeelooClient({ ...common(effective.leeloo, leelooWindows), token: effective.leeloo.token! }) : undefined;
  // Shown without userinfo or query string (either may be a credential), and with tokens redacted.
  const shown = (url: string) => redactor.redact(shownUrl(url));
  const info: BackendInfo[] = [
    { name: 'reporter', mode: effective.reporter.mode, url: shown(reporter?.displayUrl ?? effective.reporter.url) },
    { name: 'uis', mode: effective.uis.mode, url: shown(uis?.displayUrl ?? effective.uis.url) },
    { name: 'leeloo', mode: effective.leeloo.mode, url: shown(leeloo?.displayUrl ?? effective.leeloo.url) },
  ];
  return {
    tenant,
    info,
    reporter,
    uis,
    leeloo,
    breakers,
    close: async () => {
      for (const b of Object.values(breakers)) b.dispose();
      await Promise.all([reporter?.close(), uis?.close(), leeloo?.close()]);
    },
  };
}

/** The client of a backend, or BACKEND_NOT_CONFIGURED when it is disabled. */
export function requireBackend<K extends ServiceName>(backends: Backends, name: K): NonNullable<Backends[K]> {
  const client = backends[name];
  if (!client) throw backendNotConfigured(name);
  return client as NonNullable<Backends[K]>;
}

/** Every tenant's backends by tenant id: the context picks the caller's with one map lookup. */
export type TenantBackends = ReadonlyMap<string, Backends>;

/**
 * One Backends set (clients, connection pools, and with them the shared caches and pollers keyed by
 * client) per tenant, so nothing built from one tenant's credentials is ever reached by another.
 */
export function createTenantBackends(
  input: Omit<BackendsInput, 'effective' | 'tenant'> & { tenants: readonly TenantConfig[]; effective: (t: TenantConfig) => Record<ServiceName, BackendConfig> },
): Map<string, Backends> {
  return new Map(input.tenants.map((t) => [t.id, createBackends({ ...input, effective: input.effective(t), tenant: t.id })]));
}

export async function closeTenantBackends(tenants: TenantBackends): Promise<void> {
  await Promise.all([...tenants.values()].map((b) => b.close()));
}

/** Fail-closed fallback for a principal whose tenant has no backends (the auth plugin refuses those first). */
export const NO_BACKENDS: Backends = Object.freeze({
  tenant: '',
  breakers: {},
  info: (['reporter', 'uis', 'leeloo'] as const).map((name) => ({ name, mode: 'DISABLED' as const, url: '' })),
  close: async () => undefined,
});
