import { parseJson } from '../../upstream/json.js';
import { ErrorCode, UpstreamError, codeForHttpStatus, isRetryableStatus, summariseBody, type UpstreamErrorDetails } from '../../errors.js';
import type { UpstreamResponse } from '../../upstream/http.js';
import type { Redactor } from '../../upstream/redact.js';
import { parseRetryAfter } from '../../upstream/retry.js';
import type { RpcErrorObject, UisLimits } from './types.js';

/**
 * The JSON-RPC 2.0 envelope of the UIS Data API and the mapping of its errors into the error
 * family. JSON-RPC errors arrive under HTTP 200 (§11.7, INFERRED), so the body is parsed on any
 * status and errors are classified by `error.data.mnemonic`, never by `code` alone (§11.1).
 */

/** A JSON-RPC error from UIS: an UpstreamError that also surfaces the offending parameter. */
export class UisRpcError extends UpstreamError {
  readonly rpcCode: number;
  readonly field: string | undefined;

  constructor(message: string, details: UpstreamErrorDetails & { rpcCode: number; field?: string }) {
    super(message, details);
    this.rpcCode = details.rpcCode;
    this.field = details.field;
    // UpstreamError has no `field`; it belongs in the extensions so a frontend can point at the input.
    if (details.field) (this.extensions as Record<string, unknown>).field = details.field;
  }
}

/** -32602 mnemonics that mean "the caller's input was wrong" (§11.3, §11.4, §11.5). */
const VALIDATION_MNEMONICS = new Set([
  'filter_prohibited',
  'sort_prohibited',
  'unexpected_parameters',
  'invalid_parameter_value',
  'date_interval_limit_reached',
  'required_parameter_missed',
  'data_type_error',
  'invalid_parameters_combination',
  'invalid_date_time',
]);

const AUTH_MNEMONICS = new Set(['access_token_expired', 'access_token_blocked', 'access_token_invalid', 'auth_error']);

export interface InterpretContext {
  endpoint: string;
  /** The id this request was sent with; the answer must carry it back. */
  expectedId: string | number;
  redactor: Redactor;
}

/** Parses one JSON-RPC answer: the `result`, or a thrown UpstreamError. */
export function interpretRpc<R>(res: UpstreamResponse, ctx: InterpretContext): R {
  let body: unknown;
  try {
    body = parseJson(res.text);
  } catch {
    throw nonJsonError(res, ctx);
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw badResponse(ctx, res.status, 'the answer is not a JSON-RPC object', res.text);
  }
  const envelope = body as { jsonrpc?: unknown; id?: unknown; result?: unknown; error?: unknown };
  if (envelope.error && typeof envelope.error === 'object') {
    // The documented error example carries `id: null` (§11.1), so null is accepted here.
    if (envelope.id !== null && envelope.id !== undefined && envelope.id !== ctx.expectedId) {
      throw badResponse(ctx, res.status, 'the answer id does not match the request id');
    }
    throw rpcError(envelope.error as RpcErrorObject, res.status, ctx);
  }
  if (res.status >= 500) {
    throw new UpstreamError(`uis ${ctx.endpoint}: the backend answered HTTP ${res.status}`, {
      code: ErrorCode.UPSTREAM_UNAVAILABLE,
      service: 'uis',
      endpoint: ctx.endpoint,
      status: res.status,
      detail: ctx.redactor.redact(summariseBody(res.text)),
      retryable: true,
    });
  }
  if (envelope.id !== ctx.expectedId) {
    throw badResponse(ctx, res.status, 'the answer id does not match the request id');
  }
  if (envelope.jsonrpc !== '2.0' || !('result' in envelope)) {
    throw badResponse(ctx, res.status, 'the answer has neither result nor error', res.text);
  }
  return envelope.result as R;
}

function nonJsonError(res: UpstreamResponse, ctx: InterpretContext): UpstreamError {
  const detail = ctx.redactor.redact(summariseBody(res.text));
  if (res.status >= 200 && res.status < 300) {
    return badResponse(ctx, res.status, 'the answer is not valid JSON', res.text);
  }
  // Not a JSON-RPC answer at all: a proxy or load balancer spoke (§11.7, INFERRED).
  const code = res.status >= 500 ? ErrorCode.UPSTREAM_UNAVAILABLE : codeForHttpStatus(res.status);
  return new UpstreamError(`uis ${ctx.endpoint}: the backend answered HTTP ${res.status}`, {
    code,
    service: 'uis',
    endpoint: ctx.endpoint,
    status: res.status,
    detail,
    retryable: isRetryableStatus(res.status),
    retryAfterMs: parseRetryAfter(res.headers['retry-after']),
  });
}

function badResponse(ctx: InterpretContext, status: number, what: string, text?: string): UpstreamError {
  return new UpstreamError(`uis ${ctx.endpoint}: ${what}`, {
    code: ErrorCode.UPSTREAM_BAD_RESPONSE,
    service: 'uis',
    endpoint: ctx.endpoint,
    status,
    detail: text === undefined ? what : ctx.redactor.redact(summariseBody(text)),
  });
}

/** Maps a JSON-RPC error object (§11) to the error family. */
export function rpcError(error: RpcErrorObject, status: number, ctx: Pick<InterpretContext, 'endpoint' | 'redactor'>): UisRpcError {
  const rpcCode = typeof error.code === 'number' ? error.code : 0;
  const data = error.data && typeof error.data === 'object' ? error.data : undefined;
  const mnemonic = typeof data?.mnemonic === 'string' ? data.mnemonic : undefined;
  const field = typeof data?.field === 'string' ? ctx.redactor.redact(data.field) : undefined;
  const text = ctx.redactor.redact(summariseBody(String(error.message ?? '')));
  let code: ErrorCode = ErrorCode.UPSTREAM_ERROR;
  let retryable = false;
  let retryAfterMs: number | undefined;

  if (mnemonic === 'limit_exceeded' || rpcCode === -32029) {
    code = ErrorCode.UPSTREAM_RATE_LIMITED;
    retryable = true;
    retryAfterMs = resetOf(data?.metadata?.limits, data?.params);
  } else if (rpcCode === -32001 || rpcCode === -32003 || (mnemonic && AUTH_MNEMONICS.has(mnemonic))) {
    code = ErrorCode.UPSTREAM_UNAUTHORIZED;
  } else if (mnemonic === 'entity_not_found') {
    code = ErrorCode.NOT_FOUND;
  } else if (mnemonic === 'duplicate_entity') {
    code = ErrorCode.CONFLICT;
  } else if ((mnemonic && VALIDATION_MNEMONICS.has(mnemonic)) || rpcCode === -32602) {
    code = ErrorCode.BAD_USER_INPUT;
  } else if (rpcCode === -32603 || mnemonic === 'internal_error') {
    retryable = true;
  }
  const where = field ? ` (field ${field})` : '';
  return new UisRpcError(`uis ${ctx.endpoint}: ${mnemonic ?? `error ${rpcCode}`}${where}: ${text}`, {
    code,
    service: 'uis',
    endpoint: ctx.endpoint,
    status,
    rpcCode,
    mnemonic,
    field,
    detail: text,
    retryable,
    retryAfterMs,
  });
}

/**
 * How long `limit_exceeded` asks us to wait: the reset of the exhausted budget (§11.8). When the
 * day budget is gone its reset is hours away and http.ts fails fast instead of waiting.
 */
function resetOf(limits: UisLimits | undefined, params: Record<string, unknown> | undefined): number | undefined {
  if (!limits) return undefined;
  const dayExhausted = limits.day_remaining === 0 || params?.limit_type === 'day';
  const seconds = dayExhausted ? limits.day_reset : (limits.minute_reset ?? limits.day_reset);
  return typeof seconds === 'number' && Number.isFinite(seconds) ? Math.max(0, seconds * 1000) : undefined;
}
