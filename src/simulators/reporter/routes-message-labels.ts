import type { SimRequest, SimServer } from '../harness.js';
import type { LabelGroupRecord, MessageLabelRecord, MessageRecord } from './records.js';
import { compile, matchMessages } from './filters.js';
import { badRequest, body, empty, intParam, isInt, isObject, notFound, ok, requireQuery } from './http.js';
import { bulkSpec, labelIdList, labelIdOf, priorityChanges } from './routes-session-labels.js';
import type { ReporterState } from './state.js';

type Add = (method: string, rel: string, h: Parameters<SimServer['route']>[2]) => void;

/**
 * Message ("log") labels and their groups (§3.7). Literal paths are registered before `:id` ones
 * so that `groups`, `by-list` and `change-priority` are not read as ids.
 */
export function registerMessageLabelRoutes(add: Add, st: ReporterState): void {
  const labels = st.messageLabels;
  const groups = st.groups;
  const label = (req: SimRequest) => labels.get(intParam(req, 'id')) ?? throwIt(notFound('label', req.params.id));
  const group = (id: number) => groups.get(id) ?? throwIt(notFound('label_group', id));
  const sortedGroups = () => [...groups.values()].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || a.id - b.id).map((g) => ({ ...g }));

  /** MessageLabelCreate: the group is found by id, or by name and created when new (§2.5 INFERRED). */
  const create = (v: unknown): MessageLabelRecord => {
    if (!isObject(v) || typeof v.name !== 'string' || v.name.trim() === '' || !isInt(v.priority) || !isObject(v.group)) {
      throw badRequest('label.invalid', 'Body must be {"name": string, "priority": int32, "group": {"id"? , "name"}}');
    }
    const g = v.group;
    let target: LabelGroupRecord | undefined;
    if (isInt(g.id)) target = group(g.id);
    else if (typeof g.name === 'string' && g.name.trim() !== '') {
      target = [...groups.values()].find((x) => x.name === g.name);
      if (!target) {
        target = { id: st.newId(), name: g.name, priority: isInt(g.priority) ? g.priority : groups.size + 1 };
        groups.set(target.id, target);
      }
    } else throw badRequest('label.invalid', 'group needs an id or a name');
    const rec: MessageLabelRecord = { id: st.newId(), name: v.name, priority: v.priority, groupId: target.id };
    labels.set(rec.id, rec);
    return rec;
  };
  const removeLabel = (id: number) => {
    labels.delete(id);
    for (const set of st.messageLinks.values()) set.delete(id);
  };

  add('GET', 'message/labels', () => ok([...labels.values()].sort((a, b) => a.groupId - b.groupId || a.priority - b.priority).map((l) => st.messageLabelDto(l))));
  add('POST', 'message/labels', (req) => ok(st.messageLabelDto(create(body(req)))));
  add('PUT', 'message/labels/change-priority', (req) => {
    for (const c of priorityChanges(body(req), (id) => labels.has(id))) labels.get(c.id)!.priority = c.newPriority;
    return empty();
  });
  add('POST', 'message/labels/by-list', (req) => {
    const v = body(req);
    if (!Array.isArray(v)) throw badRequest('label.invalid', 'Body must be an array of MessageLabelCreate');
    v.forEach(create);
    return empty();
  });
  add('PUT', 'message/labels/by-list', (req) => {
    const v = body(req);
    if (!Array.isArray(v) || v.some((x) => !isObject(x) || !isInt(x.id))) throw badRequest('label.invalid', 'Body must be [{"id": int64, ...}]');
    const list = v as Record<string, unknown>[];
    for (const x of list) {
      if (!labels.has(x.id as number)) throw notFound('label', x.id as number);
      if (isInt(x.groupId)) group(x.groupId);
    }
    for (const x of list) {
      const l = labels.get(x.id as number)!;
      if (typeof x.name === 'string') l.name = x.name;
      if (isInt(x.priority)) l.priority = x.priority;
      if (isInt(x.groupId)) l.groupId = x.groupId;
      // GUESS: groupName/groupPriority edit the label's (new) group.
      const g = groups.get(l.groupId);
      if (g && typeof x.groupName === 'string') g.name = x.groupName;
      if (g && isInt(x.groupPriority)) g.priority = x.groupPriority;
    }
    return empty();
  });

  add('GET', 'message/labels/groups', () => ok(sortedGroups()));
  add('PUT', 'message/labels/groups', (req) => {
    const v = body(req);
    if (!Array.isArray(v) || v.some((x) => !isObject(x) || !isInt(x.id))) throw badRequest('label.invalid', 'Body must be [{"id": int64, "name"?, "priority"?}]');
    const list = v as Record<string, unknown>[];
    for (const x of list) group(x.id as number);
    for (const x of list) {
      const g = groups.get(x.id as number)!;
      if (typeof x.name === 'string') g.name = x.name;
      if (isInt(x.priority)) g.priority = x.priority;
    }
    return empty();
  });
  add('PUT', 'message/labels/groups/change-priority', (req) => {
    for (const c of priorityChanges(body(req), (id) => groups.has(id))) groups.get(c.id)!.priority = c.newPriority;
    return empty();
  });
  add('GET', 'message/labels/groups/:id', (req) => ok({ ...group(intParam(req, 'id')) }));
  add('PUT', 'message/labels/groups/:id', (req) => {
    const g = group(intParam(req, 'id'));
    const v = body(req);
    if (!isObject(v) || typeof v.name !== 'string' || v.name.trim() === '' || !isInt(v.priority)) {
      throw badRequest('label.invalid', 'Body must be {"name": string, "priority": int32}');
    }
    Object.assign(g, { name: v.name, priority: v.priority });
    return empty();
  });
  // GUESS: deleting a group deletes its labels (a label cannot live without a group, §2.5).
  add('DELETE', 'message/labels/groups/:id', (req) => {
    const g = group(intParam(req, 'id'));
    groups.delete(g.id);
    for (const l of [...labels.values()]) if (l.groupId === g.id) removeLabel(l.id);
    return empty();
  });

  const target = (req: SimRequest): MessageRecord => st.message(requireQuery(req, 'questionId'));
  const known = (id: number) => (labels.has(id) ? id : throwIt(notFound('label', id)));

  add('POST', 'message/labels/logs', (req) => {
    const m = target(req);
    st.messageLabelIds(m.questionId).add(known(labelIdOf(body(req))));
    return empty();
  });
  add('DELETE', 'message/labels/logs', (req) => {
    const m = target(req);
    st.messageLabelIds(m.questionId).delete(known(labelIdOf(body(req))));
    return empty();
  });
  add('POST', 'message/labels/logs/set-by-list', (req) => {
    const m = target(req);
    const ids = labelIdList(body(req)).map(known);
    const set = st.messageLabelIds(m.questionId);
    set.clear();
    for (const id of ids) set.add(id);
    return empty();
  });
  add('POST', 'message/labels/logs/bulk-labeling', (req) => {
    const spec = bulkSpec(body(req), (id) => labels.has(id));
    const ms = spec.objectIds ? spec.objectIds.map((id) => st.message(id)) : matchMessages(compile(spec.filters ?? [], st), st);
    for (const m of ms) {
      const set = st.messageLabelIds(m.questionId);
      for (const id of spec.labels) (spec.add ? set.add(id) : set.delete(id));
    }
    return empty();
  });

  // Last: `:id` would otherwise swallow `logs`, `groups`, `by-list` and `change-priority`.
  add('GET', 'message/labels/:id', (req) => ok(st.messageLabelDto(label(req))));
  add('PUT', 'message/labels/:id', (req) => {
    const l = label(req);
    const v = body(req);
    if (!isObject(v) || typeof v.name !== 'string' || v.name.trim() === '' || !isInt(v.groupId) || !isInt(v.priority)) {
      throw badRequest('label.invalid', 'Body must be {"name": string, "groupId": int64, "priority": int32}');
    }
    group(v.groupId);
    Object.assign(l, { name: v.name, groupId: v.groupId, priority: v.priority });
    return empty();
  });
  add('DELETE', 'message/labels/:id', (req) => {
    removeLabel(label(req).id);
    return empty();
  });
}

function throwIt(e: Error): never {
  throw e;
}
