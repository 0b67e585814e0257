import type { SimRequest, SimServer } from '../harness.js';
import type { SessionRecord } from './records.js';
import { compile, filtersOf, matchSessions } from './filters.js';
import { badRequest, body, conflict, empty, intParam, isInt, isObject, notFound, ok, requireQuery } from './http.js';
import type { ReporterState } from './state.js';
import type { SessionLabelDto } from './types.js';

type Add = (method: string, rel: string, h: Parameters<SimServer['route']>[2]) => void;

/** `{labelId}` (LabelIdDto, §2.5). */
export function labelIdOf(v: unknown): number {
  if (!isObject(v) || !isInt(v.labelId)) throw badRequest('label.invalid', 'Body must be {"labelId": int64}');
  return v.labelId;
}

export function labelIdList(v: unknown): number[] {
  if (!Array.isArray(v)) throw badRequest('label.invalid', 'Body must be [{"labelId": int64}, ...]');
  return v.map(labelIdOf);
}

/** `[{id, newPriority}]`, checked whole before anything changes. */
export function priorityChanges(v: unknown, exists: (id: number) => boolean): { id: number; newPriority: number }[] {
  if (!Array.isArray(v) || v.some((x) => !isObject(x) || !isInt(x.id) || !isInt(x.newPriority))) {
    throw badRequest('label.invalid', 'Body must be [{"id": int64, "newPriority": int32}, ...]');
  }
  const list = v as { id: number; newPriority: number }[];
  for (const x of list) if (!exists(x.id)) throw notFound('label', x.id);
  return list;
}

/**
 * Bulk labelling (§2.5): targets are `objectIds` or, without them, what `filters` match (INFERRED).
 * The action by comparisonType is a GUESS: CONTAINS/EXISTS add the labels, NOT_CONTAINS/NOT_EXISTS
 * remove them; NOT_IMPORTANT is refused.
 */
export function bulkSpec(v: unknown, labelExists: (id: number) => boolean): { add: boolean; labels: number[]; objectIds?: string[]; filters?: unknown[] } {
  if (!isObject(v) || typeof v.comparisonType !== 'string' || !Array.isArray(v.labels) || v.labels.some((x) => !isInt(x))) {
    throw badRequest('label.invalid_bulk', 'Body must be {"comparisonType", "labels": [int64], "objectIds"?, "filters"?}');
  }
  const add = v.comparisonType === 'CONTAINS' || v.comparisonType === 'EXISTS';
  if (!add && v.comparisonType !== 'NOT_CONTAINS' && v.comparisonType !== 'NOT_EXISTS') {
    throw badRequest('label.invalid_bulk', 'comparisonType must be CONTAINS, EXISTS, NOT_CONTAINS or NOT_EXISTS');
  }
  for (const id of v.labels as number[]) if (!labelExists(id)) throw notFound('label', id);
  if (v.objectIds !== undefined) {
    if (!Array.isArray(v.objectIds) || v.objectIds.some((x) => typeof x !== 'string')) throw badRequest('label.invalid_bulk', 'objectIds must be strings');
    return { add, labels: v.labels as number[], objectIds: v.objectIds as string[] };
  }
  if (v.filters === undefined) throw badRequest('label.invalid_bulk', 'Give objectIds or filters');
  return { add, labels: v.labels as number[], filters: filtersOf(v.filters) };
}

function labelCreate(v: unknown): { name: string; priority: number } {
  if (!isObject(v) || typeof v.name !== 'string' || v.name.trim() === '' || !isInt(v.priority)) {
    throw badRequest('label.invalid', 'Body must be {"name": string, "priority": int32}');
  }
  return { name: v.name, priority: v.priority };
}

/** Session labels: CRUD under `logs/labels/sessions`, links under `session-labels/...` (§3.7). */
export function registerSessionLabelRoutes(add: Add, st: ReporterState): void {
  const labels = st.sessionLabels;
  const get = (req: SimRequest) => labels.get(intParam(req, 'id')) ?? throwIt(notFound('label', req.params.id));
  const unique = (name: string, except?: number) => {
    for (const l of labels.values()) if (l.name === name && l.id !== except) throw conflict('label.already_exists', `Label ${name} already exists`);
  };
  const sorted = () => [...labels.values()].sort((a, b) => a.priority - b.priority || a.id - b.id).map((l) => ({ ...l }));

  add('GET', 'logs/labels/sessions', () => ok(sorted()));
  add('POST', 'logs/labels/sessions', (req) => {
    const b = labelCreate(body(req));
    unique(b.name);
    const label: SessionLabelDto = { id: st.newId(), ...b };
    labels.set(label.id, label);
    return ok({ ...label });
  });
  add('PUT', 'logs/labels/sessions/change-priority', (req) => {
    for (const c of priorityChanges(body(req), (id) => labels.has(id))) labels.get(c.id)!.priority = c.newPriority;
    return empty();
  });
  add('GET', 'logs/labels/sessions/:id', (req) => ok({ ...get(req) }));
  add('PUT', 'logs/labels/sessions/:id', (req) => {
    const label = get(req);
    const b = labelCreate(body(req));
    unique(b.name, label.id);
    Object.assign(label, b);
    return empty();
  });
  add('DELETE', 'logs/labels/sessions/:id', (req) => {
    const label = get(req);
    labels.delete(label.id);
    for (const set of st.sessionLinks.values()) set.delete(label.id);
    return empty();
  });
  add('PUT', 'session-labels/by-list', (req) => {
    const v = body(req);
    if (!Array.isArray(v) || v.some((x) => !isObject(x) || !isInt(x.id))) throw badRequest('label.invalid', 'Body must be [{"id": int64, "name"?, "priority"?}]');
    for (const x of v as Record<string, unknown>[]) if (!labels.has(x.id as number)) throw notFound('label', x.id as number);
    for (const x of v as Record<string, unknown>[]) {
      const l = labels.get(x.id as number)!;
      if (typeof x.name === 'string') l.name = x.name;
      if (isInt(x.priority)) l.priority = x.priority;
    }
    return empty();
  });

  const target = (req: SimRequest): SessionRecord => st.session(requireQuery(req, 'sessionId'));
  const known = (id: number) => (labels.has(id) ? id : throwIt(notFound('label', id)));
  const links = (s: SessionRecord) => st.sessionLinks.get(s.sessionId)!;

  add('POST', 'session-labels/sessions', (req) => {
    const s = target(req);
    links(s).add(known(labelIdOf(body(req))));
    return empty();
  });
  // DELETE with a JSON body (§3.7); removing a label the session lacks is a no-op.
  add('DELETE', 'session-labels/sessions', (req) => {
    const s = target(req);
    links(s).delete(known(labelIdOf(body(req))));
    return empty();
  });
  add('POST', 'session-labels/sessions/set-by-list', (req) => {
    const s = target(req);
    const ids = labelIdList(body(req)).map(known);
    const set = links(s);
    set.clear();
    for (const id of ids) set.add(id);
    return empty();
  });
  add('POST', 'session-labels/sessions/bulk-labeling', (req) => {
    const spec = bulkSpec(body(req), (id) => labels.has(id));
    const sessions = spec.objectIds ? spec.objectIds.map((id) => st.session(id)) : matchSessions(compile(spec.filters ?? [], st), st);
    for (const s of sessions) for (const id of spec.labels) (spec.add ? links(s).add(id) : links(s).delete(id));
    return empty();
  });
}

function throwIt(e: Error): never {
  throw e;
}
