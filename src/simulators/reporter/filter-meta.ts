import type { SimServer } from '../harness.js';
import { CHECKBOX_COMPARISONS, COMPOSITE_COMPARISONS, KEY_BY_NAME, KEYS, TEXT_COMPARISONS, type KeySpec } from './filter-keys.js';
import { compile, filtersOf, matchMessages, matchSessions } from './filters.js';
import { badRequest, body, ok, pageQuery, requireQuery } from './http.js';
import type { ReporterState } from './state.js';
import type { FilterInfo, FilterOption, FilterSettings } from './types.js';

const SECTIONS = ['SESSIONS', 'CLIENTS'];

function section(value: string): string {
  if (!SECTIONS.includes(value)) throw badRequest('request.invalid_parameter', `analyticsSection must be one of ${SECTIONS.join(', ')}`);
  return value;
}

const options = (types: string[], def: string) => types.map((type) => ({ type, label: type.toLowerCase().replace(/_/g, ' '), isDefault: type === def }));

/** FilterInfo with the settings fields each type carries (§2.1 "Filter metadata models"). */
export function filterInfo(spec: KeySpec): FilterInfo {
  const settings: FilterSettings = { key: spec.key, type: spec.type, filterDependent: false, withFilterInput: spec.type === 'TEXT' };
  switch (spec.type) {
    case 'TEXT':
      Object.assign(settings, { placeholder: spec.label, comparisonOptions: options(TEXT_COMPARISONS, 'CONTAINS') });
      break;
    case 'DATE_TIME_RANGE':
      Object.assign(settings, { defaultValue: { offset: 7, unit: 'DAY' } });
      break;
    case 'CHECKBOX':
      Object.assign(settings, {
        placeholder: spec.label, comparisonOptions: options(CHECKBOX_COMPARISONS, 'CONTAINS'), defaultPageSizeForOptions: 20, staticOptions: [], filterDependent: true,
      });
      break;
    case 'TREE':
      Object.assign(settings, { placeholder: spec.label, comparisonOptions: options(CHECKBOX_COMPARISONS, 'CONTAINS'), altClickEnabled: true, filterDependent: true });
      break;
    case 'RADIO': {
      const radio = 'radio' in spec && spec.radio ? Object.keys(spec.radio) : [];
      Object.assign(settings, { comparisonOptions: [], staticOptions: radio.map((v) => ({ value: v, label: v, isSelected: v === radio[0] })) });
      break;
    }
    case 'COMPOSITE_FILTER':
      Object.assign(settings, {
        placeholder: 'key', popularLabel: 'Popular keys', description: 'Session data key and value',
        comparisonOptions: options(COMPOSITE_COMPARISONS, 'EQUALS').map((o) => ({ ...o, withInputField: o.type !== 'NOT_IMPORTANT' })),
      });
      break;
    case 'CUSTOM_FIELDS_IN_RESPONSE':
      Object.assign(settings, { placeholder: '$.field' });
      break;
  }
  return { key: spec.key, type: spec.type, label: spec.label, isDefault: spec.isDefault ?? false, isRequired: false, settings };
}

/** Values with their frequency under the other filters; TREE values get their ancestors too. */
function optionsFor(spec: KeySpec, st: ReporterState, filters: unknown[]): FilterOption[] {
  if ('radio' in spec && spec.radio) return Object.keys(spec.radio).map((v) => ({ value: v, label: v, isSelected: false }));
  const c = compile(filters, st, spec.key);
  const freq = new Map<string, number>();
  const bump = (v: string | undefined) => v !== undefined && freq.set(v, (freq.get(v) ?? 0) + 1);
  if (spec.level === 'message') for (const m of matchMessages(c, st)) spec.strings?.(m, st).forEach(bump);
  else if (spec.level === 'session') for (const s of matchSessions(c, st)) spec.strings?.(s, st).forEach(bump);
  else if (spec.level === 'client') for (const s of matchSessions(c, st)) spec.strings?.(st.clientOf(s)).forEach(bump);
  let labels = new Map<string, string>();
  if (spec.key === 'SESSION_LABELS') labels = new Map([...st.sessionLabels.values()].map((l) => [String(l.id), l.name]));
  if (spec.key === 'LOG_LABELS') labels = new Map([...st.messageLabels.values()].map((l) => [String(l.id), `${st.groups.get(l.groupId)?.name ?? ''}: ${l.name}`]));
  for (const v of labels.keys()) if (!freq.has(v)) freq.set(v, 0);
  const out: FilterOption[] = [];
  if (spec.type === 'TREE') {
    const children = new Map<string, Set<string>>();
    // Ancestors ("/Shop", "/Shop/Order") count every message of their subtree.
    for (const [value, n] of [...freq]) {
      const parts = value.split('/').filter(Boolean);
      for (let i = 1; i < parts.length; i++) {
        const parent = `/${parts.slice(0, i).join('/')}`;
        if (!children.has(parent)) children.set(parent, new Set());
        children.get(parent)!.add(`/${parts.slice(0, i + 1).join('/')}`);
        freq.set(parent, (freq.get(parent) ?? 0) + n);
      }
    }
    for (const [value, n] of freq) {
      const parts = value.split('/').filter(Boolean);
      const parentValue = parts.length > 1 ? `/${parts.slice(0, -1).join('/')}` : undefined;
      const kids = children.get(value);
      out.push({ value, label: parts[parts.length - 1] ?? value, isSelected: false, frequency: n, ...(parentValue ? { parentValue } : {}), ...(kids ? { childValues: [...kids].sort() } : {}) });
    }
  } else {
    for (const [value, n] of freq) out.push({ value, label: labels.get(value) ?? value, isSelected: false, frequency: n });
  }
  return out.sort((a, b) => (b.frequency ?? 0) - (a.frequency ?? 0) || (a.value < b.value ? -1 : 1));
}

export function registerFilterMetaRoutes(add: (method: string, rel: string, h: Parameters<SimServer['route']>[2]) => void, st: ReporterState): void {
  add('GET', 'filters', (req) => {
    const s = section(requireQuery(req, 'analyticsSection'));
    return ok(KEYS.filter((k) => s === 'SESSIONS' || k.clients).map(filterInfo));
  });

  add('POST', 'filter-options', (req) => {
    section(requireQuery(req, 'analyticsSection'));
    const key = requireQuery(req, 'filterKey');
    const spec = KEY_BY_NAME.get(key);
    if (!spec) throw badRequest('filter.unknown_key', `Unknown filter key ${key}`, { key });
    if (!['CHECKBOX', 'TREE', 'RADIO'].includes(spec.type)) throw badRequest('filter.no_options', `Filter ${key} of type ${spec.type} has no options`, { key });
    const p = pageQuery(req);
    const all = optionsFor(spec, st, filtersOf(body(req)));
    return ok(all.slice(p.page * p.size, (p.page + 1) * p.size));
  });
}
