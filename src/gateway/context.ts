import { NO_BACKENDS, type Backends, type TenantBackends } from '../backends/registry.js';
import { ANONYMOUS_ALL_SCOPES, type Principal } from '../auth/principal.js';
import { configuredSecrets, type Config } from '../config.js';
import { Redactor } from '../upstream/redact.js';
import type { AuditEntry } from '../schema/audit.js';
import { createLoaders, type Loaders } from '../backends/loaders.js';
import type { SharedState } from '../shared/state.js';

/** Per-request context: the caller's tenant's backends plus a fresh set of DataLoaders for this request only. */
export interface Context {
  /** The backends of `principal.tenant`: everything below the context is per tenant without knowing it. */
  backends: Backends;
  config: Config;
  loaders: Loaders;
  /**
   * Aborts when the GraphQL client goes away or the operation deadline (OPERATION_TIMEOUT_MS) passes;
   * every upstream call passes it on.
   */
  signal: AbortSignal;
  /** Aborts only when the client goes away: the lifetime of a subscription's stream. */
  requestSignal: AbortSignal;
  /** Who is asking (auth plugin); with authentication off, a principal with every scope. */
  principal: Principal;
  /** State shared with the other replicas (report pollers' leases and fan-out, rate limits). */
  shared?: SharedState;
  /** Records who ran which mutation field with what outcome (schema/audit.ts); the gateway logs it. */
  audit?: (entry: AuditEntry) => void;
  /** Redacts text that reaches a response as data (mutation error messages); errors are redacted at the boundary. */
  redactor: Redactor;
  /** The HTTP request's id (plugins/use-request-id.ts): in error extensions, UpstreamFailure and the log lines. */
  requestId?: string;
}

export interface ContextDeps {
  /** Every tenant's backends; the principal's tenant picks one. */
  tenants: TenantBackends;
  config: Config;
  /** Benchmarks' naive baseline: no batching, no per-request caching. @default true */
  batching?: boolean;
  shared?: SharedState;
  /** @default one that knows the configured tokens */
  redactor?: Redactor;
  /** Where audit records go, with the principal and the request id. @default nowhere */
  audit?: (entry: AuditEntry, principal: Principal, requestId?: string) => void;
}

export function createContext(
  deps: ContextDeps,
  request: Request,
  principal: Principal = ANONYMOUS_ALL_SCOPES,
  /** The operation deadline's signal (plugins/use-deadline.ts); the request's own when none. */
  signal: AbortSignal = request.signal,
  requestId?: string,
): Context {
  // One map lookup per request. A tenant without backends cannot get here (the auth plugin refuses
  // it); if it did, every backend is DISABLED for it rather than some other tenant's.
  const backends = deps.tenants.get(principal.tenant) ?? NO_BACKENDS;
  return {
    principal,
    backends,
    config: deps.config,
    shared: deps.shared,
    signal,
    audit: deps.audit && ((entry) => deps.audit!(entry, principal, requestId)),
    requestId,
    redactor: deps.redactor ?? new Redactor(configuredSecrets(deps.config)),
    requestSignal: request.signal,
    loaders: createLoaders({ backends, config: deps.config, signal, batching: deps.batching ?? true }),
  };
}
