import type { SimRequest, SimResponse } from '../harness.js';
import type { Rng } from '../dataset/prng.js';
import { traceId } from './ids.js';
import type { LeelooListMeta } from './types.js';

/** §4: default page 20, offset 0. */
export const DEFAULT_LIMIT = 20;
/**
 * §4: the maximum `limit` is undocumented; only 50 is known to work (Leeloo's own hiring test).
 * Choice: larger values are clamped to 50 and `meta.limit` reports the 50 actually applied, so a
 * client that asks for more and pages by `totalCount` still gets everything, just in more pages.
 * (Rejecting would be the other reading; clamping is kinder and the docs only warn of slowness.)
 */
export const MAX_LIMIT = 50;

/** §3.3 (CONFIRMED by two clients): express-rate-limit's default message, sent as plain text. */
export const RATE_LIMIT_TEXT = 'Too many requests, please try again later.';

/** The one recorded failure body (§3.2), used for auth failures and unexpected errors. */
export const GENERIC_ERROR_MESSAGE = 'Please, contact your system administrator!';

export interface Page {
  limit: number;
  offset: number;
}

/**
 * Reads `limit`/`offset` like an Express handler doing `parseInt`: a missing or unusable limit
 * (NaN, < 1) falls back to 20 and a missing or negative offset to 0 (GUESS: undocumented).
 */
export function readPage(query: URLSearchParams): Page {
  const limit = Number.parseInt(query.get('limit') ?? '', 10);
  const offset = Number.parseInt(query.get('offset') ?? '', 10);
  return {
    limit: Number.isNaN(limit) || limit < 1 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT),
    offset: Number.isNaN(offset) || offset < 0 ? 0 : offset,
  };
}

/** §3.1 + §4 list envelope: `filteredCount` is the page length, `totalCount` all matches. */
export function listAnswer<T>(all: readonly T[], page: Page): SimResponse {
  const data = all.slice(page.offset, page.offset + page.limit);
  const meta: LeelooListMeta = { limit: page.limit, offset: page.offset, filteredCount: data.length, totalCount: all.length };
  return { status: 200, json: { data, meta, status: 1 } };
}

/** §3.1 object envelope. */
export function okAnswer(data: unknown, extra: Record<string, unknown> = {}): SimResponse {
  return { status: 200, json: { data, ...extra, status: 1 } };
}

/** §3.2 error envelope: `{status: 0, error: {code, message, traceId}}`. */
export function errorAnswer(rng: Rng, httpStatus: number, code: string, message: string): SimResponse {
  return { status: httpStatus, json: { status: 0, error: { code, message, traceId: traceId(rng) } } };
}

/**
 * Wrong or missing token (§2: undocumented). The only recorded failure, seen with a staging token
 * on the production host, is the generic UNKNOWN_ERROR body, so that body is used. Its HTTP status
 * was not recorded; 401 is our GUESS (an auth middleware ahead of the generic handler). Clients
 * must still treat the same body under 200 as a failure, since `status: 0` decides (§3.2).
 */
export function unauthorizedAnswer(rng: Rng): SimResponse {
  return errorAnswer(rng, 401, 'UNKNOWN_ERROR', GENERIC_ERROR_MESSAGE);
}

/** Unknown id: GUESS `NOT_FOUND` code under HTTP 404 (§10: undocumented). */
export function notFoundAnswer(rng: Rng, what: string): SimResponse {
  return errorAnswer(rng, 404, 'NOT_FOUND', `${what} not found`);
}

/** Missing or malformed body fields: GUESS `VALIDATION_ERROR` under HTTP 400 (§10: undocumented). */
export function invalidAnswer(rng: Rng, message: string): SimResponse {
  return errorAnswer(rng, 400, 'VALIDATION_ERROR', message);
}

/**
 * Express's stock 404 page for a path no route matches (GUESS: Leeloo runs Express, §1; its
 * catch-all page was never recorded).
 */
export function noRouteAnswer(req: SimRequest): SimResponse {
  const text = `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot ${req.method} ${req.path}</pre>\n</body>\n</html>\n`;
  return { status: 404, text, headers: { 'content-type': 'text/html; charset=utf-8' } };
}

/**
 * Write bodies: JSON as the docs ask; `application/x-www-form-urlencoded` is accepted as well,
 * since two v1 clients send forms and appear to work (INFERRED, §1). Returns undefined when unreadable.
 */
export function readBody(req: SimRequest): Record<string, unknown> | undefined {
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(req.body));
  if (req.body.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(req.body);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}
