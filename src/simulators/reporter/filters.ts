import type { ClientRecord, MessageRecord, SessionRecord } from './records.js';
import { CHECKBOX_COMPARISONS, COMPOSITE_COMPARISONS, KEY_BY_NAME, TEXT_COMPARISONS, UNSUPPORTED_KEYS, type KeySpec } from './filter-keys.js';
import { badRequest, isObject } from './http.js';
import type { ReporterState } from './state.js';

export interface Compiled {
  client: ((c: ClientRecord) => boolean)[];
  session: ((s: SessionRecord) => boolean)[];
  message: ((m: MessageRecord) => boolean)[];
  /** CUSTOM_FIELDS_IN_RESPONSE paths to copy into customFields. */
  customPaths: string[];
}

/** Reads `{filters: [...]}` (FiltersDto; an empty body means no filtering, §2.1 INFERRED). */
export function filtersOf(body: unknown): unknown[] {
  if (body === undefined || body === null) return [];
  if (!isObject(body) || (body.filters !== undefined && !Array.isArray(body.filters))) {
    throw badRequest('filter.malformed', 'Body must be {"filters": [...]}');
  }
  return (body.filters as unknown[] | undefined) ?? [];
}

/**
 * Validates filters and turns them into predicates per level. A wrong type for a key, an unknown
 * key or a missing required field is a 400 (§1.2 GUESS), never silently ignored.
 * `skipKey` leaves one key out (filter-options counts a key's values under the other filters).
 */
export function compile(filters: unknown[], st: ReporterState, skipKey?: string): Compiled {
  const out: Compiled = { client: [], session: [], message: [], customPaths: [] };
  filters.forEach((raw, index) => {
    if (!isObject(raw) || typeof raw.key !== 'string' || typeof raw.type !== 'string') {
      throw badRequest('filter.malformed', `filters[${index}] needs string 'key' and 'type'`, { index });
    }
    const spec = KEY_BY_NAME.get(raw.key);
    if (!spec) {
      if (UNSUPPORTED_KEYS.has(raw.key)) throw badRequest('filter.unsupported_key', `Filter key ${raw.key} is not supported here`, { key: raw.key });
      throw badRequest('filter.unknown_key', `Unknown filter key ${raw.key}`, { key: raw.key });
    }
    if (spec.type !== raw.type) {
      throw badRequest('filter.wrong_type', `Filter ${raw.key} has type ${spec.type}, not ${raw.type}`, { key: raw.key, expected: spec.type });
    }
    if (raw.key === skipKey) return;
    addPredicate(out, spec, raw, st);
  });
  return out;
}

function addPredicate(out: Compiled, spec: KeySpec, f: Record<string, unknown>, st: ReporterState): void {
  if (spec.level === 'projection') {
    const paths = f.responseDataJsonPaths ?? [];
    if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string')) throw invalid(spec, 'responseDataJsonPaths must be strings');
    out.customPaths.push(...(paths as string[]));
    return;
  }
  // One branch per level keeps the getters' record types intact.
  if (spec.level === 'session' && spec.radio) return void out.session.push(radioTest(spec.radio, f, spec));
  if (spec.level === 'message' && spec.radio) return void out.message.push(radioTest(spec.radio, f, spec));
  const test = valueTest(spec, f);
  if (!test) return;
  if (spec.level === 'client') out.client.push((c) => test({ strings: spec.strings?.(c), time: spec.time?.(c) }));
  else if (spec.level === 'session') {
    out.session.push((s) => test({ strings: spec.strings?.(s, st), time: spec.time?.(s), num: spec.num?.(s), data: spec.data?.(s) }));
  } else out.message.push((m) => test({ strings: spec.strings?.(m, st), time: spec.time?.(m) }));
}

interface Values {
  strings?: (string | undefined)[];
  time?: number;
  num?: number;
  data?: Record<string, string>;
}

function radioTest<T>(radio: Record<string, (x: T) => boolean>, f: Record<string, unknown>, spec: KeySpec): (x: T) => boolean {
  const option = f.option;
  if (typeof option !== 'string' || !Object.hasOwn(radio, option)) throw invalid(spec, `option must be one of ${Object.keys(radio).join(', ')}`);
  return radio[option];
}

/** The test for one filter's values, or undefined when it filters nothing (NOT_IMPORTANT). */
function valueTest(spec: KeySpec, f: Record<string, unknown>): ((v: Values) => boolean) | undefined {
  switch (spec.type) {
    case 'TEXT': {
      const values = stringArray(f.values, spec, 'values');
      const cmp = f.comparisonType;
      if (typeof cmp !== 'string' || !TEXT_COMPARISONS.includes(cmp)) throw invalid(spec, `comparisonType must be one of ${TEXT_COMPARISONS.join(', ')}`);
      if (f.isCaseSensitive !== undefined && typeof f.isCaseSensitive !== 'boolean') throw invalid(spec, 'isCaseSensitive must be a boolean');
      if (cmp === 'NOT_IMPORTANT' || values.length === 0) return undefined;
      const cs = f.isCaseSensitive === true;
      const norm = (s: string) => (cs ? s : s.toLowerCase());
      const wanted = values.map(norm);
      const hit = (s: string) => (cmp === 'EQUALS' ? wanted.includes(norm(s)) : wanted.some((w) => norm(s).includes(w)));
      const any = (v: Values) => (v.strings ?? []).some((s) => s !== undefined && hit(s));
      return cmp === 'NOT_CONTAINS' ? (v) => !any(v) : any;
    }
    case 'DATE_TIME_RANGE': {
      const from = optionalTime(f.from, spec, 'from');
      const to = optionalTime(f.to, spec, 'to');
      if (from !== undefined && to !== undefined && from > to) throw invalid(spec, 'from must not be after to');
      return (v) => v.time !== undefined && (from === undefined || v.time >= from) && (to === undefined || v.time <= to);
    }
    case 'NUMERIC_RANGE': {
      // The doc example sends "20"/"50" as strings (§2.1): accept numeric strings too.
      const from = optionalNumber(f.from, spec, 'from');
      const to = optionalNumber(f.to, spec, 'to');
      return (v) => v.num !== undefined && (from === undefined || v.num >= from) && (to === undefined || v.num <= to);
    }
    case 'CHECKBOX':
    case 'TREE': {
      const options = stringArray(f.options, spec, 'options');
      const cmp = f.comparisonType ?? 'CONTAINS';
      if (typeof cmp !== 'string' || !CHECKBOX_COMPARISONS.includes(cmp)) throw invalid(spec, `comparisonType must be one of ${CHECKBOX_COMPARISONS.join(', ')}`);
      if (cmp === 'NOT_IMPORTANT') return undefined;
      // TREE options also match their descendants: "/Shop" selects "/Shop/Order/Status".
      const tree = spec.type === 'TREE';
      const hit = (s: string) => options.some((o) => s === o || (tree && s.startsWith(o.endsWith('/') ? o : `${o}/`)));
      const present = (v: Values) => (v.strings ?? []).filter((s): s is string => s !== undefined);
      if (cmp === 'EXISTS') return (v) => present(v).length > 0;
      if (cmp === 'NOT_EXISTS') return (v) => present(v).length === 0;
      if (options.length === 0) return undefined;
      return cmp === 'NOT_CONTAINS' ? (v) => !present(v).some(hit) : (v) => present(v).some(hit);
    }
    case 'COMPOSITE_FILTER': {
      const options = f.options ?? [];
      if (!Array.isArray(options)) throw invalid(spec, 'options must be an array');
      const tests = options.map((o, i) => compositeTest(o, spec, i));
      return (v) => tests.every((t) => t(v.data ?? {}));
    }
    case 'RADIO':
      return undefined; // handled by radioTest before this
    default:
      throw invalid(spec, `unsupported type ${spec.type}`);
  }
}

function compositeTest(o: unknown, spec: KeySpec, i: number): (data: Record<string, string>) => boolean {
  if (!isObject(o) || typeof o.key !== 'string' || typeof o.comparisonOption !== 'string' || !COMPOSITE_COMPARISONS.includes(o.comparisonOption)) {
    throw invalid(spec, `options[${i}] needs key and comparisonOption (${COMPOSITE_COMPARISONS.join(', ')})`);
  }
  if (o.value !== undefined && typeof o.value !== 'string') throw invalid(spec, `options[${i}].value must be a string`);
  const key = o.key;
  const cmp = o.comparisonOption;
  const cs = o.caseSensitive === true;
  const want = cs ? (o.value ?? '') : (o.value ?? '').toLowerCase();
  return (data) => {
    const raw = data[key];
    // NOT_IMPORTANT: the key only has to be there (GUESS §2.1); negations hold for a missing key.
    if (raw === undefined) return cmp === 'NOT_EQUALS' || cmp === 'NOT_CONTAINS';
    const v = cs ? raw : raw.toLowerCase();
    switch (cmp) {
      case 'EQUALS': return v === want;
      case 'NOT_EQUALS': return v !== want;
      case 'CONTAINS': return v.includes(want);
      case 'NOT_CONTAINS': return !v.includes(want);
      case 'STARTS_WITH': return v.startsWith(want);
      case 'ENDS_WITH': return v.endsWith(want);
      default: return true;
    }
  };
}

function stringArray(v: unknown, spec: KeySpec, field: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw invalid(spec, `${field} must be an array of strings`);
  return v as string[];
}

function optionalTime(v: unknown, spec: KeySpec, field: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  const ms = typeof v === 'string' ? Date.parse(v) : Number.NaN;
  if (Number.isNaN(ms)) throw invalid(spec, `${field} must be a date-time like 2021-02-14T21:00:00.234Z`);
  return ms;
}

function optionalNumber(v: unknown, spec: KeySpec, field: string): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  if (!Number.isFinite(n)) throw invalid(spec, `${field} must be a number`);
  return n;
}

function invalid(spec: KeySpec, message: string) {
  return badRequest('filter.invalid', `Filter ${spec.key}: ${message}`, { key: spec.key });
}

// Matching: message-level filters hold for one message of the session ("a message in that week
// with that text"); client-level filters look at the session's client.

export function sessionMatches(c: Compiled, s: SessionRecord, st: ReporterState): boolean {
  if (c.client.length && !c.client.every((p) => p(st.clientOf(s)))) return false;
  if (!c.session.every((p) => p(s))) return false;
  if (!c.message.length) return true;
  return (st.messagesBySession.get(s.sessionId) ?? []).some((m) => c.message.every((p) => p(m)));
}

export function matchSessions(c: Compiled, st: ReporterState): SessionRecord[] {
  return st.sessions.filter((s) => sessionMatches(c, s, st));
}

/** Matching messages, newest first. */
export function matchMessages(c: Compiled, st: ReporterState): MessageRecord[] {
  const out: MessageRecord[] = [];
  for (const s of st.sessions) {
    if (c.client.length && !c.client.every((p) => p(st.clientOf(s)))) continue;
    if (!c.session.every((p) => p(s))) continue;
    const ms = st.messagesBySession.get(s.sessionId) ?? [];
    for (let i = ms.length - 1; i >= 0; i--) if (c.message.every((p) => p(ms[i]))) out.push(ms[i]);
  }
  return out;
}

/** Matching clients, most recently active first; session or message filters need one matching session. */
export function matchClients(c: Compiled, st: ReporterState): ClientRecord[] {
  const deep = c.session.length > 0 || c.message.length > 0;
  return st.clients
    .filter((cl) => c.client.every((p) => p(cl)))
    .filter((cl) => !deep || cl.sessionIds.some((id) => sessionMatches(c, st.session(id), st)))
    .sort((a, b) => b.lastVisitMs - a.lastVisitMs || (a.key < b.key ? -1 : 1));
}
