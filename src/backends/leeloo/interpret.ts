import { parseJson } from '../../upstream/json.js';
import { codeForHttpStatus, ErrorCode, isRetryableStatus, summariseBody, UpstreamError } from '../../errors.js';
import type { Interpreter, UpstreamResponse } from '../../upstream/http.js';
import type { Redactor } from '../../upstream/redact.js';
import { parseRetryAfter } from '../../upstream/retry.js';
import type { LeelooErrorBody } from './types.js';

/**
 * The plain-text throttle answer of express-rate-limit, which Leeloo runs (§3.3, decision 9).
 * It is not JSON and carries no `status`, so it must be recognised before parsing.
 */
export const LEELOO_RATE_LIMIT_TEXT = 'Too many requests, please try again later.';

export interface InterpretContext {
  endpoint: string;
  redactor: Redactor;
  /** Writes whose body came back unreadable under 2xx may have applied. */
  read: boolean;
}

/**
 * Success is HTTP 2xx AND `status === 1` (§3.2, §9.3). Anything else becomes an UpstreamError:
 * - HTTP 429 or the throttle text → UPSTREAM_RATE_LIMITED, retryable, Retry-After when sent (INFERRED headers);
 * - a `{status: 0, error}` body (under any HTTP status) → the HTTP status's code, or UPSTREAM_ERROR under 2xx,
 *   with `error.code` as mnemonic and message + traceId as detail;
 * - any other non-JSON body → UPSTREAM_BAD_RESPONSE under 2xx, else the HTTP status's code.
 * An error answer means a write was not applied, so `outcome` stays unset, except for an unreadable
 * 2xx body on a write: the upstream accepted the request, so the outcome is UNKNOWN.
 */
export function leelooInterpreter<T>(ctx: InterpretContext): Interpreter<T> {
  return (res) => {
    const ok = res.status >= 200 && res.status < 300;
    if (res.status === 429 || res.text.trim().startsWith('Too many requests')) throw rateLimited(res, ctx);
    let body: unknown;
    try {
      body = parseJson(res.text);
    } catch {
      if (ok) throw badResponse(res, ctx, 'the body is not JSON');
      throw httpError(res, ctx, summary(res.text, ctx));
    }
    const status = isObject(body) ? body.status : undefined;
    if (ok && status === 1) return body as T;
    if (status === 0 || (isObject(body) && isObject(body.error))) return throwEnvelopeError(res, ctx, body as LeelooErrorBody);
    if (ok) throw badResponse(res, ctx, 'the body has no `status: 1`');
    throw httpError(res, ctx, summary(res.text, ctx));
  };
}

function throwEnvelopeError(res: UpstreamResponse, ctx: InterpretContext, body: LeelooErrorBody): never {
  const ok = res.status >= 200 && res.status < 300;
  const e = body.error ?? {};
  const mnemonic = typeof e.code === 'string' ? ctx.redactor.redact(e.code).slice(0, 60) : undefined;
  const parts = [typeof e.message === 'string' ? e.message : 'no message'];
  if (typeof e.traceId === 'string') parts.push(`traceId ${e.traceId}`);
  const detail = summary(parts.join('; '), ctx, 200);
  // §3.2: `status: 0` under 2xx is a failure whose HTTP status tells nothing; keep it generic.
  const code = ok ? ErrorCode.UPSTREAM_ERROR : codeForHttpStatus(res.status);
  throw new UpstreamError(`leeloo ${ctx.endpoint}: ${mnemonic ?? 'error'} (HTTP ${res.status})`, {
    code,
    service: 'leeloo',
    endpoint: ctx.endpoint,
    status: res.status,
    mnemonic,
    detail,
    retryable: !ok && isRetryableStatus(res.status),
  });
}

function rateLimited(res: UpstreamResponse, ctx: InterpretContext): UpstreamError {
  return new UpstreamError(`leeloo ${ctx.endpoint}: rate limited (HTTP ${res.status})`, {
    code: ErrorCode.UPSTREAM_RATE_LIMITED,
    service: 'leeloo',
    endpoint: ctx.endpoint,
    status: res.status,
    detail: summary(res.text, ctx),
    retryable: true,
    retryAfterMs: parseRetryAfter(res.headers['retry-after']),
  });
}

function badResponse(res: UpstreamResponse, ctx: InterpretContext, why: string): UpstreamError {
  return new UpstreamError(`leeloo ${ctx.endpoint}: ${why} (HTTP ${res.status})`, {
    code: ErrorCode.UPSTREAM_BAD_RESPONSE,
    service: 'leeloo',
    endpoint: ctx.endpoint,
    status: res.status,
    detail: summary(res.text, ctx),
    outcome: ctx.read ? undefined : 'UNKNOWN',
  });
}

function httpError(res: UpstreamResponse, ctx: InterpretContext, detail: string): UpstreamError {
  return new UpstreamError(`leeloo ${ctx.endpoint}: HTTP ${res.status}`, {
    code: codeForHttpStatus(res.status),
    service: 'leeloo',
    endpoint: ctx.endpoint,
    status: res.status,
    detail,
    retryable: isRetryableStatus(res.status),
  });
}

/** Proxy and Express error pages are HTML: keep their words, drop the markup. */
function summary(text: string, ctx: InterpretContext, max?: number): string {
  const plain = text.trimStart().startsWith('<') ? text.replace(/<[^>]*>/g, ' ') : text;
  return summariseBody(ctx.redactor.redact(plain), max);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
