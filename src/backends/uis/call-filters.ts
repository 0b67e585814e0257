import { badUserInput } from '../../gateway/errors.js';
import { normaliseLeelooPhone } from '../leeloo/phone.js';
import { formatUisDate, isUisDate } from './dates.js';
import { CALLS_REPORT_FIELDS, type UisFieldMeta } from './fields.js';
import type { FilterOperator, SimpleFilter, SortItem, UisFilter } from './types.js';

/**
 * The calls filters: typed fields for the common cases and a raw tree (field / operator / value,
 * nested and/or) checked against get.calls_report's filterable fields (fields.ts, §12.13) and the
 * operator/value rules of §6, so that a bad filter fails with BAD_USER_INPUT before any request.
 * Checking is zone-free; DateTime values stay Dates until `toWireFilter` formats them in the account
 * zone, so validation never waits on get.account.
 */

export interface DurationRange {
  min?: number | null;
  max?: number | null;
}

export interface CallsFilterInput {
  direction?: 'in' | 'out' | null;
  isLost?: boolean | null;
  employeeIds?: readonly number[] | null;
  tagIds?: readonly number[] | null;
  contactPhoneNumbers?: readonly string[] | null;
  virtualPhoneNumbers?: readonly string[] | null;
  finishReasons?: readonly string[] | null;
  sources?: readonly string[] | null;
  campaignIds?: readonly number[] | null;
  siteIds?: readonly number[] | null;
  waitDuration?: DurationRange | null;
  talkDuration?: DurationRange | null;
  totalDuration?: DurationRange | null;
}

export interface FilterTreeInput {
  field?: string | null;
  operator?: FilterOperator | null;
  value?: unknown;
  and?: readonly FilterTreeInput[] | null;
  or?: readonly FilterTreeInput[] | null;
}

/** A checked filter whose date values may still be Dates. */
type Checked = { field: string; operator: FilterOperator; value?: unknown } | { filters: Checked[]; condition: 'and' | 'or' };

/** @default limits on a raw tree: deep or huge trees are almost certainly mistakes. */
export const MAX_TREE_DEPTH = 6;
export const MAX_TREE_NODES = 200;

const SCALAR_OPS = new Set<FilterOperator>(['=', '!=']);
const ORDER_OPS = new Set<FilterOperator>(['<', '>', '<=', '>=']);
const TEXT_OPS = new Set<FilterOperator>(['like', 'ilike', 'not_like', 'not_ilike', 'regexp']);
const LIST_OPS = new Set<FilterOperator>(['in', 'not_in']);
const ARRAY_OPS = new Set<FilterOperator>(['overlap', 'not_overlap']);
const NULL_OPS = new Set<FilterOperator>(['is_null', 'is_not_null']);

/** The typed filter and the raw tree, both checked, as one `and` tree (or undefined for none). */
export function checkCallsFilter(filter: CallsFilterInput | null | undefined, where: FilterTreeInput | null | undefined): Checked | undefined {
  const parts = [...typedParts(filter ?? {}, 'filter')];
  if (where) parts.push(checkTree(where, 'where', 1, { n: 0 }));
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { filters: parts, condition: 'and' };
}

function* typedParts(f: CallsFilterInput, arg: string): Generator<Checked> {
  if (f.direction != null) yield { field: 'direction', operator: '=', value: f.direction };
  if (f.isLost != null) yield { field: 'is_lost', operator: '=', value: f.isLost };
  // How array-of-object fields filter is undocumented (§6, §14): `overlap` on the item id is INFERRED.
  if (f.employeeIds != null) yield { field: 'employees', operator: 'overlap', value: nonEmpty(f.employeeIds, `${arg}.employeeIds`) };
  if (f.tagIds != null) yield { field: 'tags', operator: 'overlap', value: nonEmpty(f.tagIds, `${arg}.tagIds`) };
  if (f.contactPhoneNumbers != null) {
    const phones = nonEmpty(f.contactPhoneNumbers, `${arg}.contactPhoneNumbers`).map((p) => {
      const digits = normaliseLeelooPhone(p);
      if (!digits) throw badUserInput(`"${p.slice(0, 30)}" is not a phone number`, `${arg}.contactPhoneNumbers`);
      return digits;
    });
    yield { field: 'contact_phone_number', operator: 'in', value: phones };
  }
  if (f.virtualPhoneNumbers != null) {
    yield { field: 'virtual_phone_number', operator: 'in', value: nonEmpty(f.virtualPhoneNumbers, `${arg}.virtualPhoneNumbers`).map((p) => p.replace(/\D/g, '')) };
  }
  if (f.finishReasons != null) yield { field: 'finish_reason', operator: 'in', value: nonEmpty(f.finishReasons, `${arg}.finishReasons`) };
  if (f.sources != null) yield { field: 'source', operator: 'in', value: nonEmpty(f.sources, `${arg}.sources`) };
  if (f.campaignIds != null) yield { field: 'campaign_id', operator: 'in', value: nonEmpty(f.campaignIds, `${arg}.campaignIds`) };
  if (f.siteIds != null) yield { field: 'site_id', operator: 'in', value: nonEmpty(f.siteIds, `${arg}.siteIds`) };
  for (const [name, field] of [['waitDuration', 'wait_duration'], ['talkDuration', 'talk_duration'], ['totalDuration', 'total_duration']] as const) {
    const r = f[name];
    if (!r) continue;
    const where = `${arg}.${name}`;
    if (r.min == null && r.max == null) throw badUserInput('A range needs `min`, `max` or both', where);
    if ((r.min != null && r.min < 0) || (r.max != null && r.max < 0)) throw badUserInput('Durations are seconds and cannot be negative', where);
    if (r.min != null && r.max != null && r.min > r.max) throw badUserInput('`min` must not be greater than `max`', where);
    if (r.min != null) yield { field, operator: '>=', value: r.min };
    if (r.max != null) yield { field, operator: '<=', value: r.max };
  }
}

function nonEmpty<T>(list: readonly T[], where: string): T[] {
  if (list.length === 0) throw badUserInput('The list must not be empty (it would match nothing)', where);
  return [...new Set(list)];
}

function checkTree(node: FilterTreeInput, path: string, depth: number, count: { n: number }): Checked {
  if (++count.n > MAX_TREE_NODES) throw badUserInput(`A filter tree may have at most ${MAX_TREE_NODES} nodes`, 'where');
  if (depth > MAX_TREE_DEPTH) throw badUserInput(`A filter tree may nest at most ${MAX_TREE_DEPTH} levels`, path);
  const kinds = [node.field != null, node.and != null, node.or != null].filter(Boolean).length;
  if (kinds !== 1) throw badUserInput('Give exactly one of `field` (with `operator` and `value`), `and` or `or`', path);
  for (const condition of ['and', 'or'] as const) {
    const list = node[condition];
    if (list == null) continue;
    if (node.operator != null || node.value !== undefined) throw badUserInput(`\`${condition}\` takes no \`operator\` or \`value\``, path);
    if (list.length === 0) throw badUserInput(`\`${condition}\` needs at least one filter`, `${path}.${condition}`);
    return { condition, filters: list.map((child, i) => checkTree(child, `${path}.${condition}[${i}]`, depth + 1, count)) };
  }
  return checkSimple(node.field!, node.operator, node.value, path);
}

function checkSimple(field: string, operator: FilterOperator | null | undefined, value: unknown, path: string): Checked {
  const meta: UisFieldMeta | undefined = Object.hasOwn(CALLS_REPORT_FIELDS, field) ? CALLS_REPORT_FIELDS[field] : undefined;
  if (!meta) throw badUserInput(`"${field.slice(0, 60)}" is not a get.calls_report field`, `${path}.field`);
  if (!meta.filterable) throw badUserInput(`get.calls_report cannot filter by "${field}"`, `${path}.field`);
  if (operator == null) throw badUserInput('A filter on a field needs an `operator`', `${path}.operator`);
  const at = `${path}.value`;
  const bad = (why: string) => badUserInput(`\`${operator}\` on "${field}" (${meta.type}): ${why}`, at);
  if (NULL_OPS.has(operator)) {
    if (value != null) throw bad('takes no value');
    return { field, operator, value: null };
  }
  if (value === undefined) throw bad('needs a value');
  if (operator === 'jsquery') {
    if (typeof value !== 'string' && (typeof value !== 'object' || value === null)) throw bad('takes a jsquery expression');
    return { field, operator, value };
  }
  if (meta.type === 'array' || meta.type === 'object') {
    if (SCALAR_OPS.has(operator) && value === null) return { field, operator, value: null };
    if (!ARRAY_OPS.has(operator) || meta.type === 'object') throw bad('array fields take `overlap`, `not_overlap`, null checks or `jsquery`');
    const items = Array.isArray(value) ? value : [value];
    if (items.length === 0 || items.some((v) => typeof v !== 'string' && typeof v !== 'number')) throw bad('takes a string or number, or a non-empty list of them');
    return { field, operator, value: items };
  }
  if (ARRAY_OPS.has(operator)) throw bad('`overlap` works on array fields only');
  if (SCALAR_OPS.has(operator)) return { field, operator, value: value === null ? null : scalar(meta, value, bad) };
  if (ORDER_OPS.has(operator)) {
    if (meta.type !== 'number' && meta.type !== 'iso8601') throw bad('comparisons work on number and date fields only');
    return { field, operator, value: scalar(meta, value, bad) };
  }
  if (TEXT_OPS.has(operator)) {
    if (meta.type !== 'string' && meta.type !== 'enum') throw bad('text matching works on string fields only');
    if (typeof value !== 'string') throw bad('takes a string pattern');
    if (operator === 'regexp') {
      try {
        new RegExp(value);
      } catch {
        throw bad('is not a valid regular expression');
      }
    }
    return { field, operator, value };
  }
  if (LIST_OPS.has(operator)) {
    if (meta.type === 'boolean' || meta.type === 'iso8601') throw bad('lists work on number, string and enum fields');
    if (!Array.isArray(value) || value.length === 0) throw bad('takes a non-empty list');
    return { field, operator, value: value.map((v) => scalar(meta, v, bad)) };
  }
  throw bad('unknown operator');
}

/** A value of the field's documented type (§6 "Value types"); dates as ISO 8601 or wire text. */
function scalar(meta: UisFieldMeta, value: unknown, bad: (why: string) => Error): unknown {
  switch (meta.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw bad('takes a number');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw bad('takes true or false');
      return value;
    case 'iso8601': {
      if (typeof value !== 'string') throw bad('takes a date-time string');
      if (isUisDate(value)) return value;
      const d = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value) ? new Date(value) : undefined;
      if (!d || Number.isNaN(d.getTime())) throw bad('takes an ISO 8601 date-time with a zone, or `YYYY-MM-DD hh:mm:ss` in the account zone');
      return d;
    }
    default:
      if (typeof value !== 'string') throw bad('takes a string');
      return value;
  }
}

/** The checked filter on the wire, with Dates formatted in the account zone. */
export function toWireFilter(checked: Checked | undefined, zone: string): UisFilter | undefined {
  if (!checked) return undefined;
  if ('filters' in checked) return { condition: checked.condition, filters: checked.filters.map((c) => toWireFilter(c, zone)!) };
  const out: SimpleFilter = { field: checked.field, operator: checked.operator };
  if (checked.value !== undefined) out.value = (checked.value instanceof Date ? formatUisDate(checked.value, zone) : checked.value) as SimpleFilter['value'];
  return out;
}

export type CheckedFilter = Checked;

/** Sort items on sortable fields only (§7); the schema's enum already limits the names. */
export function checkSort(sort: ReadonlyArray<{ field: string; order?: 'asc' | 'desc' | null }> | null | undefined): SortItem[] {
  return (sort ?? []).map((s, i) => {
    if (!Object.hasOwn(CALLS_REPORT_FIELDS, s.field) || !CALLS_REPORT_FIELDS[s.field].sortable) {
      throw badUserInput(`get.calls_report cannot sort by "${s.field}"`, `sort[${i}].field`);
    }
    return { field: s.field, order: s.order ?? 'asc' };
  });
}
