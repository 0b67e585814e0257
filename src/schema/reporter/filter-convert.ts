import type { AnalyticsFilter } from '../../backends/reporter/filters.js';
import { badUserInput } from '../../gateway/errors.js';
import type { AdvancedFilterValue } from './filter-advanced.js';
import { TYPED_KEYS } from './filter-keys.js';
import type { DateRangeValue, KeyValueValue, NumberRangeValue, OptionsValue, TextFilterValue } from './filter-parts.js';
import type { ReporterFilterValue } from './filter-input.js';

/**
 * ReporterFilter → AnalyticsFilter[] (reporter-api.md §2.1). Rejects what the upstream would
 * refuse or silently misread (an inverted range, an empty option or value list, a key that is not
 * a FilterKey) with BAD_USER_INPUT naming the argument path, before any upstream call. Malformed
 * dates never get here: the DateTime scalar refuses them while the variables are coerced.
 */
export function toAnalyticsFilters(filter: ReporterFilterValue | null | undefined, argument = 'filter'): AnalyticsFilter[] {
  if (!filter) return [];
  const out: AnalyticsFilter[] = [];
  for (const k of TYPED_KEYS) {
    const v = filter[k.field];
    if (v === null || v === undefined) continue;
    const at = `${argument}.${k.field}`;
    switch (k.kind) {
      case 'text':
        out.push(text(k.key, v as TextFilterValue, at));
        break;
      case 'dateRange':
        out.push(dateRange(k.key, v as DateRangeValue, at));
        break;
      case 'numberRange':
        out.push(numberRange(k.key, v as NumberRangeValue, at));
        break;
      case 'checkbox':
      case 'tree':
        out.push(options(k.key, k.kind === 'tree' ? 'TREE' : 'CHECKBOX', v as OptionsValue, at));
        break;
      case 'yesNo':
        out.push({ key: k.key, type: 'RADIO', option: v ? 'YES' : 'NO' });
        break;
      case 'initiator':
      case 'transfer':
        out.push({ key: k.key, type: 'RADIO', option: v as string });
        break;
      case 'composite':
        out.push(composite(k.key, v as KeyValueValue[], at));
        break;
      case 'paths':
        out.push({ key: k.key, type: 'CUSTOM_FIELDS_IN_RESPONSE', responseDataJsonPaths: nonEmpty(v as string[], at) });
        break;
    }
  }
  (filter.advanced ?? []).forEach((a, i) => out.push(advanced(a, `${argument}.advanced[${i}]`)));
  return out;
}

const FILTER_KEY = /^[A-Z][A-Z0-9_]*$/;

function advanced(a: AdvancedFilterValue, at: string): AnalyticsFilter {
  const [variant, v] = Object.entries(a).find(([, x]) => x !== null && x !== undefined) ?? [];
  if (!variant || !v) throw badUserInput('Set exactly one filter type', at);
  const path = `${at}.${variant}`;
  const key = (v as { key: string }).key;
  if (!FILTER_KEY.test(key)) throw badUserInput(`"${key.slice(0, 40)}" is not a filter key (upper case letters, digits and _)`, `${path}.key`);
  switch (variant) {
    case 'text':
      return text(key, v as TextFilterValue, path);
    case 'dateTimeRange':
      return dateRange(key, v as DateRangeValue, path);
    case 'numericRange':
      return numberRange(key, v as NumberRangeValue, path);
    case 'checkbox':
    case 'tree':
      return options(key, variant === 'tree' ? 'TREE' : 'CHECKBOX', v as OptionsValue, path);
    case 'radio': {
      const option = (v as { option: string }).option;
      if (option.trim() === '') throw badUserInput('`option` must not be empty', `${path}.option`);
      return { key, type: 'RADIO', option };
    }
    case 'customFieldsInResponse':
      return { key, type: 'CUSTOM_FIELDS_IN_RESPONSE', responseDataJsonPaths: nonEmpty((v as { paths: string[] }).paths, `${path}.paths`) };
    case 'composite':
      return composite(key, (v as { conditions: KeyValueValue[] }).conditions, `${path}.conditions`);
    default:
      throw badUserInput(`Unknown filter type ${variant}`, at);
  }
}

function text(key: string, v: TextFilterValue, at: string): AnalyticsFilter {
  const comparisonType = v.comparison ?? 'CONTAINS';
  if (comparisonType !== 'NOT_IMPORTANT') nonEmpty(v.values, `${at}.values`);
  return { key, type: 'TEXT', values: v.values, comparisonType, isCaseSensitive: v.caseSensitive ?? false };
}

function dateRange(key: string, v: DateRangeValue, at: string): AnalyticsFilter {
  if (v.from && v.to && v.from.getTime() > v.to.getTime()) throw badUserInput('`from` is after `to`', at);
  // `yyyy-MM-ddTHH:mm:ss.SSSZ` is what the spec writes (§1.1); toISOString gives exactly that.
  return { key, type: 'DATE_TIME_RANGE', ...(v.from ? { from: v.from.toISOString() } : {}), ...(v.to ? { to: v.to.toISOString() } : {}) };
}

function numberRange(key: string, v: NumberRangeValue, at: string): AnalyticsFilter {
  if (v.from != null && v.to != null && v.from > v.to) throw badUserInput('`from` is greater than `to`', at);
  // Numbers, not the doc example's strings: the schema types them as double (§2.1).
  return { key, type: 'NUMERIC_RANGE', ...(v.from != null ? { from: v.from } : {}), ...(v.to != null ? { to: v.to } : {}) };
}

const OPTIONS_OPTIONAL = new Set(['EXISTS', 'NOT_EXISTS', 'NOT_IMPORTANT']);

function options(key: string, type: 'CHECKBOX' | 'TREE', v: OptionsValue, at: string): AnalyticsFilter {
  const comparisonType = v.comparison ?? 'CONTAINS';
  if (!OPTIONS_OPTIONAL.has(comparisonType)) nonEmpty(v.options, `${at}.options`);
  return { key, type, options: v.options, comparisonType };
}

/** `at` is the path of the condition list itself. */
function composite(key: string, conditions: KeyValueValue[], at: string): AnalyticsFilter {
  nonEmpty(conditions, at);
  conditions.forEach((c, i) => {
    if (c.key.trim() === '') throw badUserInput('`key` must not be empty', `${at}[${i}].key`);
  });
  const opts = conditions.map((c) => ({
    key: c.key,
    ...(c.value != null ? { value: c.value } : {}),
    caseSensitive: c.caseSensitive ?? false,
    comparisonOption: c.comparison ?? 'EQUALS',
  }));
  return { key, type: 'COMPOSITE_FILTER', options: opts };
}

function nonEmpty<T>(list: T[], at: string): T[] {
  if (list.length === 0) throw badUserInput(`\`${at}\` must not be an empty list`, at);
  return list;
}
