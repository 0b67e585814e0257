import { parseJson } from '../../upstream/json.js';
import { ErrorCode, UpstreamError, type UpstreamErrorDetails } from '../../gateway/errors.js';
import { badResponse, interpretAnswer, mnemonicOf, safeLabel, type AnswerContext, type ErrorBody } from '../../upstream/classify.js';
import type { UpstreamResponse } from '../../upstream/response.js';
import { summariseBody, type Redactor } from '../../upstream/redact.js';
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

/**
 * Parses one JSON-RPC answer: the `result`, or a thrown UpstreamError. The shared classification
 * (upstream/classify.ts) decides non-2xx answers by their status whatever the body (a 429 or 401
 * with a JSON body is rate limited or unauthorized, not a mismatched id); only 2xx bodies are read
 * as JSON-RPC, where errors arrive (§11.7, INFERRED).
 */
export function interpretRpc<R>(res: UpstreamResponse, ctx: InterpretContext): R {
  const actx: AnswerContext = { service: 'uis', endpoint: ctx.endpoint, redactor: ctx.redactor };
  return interpretAnswer(res, actx, {
    errorBody: rpcErrorBody,
    refusalCode: (mnemonic) => {
      const { code } = classifyRpc(mnemonic, 0);
      return REFUSAL_CODES.has(code) ? code : undefined;
    },
    success: (ok) => readEnvelope<R>(ok, ctx, actx),
  });
}

function readEnvelope<R>(res: UpstreamResponse, ctx: InterpretContext, actx: AnswerContext): R {
  let body: unknown;
  try {
    body = parseJson(res.text);
  } catch {
    throw badResponse(res, actx, 'the answer is not valid JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badResponse(res, actx, 'the answer is not a JSON-RPC object');
  const envelope = body as { jsonrpc?: unknown; id?: unknown; result?: unknown; error?: unknown };
  if (envelope.error && typeof envelope.error === 'object') {
    // The documented error example carries `id: null` (§11.1), so null is accepted here.
    if (envelope.id !== null && envelope.id !== undefined && envelope.id !== ctx.expectedId) {
      throw badResponse({ status: res.status, text: '' }, actx, 'the answer id does not match the request id');
    }
    throw rpcError(envelope.error as RpcErrorObject, res.status, ctx);
  }
  if (envelope.id !== ctx.expectedId) throw badResponse({ status: res.status, text: '' }, actx, 'the answer id does not match the request id');
  if (envelope.jsonrpc !== '2.0' || !('result' in envelope)) throw badResponse(res, actx, 'the answer has neither result nor error');
  return envelope.result as R;
}

/** A non-2xx body's JSON-RPC error, or a proxy's `{error, message}`, for the mnemonic and summary. */
function rpcErrorBody(text: string): ErrorBody | undefined {
  try {
    const v = parseJson(text) as Record<string, unknown> | null;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
    const error = v.error;
    if (error && typeof error === 'object') {
      const e = error as RpcErrorObject;
      const data = e.data && typeof e.data === 'object' ? e.data : undefined;
      return {
        mnemonic: typeof data?.mnemonic === 'string' ? data.mnemonic : undefined,
        message: typeof e.message === 'string' ? e.message : undefined,
        detail: typeof e.message === 'string' ? e.message : undefined,
        rpcCode: typeof e.code === 'number' ? e.code : undefined,
        field: typeof data?.field === 'string' ? data.field : undefined,
        retryAfterMs: data?.mnemonic === 'limit_exceeded' ? resetOf(data.metadata?.limits, data.params) : undefined,
      };
    }
    return { mnemonic: typeof error === 'string' ? error : undefined, message: typeof v.message === 'string' ? v.message : undefined };
  } catch {
    return undefined;
  }
}

/** Codes by which UIS refused the request without acting on it: a write is NOT_APPLIED (§11). */
const REFUSAL_CODES = new Set<ErrorCode>([ErrorCode.BAD_USER_INPUT, ErrorCode.NOT_FOUND, ErrorCode.CONFLICT, ErrorCode.UPSTREAM_UNAUTHORIZED]);
/** JSON-RPC's own request errors: parse error, invalid request, method not found, invalid params. */
const REFUSAL_RPC_CODES = new Set([-32700, -32600, -32601, -32602]);

/**
 * Maps a JSON-RPC error object (§11) to the error family, by mnemonic first. A write's outcome
 * mirrors the HTTP rule: refusals (validation, auth, not found, duplicate, JSON-RPC request errors)
 * are NOT_APPLIED; `limit_exceeded` (like a 429) and `internal_error` (like a 5xx) leave it UNKNOWN.
 */
export function rpcError(error: RpcErrorObject, status: number, ctx: Pick<InterpretContext, 'endpoint' | 'redactor'>): UisRpcError {
  const actx: AnswerContext = { service: 'uis', endpoint: ctx.endpoint, redactor: ctx.redactor };
  const rpcCode = typeof error.code === 'number' ? error.code : 0;
  const data = error.data && typeof error.data === 'object' ? error.data : undefined;
  const raw = typeof data?.mnemonic === 'string' ? data.mnemonic : undefined;
  const mnemonic = mnemonicOf(raw, actx);
  const field = safeLabel(typeof data?.field === 'string' ? data.field : undefined, actx);
  // UIS's own words (error.message, a mnemonic that is not a plain code) go to the log only.
  const text = summariseBody(`${raw && raw !== mnemonic ? `${raw}: ` : ''}${String(error.message ?? '')}`, ctx.redactor);
  const { code, retryable } = classifyRpc(mnemonic, rpcCode);
  const retryAfterMs = code === ErrorCode.UPSTREAM_RATE_LIMITED ? resetOf(data?.metadata?.limits, data?.params) : undefined;
  const where = field ? ` (field ${field})` : '';
  return new UisRpcError(`uis ${ctx.endpoint}: ${mnemonic ?? `error ${rpcCode}`}${where}`, {
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
    refused: REFUSAL_CODES.has(code) || (code === ErrorCode.UPSTREAM_ERROR && REFUSAL_RPC_CODES.has(rpcCode)),
  });
}

/** The code of a JSON-RPC error, by mnemonic first (§11.1: `code` alone is ambiguous). */
function classifyRpc(mnemonic: string | undefined, rpcCode: number): { code: ErrorCode; retryable: boolean } {
  if (mnemonic === 'limit_exceeded' || rpcCode === -32029) return { code: ErrorCode.UPSTREAM_RATE_LIMITED, retryable: true };
  if (rpcCode === -32001 || rpcCode === -32003 || (mnemonic && AUTH_MNEMONICS.has(mnemonic))) return { code: ErrorCode.UPSTREAM_UNAUTHORIZED, retryable: false };
  if (mnemonic === 'entity_not_found') return { code: ErrorCode.NOT_FOUND, retryable: false };
  if (mnemonic === 'duplicate_entity') return { code: ErrorCode.CONFLICT, retryable: false };
  if ((mnemonic && VALIDATION_MNEMONICS.has(mnemonic)) || rpcCode === -32602) return { code: ErrorCode.BAD_USER_INPUT, retryable: false };
  return { code: ErrorCode.UPSTREAM_ERROR, retryable: rpcCode === -32603 || mnemonic === 'internal_error' };
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
