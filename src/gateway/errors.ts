import { GraphQLError } from 'graphql';

/**
 * The one error family (design.md §3). Clients match on `extensions.code`, never on message text.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  BACKEND_NOT_CONFIGURED: 'BACKEND_NOT_CONFIGURED',
  /** No valid credential (HTTP 401): missing, malformed, expired or unknown. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The caller lacks the scope a field or endpoint needs. */
  FORBIDDEN: 'FORBIDDEN',
  /** A valid credential for a tenant this gateway does not serve (HTTP 403; a JWT's tenant claim). */
  UNKNOWN_TENANT: 'UNKNOWN_TENANT',
  /** The upstream answered with an error we cannot classify more precisely. */
  UPSTREAM_ERROR: 'UPSTREAM_ERROR',
  /** No answer (headers or body) within UPSTREAM_TIMEOUT_MS. */
  UPSTREAM_TIMEOUT: 'UPSTREAM_TIMEOUT',
  /** 429, UIS `limit_exceeded`, Leeloo's plain-text throttle answer. */
  UPSTREAM_RATE_LIMITED: 'UPSTREAM_RATE_LIMITED',
  /** Connection refused or reset, or a 5xx gateway-type status. */
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  /** The body was not what the protocol promises: malformed or truncated JSON, wrong JSON-RPC id. */
  UPSTREAM_BAD_RESPONSE: 'UPSTREAM_BAD_RESPONSE',
  /** The upstream refused our credentials (401/403, UIS -32001/-32003). */
  UPSTREAM_UNAUTHORIZED: 'UPSTREAM_UNAUTHORIZED',
  /** HTTP 429: the caller used up RATE_LIMIT_PER_MINUTE; `Retry-After` says when to come back. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** MAX_SUBSCRIPTIONS or MAX_SUBSCRIPTIONS_PER_CALLER is reached; the subscription did not start. */
  TOO_MANY_SUBSCRIPTIONS: 'TOO_MANY_SUBSCRIPTIONS',
  /** The document would cause more than MAX_WRITES_PER_REQUEST upstream writes; nothing was sent. */
  TOO_MANY_WRITES: 'TOO_MANY_WRITES',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export type ServiceName = 'reporter' | 'uis' | 'leeloo';

/** Whether a write reached the upstream: UNKNOWN when it may have been applied (timeout, reset after sending). */
export type WriteOutcome = 'NOT_APPLIED' | 'UNKNOWN';

export interface UpstreamErrorDetails {
  code: ErrorCode;
  service: ServiceName;
  /** Stable endpoint label, never a URL (the Reporter token is a path segment). */
  endpoint: string;
  status?: number;
  rpcCode?: number;
  mnemonic?: string;
  /**
   * What the upstream said (a short, redacted summary), for the log only: it never reaches a caller
   * (README "Errors": upstream words stay out of responses; the gateway logs it with the request id).
   */
  detail?: string;
  retryable?: boolean;
  /** How long the upstream asked us to wait before retrying, when it said. */
  retryAfterMs?: number;
  outcome?: WriteOutcome;
  /**
   * The upstream refused the request before acting on it (a 4xx other than 408/429, a refusing
   * JSON-RPC mnemonic, a connection refused before anything was sent): a write is surely NOT_APPLIED.
   * Everything else leaves a write's outcome UNKNOWN (upstream/classify.ts).
   */
  refused?: boolean;
  /**
   * The caller went away (its client left, not its deadline): nobody reads this error, so it is logged
   * at debug, not as an upstream failure, and counted under its own outcome (use-metrics.ts).
   */
  cancelled?: boolean;
}

/** A failure talking to one backend. It is a GraphQLError so Yoga shows it unmasked with its extensions. */
export class UpstreamError extends GraphQLError {
  readonly code: ErrorCode;
  readonly service: ServiceName;
  readonly endpoint: string;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly status: number | undefined;
  readonly mnemonic: string | undefined;
  readonly refused: boolean;
  readonly cancelled: boolean;
  /** The upstream's words, for the log (never in `extensions`). */
  readonly detail: string | undefined;

  constructor(message: string, details: UpstreamErrorDetails) {
    const extensions: Record<string, unknown> = {
      code: details.code,
      service: details.service,
      endpoint: details.endpoint,
    };
    if (details.status !== undefined) extensions.status = details.status;
    if (details.rpcCode !== undefined) extensions.rpcCode = details.rpcCode;
    if (details.mnemonic !== undefined) extensions.mnemonic = details.mnemonic;
    if (details.retryAfterMs !== undefined) extensions.retryAfterMs = details.retryAfterMs;
    if (details.outcome) extensions.outcome = details.outcome;
    super(message, { extensions });
    this.name = 'UpstreamError';
    this.code = details.code;
    this.service = details.service;
    this.endpoint = details.endpoint;
    this.retryable = details.retryable ?? false;
    this.retryAfterMs = details.retryAfterMs;
    this.status = details.status;
    this.mnemonic = details.mnemonic;
    this.refused = details.refused ?? false;
    this.cancelled = details.cancelled ?? false;
    this.detail = details.detail;
  }

  /** The write outcome this failure implies: NOT_APPLIED only for a refusal. */
  get writeOutcome(): WriteOutcome {
    return this.refused ? 'NOT_APPLIED' : 'UNKNOWN';
  }

  /**
   * Marks this error as the failure of a write (in place, so subclasses keep their extensions):
   * every failed write says whether it may have applied.
   */
  asWrite(outcome: WriteOutcome = this.writeOutcome): this {
    (this.extensions as Record<string, unknown>).outcome = outcome;
    return this;
  }

  /** A copy with another outcome (a write that was never sent because of this error is NOT_APPLIED). */
  withOutcome(outcome: WriteOutcome): UpstreamError {
    return new UpstreamError(this.message, {
      code: this.code,
      service: this.service,
      endpoint: this.endpoint,
      status: this.status,
      rpcCode: this.extensions.rpcCode as number | undefined,
      mnemonic: this.mnemonic,
      detail: this.detail,
      retryable: false,
      retryAfterMs: this.retryAfterMs,
      refused: outcome === 'NOT_APPLIED',
      outcome,
    });
  }
}

export function badUserInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });
}

export function notFound(message: string, service?: ServiceName): GraphQLError {
  return new GraphQLError(message, {
    extensions: service ? { code: ErrorCode.NOT_FOUND, service } : { code: ErrorCode.NOT_FOUND },
  });
}

export function backendNotConfigured(service: ServiceName): GraphQLError {
  return new GraphQLError(
    `The ${service} backend is disabled: set its token, or SIMULATORS=auto to use the built-in simulator`,
    { extensions: { code: ErrorCode.BACKEND_NOT_CONFIGURED, service } },
  );
}

/**
 * The code for an upstream HTTP status, whatever the body's format (README "Errors"). Backends refine
 * only refusals (4xx other than 408/429) by their own error codes (the Reporter's duplicate → CONFLICT).
 */
export function codeForHttpStatus(status: number): ErrorCode {
  if (status === 401 || status === 403) return ErrorCode.UPSTREAM_UNAUTHORIZED;
  if (status === 404) return ErrorCode.NOT_FOUND;
  if (status === 409) return ErrorCode.CONFLICT;
  // The upstream (or a proxy) says it gave up waiting: the same kind of failure as our own timeout.
  if (status === 408) return ErrorCode.UPSTREAM_TIMEOUT;
  if (status === 429) return ErrorCode.UPSTREAM_RATE_LIMITED;
  if (status === 502 || status === 503 || status === 504) return ErrorCode.UPSTREAM_UNAVAILABLE;
  if (status === 400 || status === 422) return ErrorCode.BAD_USER_INPUT;
  return ErrorCode.UPSTREAM_ERROR;
}

/** Statuses worth retrying for a read: throttling, timeouts and server trouble. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}

/** A status by which the upstream refused the request without acting on it: 4xx other than 408 and 429. */
export function isRefusalStatus(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}
