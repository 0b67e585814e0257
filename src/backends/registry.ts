import type { BackendConfig, BackendMode, Config } from '../config.js';
import { backendNotConfigured, type ServiceName } from '../errors.js';
import type { Logger } from '../logger.js';
import type { UpstreamObserver } from '../upstream/http.js';
import type { Redactor } from '../upstream/redact.js';
import { LeelooClient } from './leeloo/client.js';
import { ReporterClient } from './reporter/client.js';
import { UisClient } from './uis/client.js';
import type { BudgetWindow } from '../shared/budget.js';
import type { SharedState } from '../shared/state.js';

export interface BackendInfo {
  name: ServiceName;
  mode: BackendMode;
  /** Base URL with any token redacted. */
  url: string;
}

/** The long-lived part shared by every request: one client (and connection pool) per enabled backend. */
export interface Backends {
  info: BackendInfo[];
  reporter?: ReporterClient;
  uis?: UisClient;
  leeloo?: LeelooClient;
  close(): Promise<void>;
}

export interface BackendsInput {
  config: Config;
  /** Effective backend settings: SIMULATED ones carry the simulator's URL and token. */
  effective: Record<ServiceName, BackendConfig>;
  logger: Logger;
  redactor: Redactor;
  observer?: UpstreamObserver;
  /** Budgets and reference data shared with other replicas (shared/state.ts). @default none: no budget, nothing shared */
  shared?: Pick<SharedState, 'budgets' | 'reference'>;
  /** The tenant these clients act for: the key of everything they share. @default 'default' */
  tenant?: string;
}

export function createBackends({ config, effective, logger, redactor, observer, shared, tenant = 'default' }: BackendsInput): Backends {
  const leelooWindows = config.cache.leelooPerMinute > 0 ? [{ name: 'minute', windowMs: 60_000, limit: config.cache.leelooPerMinute }] : [];
  const sharing = (b: BackendConfig, windows: BudgetWindow[] = []) =>
    shared
      ? {
          budget: { store: shared.budgets, scope: `${tenant}:${b.name}`, windows },
          reference: { store: shared.reference, scope: `${tenant}:${b.name}` },
        }
      : {};
  const common = (b: BackendConfig, windows?: BudgetWindow[]) => ({
    ...sharing(b, windows),
    baseUrl: b.url,
    timeoutMs: config.upstreamTimeoutMs,
    maxConnections: config.upstreamMaxConnections,
    redactor,
    logger,
    observer,
  });
  const on = (b: BackendConfig) => b.mode !== 'DISABLED' && !!b.token;
  const reporter = on(effective.reporter) ? new ReporterClient({ ...common(effective.reporter), token: effective.reporter.token! }) : undefined;
  const uis = on(effective.uis) ? new UisClient({ ...common(effective.uis), accessToken: effective.uis.token! }) : undefined;
  const leeloo = on(effective.leeloo) ? new LeelooClient({ ...common(effective.leeloo, leelooWindows), token: effective.leeloo.token! }) : undefined;
  const info: BackendInfo[] = [
    { name: 'reporter', mode: effective.reporter.mode, url: reporter?.displayUrl ?? redactor.redact(effective.reporter.url) },
    { name: 'uis', mode: effective.uis.mode, url: uis?.displayUrl ?? redactor.redact(effective.uis.url) },
    { name: 'leeloo', mode: effective.leeloo.mode, url: leeloo?.displayUrl ?? redactor.redact(effective.leeloo.url) },
  ];
  return {
    info,
    reporter,
    uis,
    leeloo,
    close: async () => {
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
