import { errors as undiciErrors } from './undici-core.js';
import { codeForHttpStatus, ErrorCode, isRefusalStatus, isRetryableStatus, UpstreamError, type ServiceName } from '../gateway/errors.js';
import { isDeadlineExceeded } from './deadline.js';
import type { UpstreamResponse } from './response.js';
import { summariseBody, type Redactor } from './redact.js';
import { parseRetryAfter } from './retry.js';

/**
 * The one classification of an upstream answer, shared by the Reporter, UIS and Leeloo clients
 * (README "Errors" is the specification). In order:
 * 1. transport failures (no answer): timeout, deadline, cancelled, refused before sending, reset;
 * 2. what the backend recognises whatever the status (Leeloo's plain-text throttle answer);
 * 3. a non-2xx status, whatever the body's format: the status decides the code, the retries and the
 *    write outcome; the body adds only its mnemonic (and a summary for the log), and a backend may refine
 *    a refusal (4xx other than 408/429) by its own error code;
 * 4. a 2xx answer is the backend's to read: its value, a JSON-RPC error (by mnemonic), Leeloo's
 *    `status: 0`, or an unreadable body (UPSTREAM_BAD_RESPONSE, not retried, write outcome UNKNOWN).
 * A write's outcome is NOT_APPLIED only when `refused` is set; http.ts marks every failed write.
 */

export interface AnswerContext {
  service: ServiceName;
  endpoint: string;
  redactor: Redactor;
}

/** What a backend reads from an error answer's body. */
export interface ErrorBody {
  /** The backend's own error code: Reporter `error`, UIS `error.data.mnemonic`, Leeloo `error.code`. */
  mnemonic?: string;
  /** Its human text (summarised and redacted before it reaches a message). */
  message?: string;
  rpcCode?: number;
  /** What `extensions.detail` should say instead of the raw body's summary (Leeloo: message; traceId). */
  detail?: string;
  /** A wait the body asks for (UIS `*_reset`), used when no Retry-After header says otherwise. */
  retryAfterMs?: number;
  /** The offending parameter the body names (UIS `error.data.field`). */
  field?: string;
}

export interface AnswerRules<T> {
  /** Answers the backend recognises under any status (Leeloo's throttle text); undefined otherwise. */
  recognise?(res: UpstreamResponse): UpstreamError | undefined;
  /** Reads the backend's error envelope from a non-2xx body; undefined when the body is not one. */
  errorBody?(text: string): ErrorBody | undefined;
  /** The backend's own code for a refusal's mnemonic (Reporter error-codes.ts); undefined keeps the status's. */
  refusalCode?(mnemonic: string, status: number): ErrorCode | undefined;
  /** Reads a 2xx answer: its value, or throws an UpstreamError. */
  success(res: UpstreamResponse): T;
}

/** Applies the shared order above to one answer. */
export function interpretAnswer<T>(res: UpstreamResponse, ctx: AnswerContext, rules: AnswerRules<T>): T {
  const recognised = rules.recognise?.(res);
  if (recognised) throw recognised;
  if (res.status >= 200 && res.status < 300) return rules.success(res);
  const body = rules.errorBody?.(res.text);
  const refined = body?.mnemonic && isRefusalStatus(res.status) ? rules.refusalCode?.(body.mnemonic, res.status) : undefined;
  throw statusError(res, ctx, body, refined);
}

/**
 * A non-2xx answer: the status decides; the body adds only its mnemonic (when it is a plain code)
 * and a summary for the log. The message names the classification, never the upstream's words.
 */
export function statusError(res: UpstreamResponse, ctx: AnswerContext, body?: ErrorBody, code?: ErrorCode): UpstreamError {
  const mnemonic = mnemonicOf(body?.mnemonic, ctx);
  const error = new UpstreamError(`${ctx.service} ${ctx.endpoint}: HTTP ${res.status}${mnemonic ? ` (${mnemonic})` : ''}`, {
    code: code ?? codeForHttpStatus(res.status),
    service: ctx.service,
    endpoint: ctx.endpoint,
    status: res.status,
    rpcCode: body?.rpcCode,
    mnemonic,
    detail: body?.detail !== undefined ? summariseBody(body.detail, ctx.redactor, 200) : bodySummary(res.text, ctx),
    retryable: isRetryableStatus(res.status),
    retryAfterMs: parseRetryAfter(res.headers['retry-after']) ?? body?.retryAfterMs,
    refused: isRefusalStatus(res.status),
  });
  const field = safeLabel(body?.field, ctx);
  if (field) (error.extensions as Record<string, unknown>).field = field;
  return error;
}

/**
 * A body that is not what the protocol promises. A complete but unreadable answer is not transient,
 * so it is not retried; under 2xx the upstream accepted the request, so a write's outcome is UNKNOWN.
 */
export function badResponse(res: Pick<UpstreamResponse, 'status' | 'text'>, ctx: AnswerContext, why: string): UpstreamError {
  return new UpstreamError(`${ctx.service} ${ctx.endpoint}: ${why}`, {
    code: ErrorCode.UPSTREAM_BAD_RESPONSE,
    service: ctx.service,
    endpoint: ctx.endpoint,
    status: res.status,
    detail: res.text === '' ? why : bodySummary(res.text, ctx),
    retryable: false,
  });
}

/** The body was cut off mid-way (the connection closed): transient, so a read retries it. */
export function truncatedBody(err: unknown, ctx: AnswerContext, status: number): UpstreamError {
  return new UpstreamError(`${ctx.service} ${ctx.endpoint}: the response body was cut off`, {
    code: ErrorCode.UPSTREAM_BAD_RESPONSE,
    service: ctx.service,
    endpoint: ctx.endpoint,
    status,
    detail: summariseBody(String((err as Error)?.message ?? err), ctx.redactor),
    retryable: true,
  });
}

export interface TransportContext extends AnswerContext {
  /** The per-attempt timeout, for the message. */
  timeoutMs: number;
  /** Our own per-attempt timer fired. */
  timedOut: boolean;
  /** The operation's signal (deadline and client). */
  signal?: AbortSignal;
}

/** No answer at all: which kind, and whether anything was sent. */
export function transportError(err: unknown, ctx: TransportContext): UpstreamError {
  const e = err as { code?: string; name?: string; message?: string; cause?: { code?: string } };
  const code = e?.code ?? e?.cause?.code;
  if (ctx.signal?.aborted && isDeadlineExceeded(ctx.signal.reason)) return deadlineError(ctx);
  if (ctx.timedOut || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return timeoutError(ctx);
  }
  // The abort reason may be the socket's own error (ECONNRESET when the client hung up), so the
  // signal decides, not the error's shape.
  if (ctx.signal?.aborted || e?.name === 'AbortError' || err instanceof undiciErrors.RequestAbortedError) return cancelledError(ctx);
  // Nothing was sent: the connection never opened (refused, no such host).
  const refused = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
  return new UpstreamError(`${ctx.service} ${ctx.endpoint}: the backend is unreachable`, {
    code: ErrorCode.UPSTREAM_UNAVAILABLE,
    service: ctx.service,
    endpoint: ctx.endpoint,
    detail: summariseBody(code ?? String(e?.message ?? err), ctx.redactor),
    retryable: true,
    refused,
  });
}

export function timeoutError(ctx: AnswerContext & { timeoutMs: number }): UpstreamError {
  return new UpstreamError(`${ctx.service} ${ctx.endpoint}: no answer within ${ctx.timeoutMs} ms`, {
    code: ErrorCode.UPSTREAM_TIMEOUT,
    service: ctx.service,
    endpoint: ctx.endpoint,
    retryable: true,
  });
}

/**
 * The operation deadline (OPERATION_TIMEOUT_MS) passed: UPSTREAM_TIMEOUT, never retried. `notSent`:
 * the deadline had passed before this call was sent, so a write surely did not apply.
 */
export function deadlineError(ctx: AnswerContext, notSent = false): UpstreamError {
  return new UpstreamError(`${ctx.service} ${ctx.endpoint}: the operation deadline passed`, {
    code: ErrorCode.UPSTREAM_TIMEOUT,
    service: ctx.service,
    endpoint: ctx.endpoint,
    detail: notSent ? 'operation deadline passed before the call was sent' : 'operation deadline passed',
    retryable: false,
    refused: notSent,
  });
}

/** The outcome an attempt cut short by its client leaving is counted under (metrics, traces): not an upstream failure. */
export const CANCELLED_OUTCOME = 'CANCELLED';

/** The GraphQL request was abandoned by its client; nobody reads this error, but it must stay in the family. */
export function cancelledError(ctx: AnswerContext): UpstreamError {
  return new UpstreamError(`${ctx.service} ${ctx.endpoint}: the request was cancelled`, {
    code: ErrorCode.UPSTREAM_ERROR,
    service: ctx.service,
    endpoint: ctx.endpoint,
    detail: 'cancelled by the client',
    cancelled: true,
  });
}

/** Proxy and framework error pages are HTML: keep their words, drop the markup; redact, then cut. */
export function bodySummary(text: string, ctx: AnswerContext, max?: number): string {
  const plain = text.trimStart().startsWith('<') ? text.replace(/<[^>]*>/g, ' ') : text;
  return summariseBody(plain, ctx.redactor, max);
}

/**
 * A backend's error code as a caller may see it: only a plain code (`entity_not_found`,
 * `reporter.session.not_found`: letters, digits, `_ . : -`, at most 80) that holds no form of any
 * secret; anything else an upstream put there (an echo of the request, a sentence) is left out.
 */
export function mnemonicOf(raw: string | undefined, ctx: AnswerContext): string | undefined {
  return safeLabel(raw, ctx);
}

/** The same rule for a field name an upstream reports (UIS `error.data.field`). */
export function safeLabel(raw: string | undefined, ctx: AnswerContext): string | undefined {
  if (raw === undefined || !/^[A-Za-z][A-Za-z0-9_.:-]{0,79}$/.test(raw)) return undefined;
  return ctx.redactor.redact(raw) === raw ? raw : undefined;
}
