import { notFound } from './http.js';
import type {
  ClientRecord,
  ExperimentRecord,
  LabelGroupRecord,
  MessageLabelRecord,
  MessageRecord,
  ReporterData,
  SessionRecord,
  TaskState,
} from './records.js';
import type { ClientExtendedInfo, ExtendedMessage, Message, MessageLabelDto, SessionInfo, SessionLabelDto } from './types.js';

interface BlockState {
  isBlocked: boolean;
  blockReason?: string;
  blockedBy?: number;
  blockDate?: string;
}

/**
 * What a simulator changes during its life. The dataset is never mutated (several simulators may
 * share it); label links, comments, blocks, labels, experiments and tasks are copied here.
 * Label links hold ids and are resolved at render time, so renames show everywhere at once.
 * Sessions and messages that arrive during the run (activity.ts) are kept here too, over the
 * dataset's: every route reads `sessions`, `clients` and the lookups below, never the dataset's lists.
 */
export class ReporterState {
  readonly sessionLabels = new Map<number, SessionLabelDto>();
  readonly groups = new Map<number, LabelGroupRecord>();
  readonly messageLabels = new Map<number, MessageLabelRecord>();
  readonly sessionLinks = new Map<string, Set<number>>();
  readonly messageLinks = new Map<string, Set<number>>();
  readonly comments = new Map<string, string>();
  readonly blocks = new Map<string, BlockState>();
  readonly experiments = new Map<string, ExperimentRecord>();
  readonly tasks = new Map<string, TaskState>();
  readonly messagesBySession = new Map<string, MessageRecord[]>();
  /** Sessions that arrived during the run, oldest first (all newer than the dataset's). */
  private readonly arrived: SessionRecord[] = [];
  /** `sessions` and `clients` as last built; dropped when a session arrives. */
  private merged: { sessions?: readonly SessionRecord[]; clients?: readonly ClientRecord[] } = {};
  private readonly arrivedById = new Map<string, SessionRecord>();
  private readonly arrivedMessages = new Map<string, MessageRecord>();
  /** Clients with a session that arrived during the run: copies with their new session and visit. */
  private readonly revisited = new Map<string, ClientRecord>();
  private nextId = 1000;

  constructor(readonly data: ReporterData) {
    for (const l of data.sessionLabels) this.sessionLabels.set(l.id, { ...l });
    for (const g of data.labelGroups) this.groups.set(g.id, { ...g });
    for (const l of data.messageLabels) this.messageLabels.set(l.id, { ...l });
    for (const s of data.sessions) {
      this.sessionLinks.set(s.sessionId, new Set(s.labelIds));
      this.messagesBySession.set(s.sessionId, s.questionIds.map((q) => data.messageById.get(q)!));
    }
    for (const m of data.messages) {
      if (m.labelIds.length) this.messageLinks.set(m.questionId, new Set(m.labelIds));
      if (m.comment) this.comments.set(m.questionId, m.comment);
    }
    for (const t of data.reportTasks) this.tasks.set(t.taskId, { dto: { ...t }, createdMs: Date.parse(t.creationTime), frozen: true });
    for (const e of data.experiments) this.experiments.set(e.key, { ...e, branches: e.branches.map((b) => ({ ...b })), joined: new Map(e.joined) });
  }

  /** A fresh int64 id for labels and groups: never reused, above every generated id. */
  newId(): number {
    return this.nextId++;
  }

  /** Every session, newest first, as `sessions/filter` lists them. */
  get sessions(): readonly SessionRecord[] {
    if (!this.arrived.length) return this.data.sessions;
    return (this.merged.sessions ??= [...this.arrived].reverse().concat(this.data.sessions));
  }

  /** Every client, in the dataset's order, with what the run changed. */
  get clients(): readonly ClientRecord[] {
    if (!this.revisited.size) return this.data.clients;
    return (this.merged.clients ??= this.data.clients.map((c) => this.revisited.get(c.key) ?? c));
  }

  findSession(sessionId: string): SessionRecord | undefined {
    return this.arrivedById.get(sessionId) ?? this.data.sessionById.get(sessionId);
  }

  session(sessionId: string): SessionRecord {
    return this.findSession(sessionId) ?? throwIt(notFound('session', sessionId));
  }

  message(questionId: string): MessageRecord {
    return this.arrivedMessages.get(questionId) ?? this.data.messageById.get(questionId) ?? throwIt(notFound('message', questionId));
  }

  client(botId: string, clientId: string): ClientRecord {
    return this.clientByKey(`${botId}:${clientId}`) ?? throwIt(notFound('client', clientId));
  }

  clientOf(s: SessionRecord): ClientRecord {
    return this.clientByKey(s.clientKey)!;
  }

  clientByKey(key: string): ClientRecord | undefined {
    return this.revisited.get(key) ?? this.data.clientByKey.get(key);
  }

  /** A session that starts now, of a known client; its messages follow with `addMessage`. */
  addSession(session: SessionRecord): void {
    this.arrived.push(session);
    this.merged = {};
    this.arrivedById.set(session.sessionId, session);
    this.sessionLinks.set(session.sessionId, new Set());
    this.messagesBySession.set(session.sessionId, []);
    const client = this.clientOf(session);
    this.revisited.set(client.key, {
      ...client,
      sessionIds: [...client.sessionIds, session.sessionId],
      lastSessionId: session.sessionId,
      lastVisitMs: session.startMs,
      lastVisitDate: session.startTime,
    });
  }

  /** The next message of a session that arrived (its time has come). */
  addMessage(m: MessageRecord): void {
    this.arrivedMessages.set(m.questionId, m);
    this.messagesBySession.get(m.sessionId)?.push(m);
  }

  sessionLabelIds(sessionId: string): Set<number> {
    return this.sessionLinks.get(sessionId) ?? new Set();
  }

  messageLabelIds(questionId: string): Set<number> {
    let set = this.messageLinks.get(questionId);
    if (!set) this.messageLinks.set(questionId, (set = new Set()));
    return set;
  }

  labelsOfSession(sessionId: string): SessionLabelDto[] {
    const out: SessionLabelDto[] = [];
    for (const id of this.sessionLabelIds(sessionId)) {
      const l = this.sessionLabels.get(id);
      if (l) out.push({ ...l });
    }
    return out.sort((a, b) => a.priority - b.priority || a.id - b.id);
  }

  messageLabelDto(l: MessageLabelRecord): MessageLabelDto {
    const g = this.groups.get(l.groupId);
    return { id: l.id, name: l.name, priority: l.priority, group: g ? { ...g } : { id: l.groupId, name: '' } };
  }

  labelsOfMessage(questionId: string): MessageLabelDto[] {
    const out: MessageLabelDto[] = [];
    for (const id of this.messageLinks.get(questionId) ?? []) {
      const l = this.messageLabels.get(id);
      if (l) out.push(this.messageLabelDto(l));
    }
    return out.sort((a, b) => a.priority - b.priority || a.id - b.id);
  }

  sessionDto(s: SessionRecord, withLabels: boolean, customPaths?: string[]): SessionInfo {
    const { clientKey: _k, startMs: _s, endMs: _e, labelIds: _l, transfer: _t, initiator: _i, questionIds: _q, ...wire } = s;
    const dto: SessionInfo = { ...wire, client: { ...s.client } };
    if (withLabels) dto.labels = this.labelsOfSession(s.sessionId);
    if (customPaths?.length) dto.customFields = customFields(s.responseData, customPaths);
    return dto;
  }

  messageDto(m: MessageRecord, customPaths?: string[]): Message {
    const { tsMs: _t, labelIds: _l, comment: _c, ...wire } = m;
    const dto: Message = { ...wire, labels: this.labelsOfMessage(m.questionId) };
    const comment = this.comments.get(m.questionId);
    if (comment !== undefined) dto.comment = comment;
    if (customPaths?.length) dto.customFields = customFields(m.responseData, customPaths);
    return dto;
  }

  /** `messages/filter` items carry session context and no `status` (§2.3 CONFIRMED). */
  extendedMessageDto(m: MessageRecord, customPaths?: string[]): ExtendedMessage {
    const { status: _status, ...message } = this.messageDto(m, customPaths);
    const s = this.session(m.sessionId);
    const dto: ExtendedMessage = {
      ...message,
      projectShortName: s.projectShortName,
      channelType: s.channelType,
      botId: s.botId,
      client: { ...s.client },
      sessionStartTime: s.startTime,
      sessionLabels: this.labelsOfSession(s.sessionId),
    };
    if (s.callTaskId !== undefined) dto.callTaskId = s.callTaskId;
    if (s.isCallIncoming !== undefined) dto.isCallIncoming = s.isCallIncoming;
    return dto;
  }

  clientDto(c: ClientRecord): ClientExtendedInfo {
    const { key: _k, joinMs: _j, lastVisitMs: _l, sessionIds: _s, isBlocked, blockReason, blockedBy, blockDate, ...wire } = c;
    const block = this.blocks.get(c.key) ?? { isBlocked, blockReason, blockedBy, blockDate };
    const dto: ClientExtendedInfo = { ...wire, isBlocked: block.isBlocked };
    if (block.isBlocked) Object.assign(dto, { blockReason: block.blockReason, blockedBy: block.blockedBy, blockDate: block.blockDate });
    return dto;
  }

  isBlocked(c: ClientRecord): boolean {
    return this.blocks.get(c.key)?.isBlocked ?? c.isBlocked;
  }
}

/** Picks responseData fields by path (`$.order.id` or `order.id`) into customFields (§2.1 INFERRED). */
export function customFields(source: Record<string, unknown> | undefined, paths: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    let cur: unknown = source;
    for (const part of path.replace(/^\$\.?/, '').split('.').filter(Boolean)) {
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
    }
    if (cur !== undefined) out[path] = cur;
  }
  return out;
}

function throwIt(e: Error): never {
  throw e;
}
