import type { SimRequest, SimResponse } from '../harness.js';

/**
 * Request helpers and the error envelope of the simulated Reporter. Errors are
 * `{error, message, args}` with 4xx/5xx: the Async API's ErrorDto, assumed for synchronous
 * calls too (reporter-api.md §1.2 GUESS, decision 4). `error` follows the documented
 * `service.assertion_type.error_short_description` format.
 */
export class SimError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly args: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function errorResponse(status: number, error: string, message: string, args: Record<string, unknown> = {}): SimResponse {
  return { status, json: { error, message, args } };
}

export const badRequest = (error: string, message: string, args?: Record<string, unknown>) => new SimError(400, `reporter.${error}`, message, args);
export const notFound = (what: string, id: string | number) =>
  new SimError(404, `reporter.${what}.not_found`, `${what} ${id} not found`, { id: String(id) });
export const conflict = (error: string, message: string, args?: Record<string, unknown>) => new SimError(409, `reporter.${error}`, message, args);

/** 200 with an empty body: what the spec's write operations return (§1.1). */
export const empty = (): SimResponse => ({ status: 200, text: '' });
export const ok = (json: unknown): SimResponse => ({ status: 200, json });

/** The request body as JSON; undefined when empty; 400 when it is not JSON. */
export function body(req: SimRequest): unknown {
  if (req.body.trim() === '') return undefined;
  try {
    return JSON.parse(req.body);
  } catch {
    throw badRequest('request.malformed_body', 'Request body is not valid JSON');
  }
}

export function requireQuery(req: SimRequest, name: string): string {
  const v = req.query.get(name);
  if (v === null || v === '') throw badRequest('request.missing_parameter', `Required parameter '${name}' is missing`, { name });
  return v;
}

/** An integer query parameter; 400 when it is not one or is below `min`. */
export function intQuery(req: SimRequest, name: string, fallback: number, min: number): number {
  const raw = req.query.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw badRequest('request.invalid_parameter', `Parameter '${name}' must be an integer >= ${min}`, { name });
  return n;
}

export function boolQuery(req: SimRequest, name: string): boolean {
  const raw = req.query.get(name);
  if (raw === null || raw === '') return false;
  if (raw !== 'true' && raw !== 'false') throw badRequest('request.invalid_parameter', `Parameter '${name}' must be true or false`, { name });
  return raw === 'true';
}

/**
 * The largest `size` the simulator serves. The specs give no maximum (§1.1 GUESS: the server caps
 * it); 1000 is our guess, and larger pages get a 400 so that a client that forgets to cap is caught.
 */
export const MAX_PAGE_SIZE = 1000;

export interface PageRequest {
  page: number;
  size: number;
}

/** `page` (zero-based, default 0) and `size` (default 20, 1..MAX_PAGE_SIZE) (§1.1). */
export function pageQuery(req: SimRequest): PageRequest {
  const page = intQuery(req, 'page', 0, 0);
  const size = intQuery(req, 'size', 20, 1);
  if (size > MAX_PAGE_SIZE) throw badRequest('request.page_size_too_large', `size must not exceed ${MAX_PAGE_SIZE}`, { max: MAX_PAGE_SIZE });
  return { page, size };
}

export function paginate<T>(items: readonly T[], p: PageRequest): { paging: { pageNum: number; pageSize: number; totalCount: number }; items: T[] } {
  const start = p.page * p.size;
  return { paging: { pageNum: p.page, pageSize: p.size, totalCount: items.length }, items: items.slice(start, start + p.size) };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** A path id that must be an int64 (label ids, §3.7). */
export function intParam(req: SimRequest, name: string): number {
  const n = Number(req.params[name]);
  if (!Number.isInteger(n)) throw badRequest('request.invalid_parameter', `Path parameter '${name}' must be an integer`, { name });
  return n;
}

/** `yyyy-MM-dd` (stats dateFrom/dateTo, daily report date). */
export function dateOnly(value: string, name: string): { y: number; m: number; d: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw badRequest('request.invalid_parameter', `Parameter '${name}' must be yyyy-MM-dd`, { name });
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function dateTime(value: unknown, name: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw badRequest('request.invalid_parameter', `'${name}' must be a date-time`, { name });
  return ms;
}

/** The `Timezone` header: minutes east of UTC (§1.1 GUESS: unit and sign are undocumented). */
export function timezoneMinutes(req: SimRequest): number {
  const raw = req.headers.timezone;
  const v = Array.isArray(raw) ? raw[0] : raw;
  if (v === undefined || v === '') return 0;
  const n = Number(v);
  if (!Number.isInteger(n) || Math.abs(n) > 14 * 60) throw badRequest('request.invalid_header', 'Header Timezone must be an offset in minutes');
  return n;
}
