import type { FieldMeta, FieldTable } from './fields.js';
import { fault } from './rpc-errors.js';
import { isWireDate } from './wire-dates.js';

/**
 * `params.filter` of get.* methods (§6), validated against the method's field table and compiled
 * into a row predicate. Semantics follow PostgreSQL, which the API's `regexp`/`jsquery`/`ilike`
 * operators point at: comparisons with a NULL value are never true (so `!=` and `not_in` skip
 * nulls), `like` knows `%` and `_`.
 *
 * Error placement (INFERRED, §6/§11.1): `data.field` names the UIS field the filter is about, or
 * `filter` / `filter.condition` for the tree's own shape.
 */

type Row = Record<string, unknown>;
export type Predicate = (row: Row) => boolean;

const OPERATORS = new Set([
  '=', '!=', '<', '>', '<=', '>=', 'like', 'ilike', 'not_like', 'not_ilike', 'regexp', 'jsquery',
  'in', 'not_in', 'overlap', 'not_overlap', 'is_null', 'is_not_null',
]);
const NULL_OPS = new Set(['is_null', 'is_not_null']);

export function compileFilter(filter: unknown, table: FieldTable): Predicate {
  if (!filter || typeof filter !== 'object' || Array.isArray(filter)) throw fault('data_type_error', 'filter', filter);
  const node = filter as Record<string, unknown>;
  if ('filters' in node) {
    if (!Array.isArray(node.filters)) throw fault('data_type_error', 'filter.filters');
    // `condition` is undocumented as optional; every official example sends it (§6). Default: and.
    const condition = node.condition ?? 'and';
    if (condition !== 'and' && condition !== 'or') throw fault('invalid_parameter_value', 'filter.condition', condition);
    const parts = node.filters.map((child) => compileFilter(child, table));
    return condition === 'and' ? (row) => parts.every((p) => p(row)) : (row) => parts.some((p) => p(row));
  }
  return compileSimple(node, table);
}

function compileSimple(node: Record<string, unknown>, table: FieldTable): Predicate {
  const { field, operator } = node;
  const value = node.value ?? null;
  if (field === undefined) throw fault('required_parameter_missed', 'filter.field');
  if (typeof field !== 'string') throw fault('data_type_error', 'filter.field', field);
  const meta = Object.hasOwn(table, field) ? table[field] : undefined;
  if (!meta) throw fault('unexpected_parameters', field, field);
  if (!meta.filterable) throw fault('filter_prohibited', field, field);
  if (operator === undefined) throw fault('required_parameter_missed', 'filter.operator');
  if (typeof operator !== 'string' || !OPERATORS.has(operator)) throw fault('invalid_parameter_value', 'filter.operator', operator);
  if (operator === 'jsquery') {
    // A jsquery engine is out of scope for the simulator; the real API would evaluate it.
    throw fault('invalid_parameter_value', field, value);
  }

  if (NULL_OPS.has(operator) || ((operator === '=' || operator === '!=') && value === null)) {
    const wantNull = operator === 'is_null' || operator === '=';
    return (row) => isEmpty(row[field]) === wantNull;
  }
  if (meta.type === 'array') return compileArray(field, meta, operator, value);
  if (meta.type === 'object') throw fault('invalid_parameter_value', field, value);
  return compileScalar(field, meta, operator, value);
}

function compileArray(field: string, meta: FieldMeta, operator: string, value: unknown): Predicate {
  if (operator !== 'overlap' && operator !== 'not_overlap') throw fault('invalid_parameter_value', field, value);
  const wanted = Array.isArray(value) ? value : [value];
  if (wanted.length === 0 || wanted.some((v) => v === null || typeof v === 'object')) throw fault('data_type_error', field, value);
  const key = meta.itemKey;
  const overlaps = (row: Row) => {
    const items = row[field];
    if (!Array.isArray(items)) return false;
    return items.some((item) => {
      const k = key && item && typeof item === 'object' ? (item as Row)[key] : item;
      return wanted.some((w) => same(k, w));
    });
  };
  // not_overlap keeps rows whose array is empty: nothing in it matches (INFERRED).
  return operator === 'overlap' ? overlaps : (row) => !overlaps(row);
}

function compileScalar(field: string, meta: FieldMeta, operator: string, value: unknown): Predicate {
  const get = (row: Row) => row[field];
  switch (operator) {
    case '=':
    case '!=': {
      checkType(field, meta, value);
      const eq = operator === '=';
      return (row) => {
        const v = get(row);
        return v !== null && v !== undefined && same(v, value) === eq;
      };
    }
    case '<':
    case '>':
    case '<=':
    case '>=': {
      if (meta.type === 'boolean') throw fault('invalid_parameter_value', field, value);
      checkType(field, meta, value);
      const cmp = comparator(operator);
      return (row) => {
        const v = get(row);
        return v !== null && v !== undefined && cmp(compare(v, value));
      };
    }
    case 'like':
    case 'ilike':
    case 'not_like':
    case 'not_ilike': {
      if (typeof value !== 'string') throw fault('data_type_error', field, value);
      const re = likeToRegExp(value, operator.includes('ilike'));
      const negate = operator.startsWith('not_');
      return (row) => {
        const v = get(row);
        return v !== null && v !== undefined && re.test(String(v)) !== negate;
      };
    }
    case 'regexp': {
      if (typeof value !== 'string') throw fault('data_type_error', field, value);
      let re: RegExp;
      try {
        re = new RegExp(value);
      } catch {
        throw fault('invalid_parameter_value', field, value);
      }
      return (row) => {
        const v = get(row);
        return v !== null && v !== undefined && re.test(String(v));
      };
    }
    case 'in':
    case 'not_in': {
      if (!Array.isArray(value)) throw fault('data_type_error', field, value);
      for (const v of value) checkType(field, meta, v);
      const within = operator === 'in';
      return (row) => {
        const v = get(row);
        return v !== null && v !== undefined && value.some((w) => same(v, w)) === within;
      };
    }
    default:
      // overlap / not_overlap on a scalar field.
      throw fault('invalid_parameter_value', field, value);
  }
}

/** The value must have the field's documented type (§6 "Value types"); otherwise data_type_error. */
function checkType(field: string, meta: FieldMeta, value: unknown): void {
  const ok =
    meta.type === 'number' ? typeof value === 'number' && Number.isFinite(value)
    : meta.type === 'boolean' ? typeof value === 'boolean'
    : typeof value === 'string';
  if (!ok) throw fault('data_type_error', field, value);
  if (meta.type === 'iso8601' && !isWireDate(value)) throw fault('invalid_parameter_value', field, value);
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (Array.isArray(v) && v.length === 0);
}

function same(a: unknown, b: unknown): boolean {
  return a === b;
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function comparator(op: string): (c: number) => boolean {
  if (op === '<') return (c) => c < 0;
  if (op === '>') return (c) => c > 0;
  if (op === '<=') return (c) => c <= 0;
  return (c) => c >= 0;
}

/** SQL LIKE: `%` any run, `_` one character, backslash escapes the next character. */
export function likeToRegExp(pattern: string, caseInsensitive: boolean): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && i + 1 < pattern.length) source += escapeRe(pattern[++i]);
    else if (ch === '%') source += '[\\s\\S]*';
    else if (ch === '_') source += '[\\s\\S]';
    else source += escapeRe(ch);
  }
  return new RegExp(`^${source}$`, caseInsensitive ? 'iu' : 'u');
}

function escapeRe(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
