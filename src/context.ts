import type { Backends } from './backends/registry.js';
import { ANONYMOUS_ALL_SCOPES, type Principal } from './auth/principal.js';
import { configuredSecrets, type Config } from './config.js';
import { Redactor } from './upstream/redact.js';
import type { AuditEntry } from './schema/audit.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Per-request context: the shared backends plus a fresh set of DataLoaders for this request only. */
export interface Context {
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
  /** Records who ran which mutation field with what outcome (schema/audit.ts); the gateway logs it. */
  audit?: (entry: AuditEntry) => void;
  /** Redacts text that reaches a response as data (mutation error messages); errors are redacted at the boundary. */
  redactor: Redactor;
}

export interface ContextDeps {
  backends: Backends;
  config: Config;
  /** Benchmarks' naive baseline: no batching, no per-request caching. @default true */
  batching?: boolean;
  /** @default one that knows the configured tokens */
  redactor?: Redactor;
  /** Where audit records go, with the principal. @default nowhere */
  audit?: (entry: AuditEntry, principal: Principal) => void;
}

export function createContext(
  deps: ContextDeps,
  request: Request,
  principal: Principal = ANONYMOUS_ALL_SCOPES,
  /** The operation deadline's signal (plugins/use-deadline.ts); the request's own when none. */
  signal: AbortSignal = request.signal,
): Context {
  return {
    principal,
    backends: deps.backends,
    config: deps.config,
    signal,
    audit: deps.audit && ((entry) => deps.audit!(entry, principal)),
    redactor: deps.redactor ?? new Redactor(configuredSecrets(deps.config)),
    requestSignal: request.signal,
    loaders: createLoaders({ backends: deps.backends, config: deps.config, signal, batching: deps.batching ?? true }),
  };
}
