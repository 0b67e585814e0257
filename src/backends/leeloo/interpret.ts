import { parseJson } from '../../upstream/json.js';
import { ErrorCode, UpstreamError } from '../../gateway/errors.js';
import { badResponse, bodySummary, interpretAnswer, mnemonicOf, type AnswerContext, type AnswerRules, type ErrorBody } from '../../upstream/classify.js';
import type { Interpreter } from '../../upstream/http.js';
import type { UpstreamResponse } from '../../upstream/response.js';
import { summariseBody, type Redactor } from '../../upstream/redact.js';
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
  /** Kept for callers; the write outcome is now decided in one place (upstream/http.ts). */
  read?: boolean;
}

/**
 * Success is HTTP 2xx AND `status === 1` (§3.2, §9.3). The shared classification (upstream/classify.ts)
 * handles statuses; Leeloo adds only its own parts:
 * - the throttle text (§3.3) under any status → UPSTREAM_RATE_LIMITED, retryable, Retry-After when sent;
 * - its `{status: 0, error: {code, message, traceId}}` envelope: the mnemonic and detail of an error
 *   answer, and under 2xx a failure whose HTTP status tells nothing (UPSTREAM_ERROR, outcome UNKNOWN);
 * - a 2xx body that is not JSON or has no `status: 1` → UPSTREAM_BAD_RESPONSE.
 */
export function leelooInterpreter<T>(ctx: InterpretContext): Interpreter<T> {
  const actx: AnswerContext = { service: 'leeloo', endpoint: ctx.endpoint, redactor: ctx.redactor };
  const rules: AnswerRules<T> = {
    recognise: (res) => (res.text.trimStart().startsWith('Too many requests') ? rateLimited(res, actx) : undefined),
    errorBody: (text) => {
      try {
        const body = parseJson(text);
        return isObject(body) && isObject(body.error) ? envelopeOf(body as unknown as LeelooErrorBody) : undefined;
      } catch {
        return undefined;
      }
    },
    success: (res) => {
      let body: unknown;
      try {
        body = parseJson(res.text);
      } catch {
        throw badResponse(res, actx, `the body is not JSON (HTTP ${res.status})`);
      }
      const status = isObject(body) ? body.status : undefined;
      if (status === 1) return body as T;
      if (status === 0 || (isObject(body) && isObject(body.error))) throw envelopeFailure(res, actx, body as LeelooErrorBody);
      throw badResponse(res, actx, `the body has no \`status: 1\` (HTTP ${res.status})`);
    },
  };
  return (res) => interpretAnswer(res, actx, rules);
}

function envelopeOf(body: LeelooErrorBody): ErrorBody {
  const e = body.error ?? {};
  const parts = [typeof e.message === 'string' ? e.message : 'no message'];
  if (typeof e.traceId === 'string') parts.push(`traceId ${e.traceId}`);
  return { mnemonic: typeof e.code === 'string' ? e.code : undefined, message: parts[0], detail: parts.join('; ') };
}

/** §3.2: `status: 0` under 2xx is a failure whose HTTP status tells nothing; keep it generic. */
function envelopeFailure(res: UpstreamResponse, ctx: AnswerContext, body: LeelooErrorBody): UpstreamError {
  const { mnemonic, detail } = envelopeOf(body);
  const label = mnemonicOf(mnemonic, ctx);
  return new UpstreamError(`leeloo ${ctx.endpoint}: ${label ?? 'error'} (HTTP ${res.status})`, {
    code: ErrorCode.UPSTREAM_ERROR,
    service: 'leeloo',
    endpoint: ctx.endpoint,
    status: res.status,
    mnemonic: label,
    detail: summariseBody(detail ?? '', ctx.redactor, 200),
    retryable: false,
  });
}

function rateLimited(res: UpstreamResponse, ctx: AnswerContext): UpstreamError {
  return new UpstreamError(`leeloo ${ctx.endpoint}: rate limited (HTTP ${res.status})`, {
    code: ErrorCode.UPSTREAM_RATE_LIMITED,
    service: 'leeloo',
    endpoint: ctx.endpoint,
    status: res.status,
    detail: bodySummary(res.text, ctx),
    retryable: true,
    retryAfterMs: parseRetryAfter(res.headers['retry-after']),
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
