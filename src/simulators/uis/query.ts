import { defaultFields, type FieldTable } from './fields.js';
import { compileFilter } from './filters.js';
import { fault } from './rpc-errors.js';

/**
 * The common list machinery of get.* methods: unknown-parameter checks, `fields` (§9), `filter`
 * (§6), `sort` (§7) and `limit`/`offset` paging (§8), applied to in-memory rows.
 */

type Row = Record<string, unknown>;

export const MAX_LIMIT = 10_000;
export const MAX_OFFSET = 100_000;
export const DEFAULT_LIMIT = 1_000;

/** Unknown params are rejected with unexpected_parameters (§11.3). */
export function rejectUnknownParams(params: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(params)) {
    if (!allowed.includes(key)) throw fault('unexpected_parameters', key, key);
  }
  if (params.user_id !== undefined && typeof params.user_id !== 'number') throw fault('data_type_error', 'user_id', params.user_id);
}

export const LIST_PARAMS = ['access_token', 'user_id', 'limit', 'offset', 'filter', 'sort', 'fields'] as const;

export interface ListQuery {
  fields: string[];
  limit: number;
  offset: number;
  filter?: (row: Row) => boolean;
  sort: Array<{ field: string; desc: boolean }>;
}

/** Validates the common list params; every failure is the documented -32602 error. */
export function parseListQuery(params: Record<string, unknown>, table: FieldTable): ListQuery {
  return {
    fields: parseFields(params.fields, table),
    limit: parseBounded(params.limit, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT),
    offset: parseBounded(params.offset, 'offset', 0, 0, MAX_OFFSET),
    filter: params.filter === undefined || params.filter === null ? undefined : compileFilter(params.filter, table),
    sort: parseSort(params.sort, table),
  };
}

function parseFields(raw: unknown, table: FieldTable): string[] {
  // Omitted (or empty) `fields` gives the method's default fields, not all of them (§9).
  if (raw === undefined || raw === null) return defaultFields(table);
  if (!Array.isArray(raw)) throw fault('data_type_error', 'fields', raw);
  if (raw.length === 0) return defaultFields(table);
  const out: string[] = [];
  for (const name of raw) {
    if (typeof name !== 'string') throw fault('data_type_error', 'fields', name);
    if (!Object.hasOwn(table, name)) throw fault('unexpected_parameters', name, name);
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** limit ≤ 10 000, offset ≤ 100 000 (§8); what exceeding them answers is INFERRED (invalid_parameter_value). */
function parseBounded(raw: unknown, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === null) return fallback;
  if (typeof raw !== 'number' || !Number.isInteger(raw)) throw fault('data_type_error', name, raw);
  if (raw < min || raw > max) throw fault('invalid_parameter_value', name, raw);
  return raw;
}

function parseSort(raw: unknown, table: FieldTable): ListQuery['sort'] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw fault('data_type_error', 'sort', raw);
  return raw.map((item) => {
    if (!item || typeof item !== 'object') throw fault('data_type_error', 'sort', item);
    const { field, order } = item as { field?: unknown; order?: unknown };
    if (field === undefined) throw fault('required_parameter_missed', 'sort.field');
    if (typeof field !== 'string') throw fault('data_type_error', 'sort.field', field);
    if (!Object.hasOwn(table, field)) throw fault('unexpected_parameters', field, field);
    if (!table[field].sortable) throw fault('sort_prohibited', field, field);
    if (order !== undefined && order !== 'asc' && order !== 'desc') throw fault('invalid_parameter_value', 'sort.order', order);
    return { field, desc: order === 'desc' };
  });
}

/** Filters, sorts (stable, after the method's natural order), pages and projects the rows. */
export function runListQuery<T extends object>(rows: readonly T[], query: ListQuery): { data: Row[]; total: number } {
  let matched = (query.filter ? rows.filter((r) => query.filter!(r as Row)) : [...rows]) as Row[];
  if (query.sort.length > 0) {
    matched = matched
      .map((row, index) => ({ row, index }))
      .sort((a, b) => {
        for (const { field, desc } of query.sort) {
          const c = compareNullsLast(a.row[field], b.row[field], desc);
          if (c !== 0) return c;
        }
        return a.index - b.index;
      })
      .map((x) => x.row);
  }
  const page = matched.slice(query.offset, query.offset + query.limit);
  return { data: page.map((row) => project(row, query.fields)), total: matched.length };
}

/** PostgreSQL order: NULLs last ascending, first descending. */
function compareNullsLast(a: unknown, b: unknown, desc: boolean): number {
  const an = a === null || a === undefined;
  const bn = b === null || b === undefined;
  let c: number;
  if (an || bn) c = an && bn ? 0 : an ? 1 : -1;
  else if (typeof a === 'number' && typeof b === 'number') c = a - b;
  else if (typeof a === 'boolean' && typeof b === 'boolean') c = Number(a) - Number(b);
  else c = String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  return desc ? -c : c;
}

/** Only the selected fields, in the order they were asked for; deep-copied so state stays private. */
function project(row: Row, fields: string[]): Row {
  const out: Row = {};
  for (const f of fields) {
    const v = row[f];
    out[f] = v !== null && typeof v === 'object' ? structuredClone(v) : (v ?? null);
  }
  return out;
}
