import type { ClientRecord, MessageRecord, SessionRecord } from './records.js';
import type { ReporterState } from './state.js';
import type { FilterType } from './types.js';

/** Which record a filter key looks at: a session's client, the session, or one of its messages. */
export type Level = 'client' | 'session' | 'message';

interface Base {
  key: string;
  type: FilterType;
  label: string;
  /** Published by `GET filters` for the CLIENTS section too (SESSIONS lists every key). */
  clients?: boolean;
  isDefault?: boolean;
}

/** How each key reads its values; one getter per kind so the compiler can type the predicates. */
export type KeySpec = Base &
  (
    | { level: 'client'; strings?: (c: ClientRecord) => (string | undefined)[]; time?: (c: ClientRecord) => number }
    | { level: 'session'; strings?: (s: SessionRecord, st: ReporterState) => (string | undefined)[]; time?: (s: SessionRecord) => number; num?: (s: SessionRecord) => number; radio?: Record<string, (s: SessionRecord) => boolean>; data?: (s: SessionRecord) => Record<string, string> }
    | { level: 'message'; strings?: (m: MessageRecord, st: ReporterState) => (string | undefined)[]; time?: (m: MessageRecord) => number; radio?: Record<string, (m: MessageRecord) => boolean> }
    | { level: 'projection' }
  );

const all = () => true;

/**
 * The simulator's key → type mapping, published by `GET filters` (§3.9). Types follow the spec's
 * table (§2.1): CONFIRMED for MESSAGE_TIME, SESSION_START_TIME, WITHOUT_EMPTY_SESSIONS,
 * MESSAGE_COUNT and CHANNEL_TYPE; the rest are the spec's GUESSes (labels as CHECKBOX, NLP paths
 * as TREE, SESSION_DATA as COMPOSITE_FILTER). RADIO vocabularies are the spec's option enums.
 * Label options are label ids as strings (GUESS). For "NO" on WITHOUT_EMPTY_* we filter nothing
 * (GUESS: it means "do not exclude"), as NOT_IMPORTANT does.
 */
export const KEYS: KeySpec[] = [
  { key: 'SESSION_ID', type: 'TEXT', label: 'Session ID', level: 'session', strings: (s) => [s.sessionId] },
  { key: 'SESSION_START_TIME', type: 'DATE_TIME_RANGE', label: 'Session start', level: 'session', time: (s) => s.startMs, isDefault: true, clients: true },
  { key: 'SESSION_END_TIME', type: 'DATE_TIME_RANGE', label: 'Session end', level: 'session', time: (s) => s.endMs },
  { key: 'SESSION_LABELS', type: 'CHECKBOX', label: 'Session labels', level: 'session', strings: (s, st) => [...st.sessionLabelIds(s.sessionId)].map(String) },
  { key: 'SESSION_RESULT', type: 'CHECKBOX', label: 'Session result', level: 'session', strings: (s) => [s.sessionResult] },
  { key: 'INITIATOR', type: 'RADIO', label: 'Initiator', level: 'session', radio: { ANY: all, CLIENT: (s) => s.initiator === 'CLIENT', BOT: (s) => s.initiator === 'BOT' } },
  { key: 'CALL_TASK_ID', type: 'CHECKBOX', label: 'Call campaign', level: 'session', strings: (s) => [s.callTaskId === undefined ? undefined : String(s.callTaskId)] },
  { key: 'CHANNEL_TYPE', type: 'CHECKBOX', label: 'Channel type', level: 'client', strings: (c) => [c.channelType], isDefault: true, clients: true },
  { key: 'BOT_ID', type: 'CHECKBOX', label: 'Channel', level: 'client', strings: (c) => [c.botId], clients: true },
  {
    key: 'CLIENT_ID_OR_NAME', type: 'TEXT', label: 'Client', level: 'client', clients: true, isDefault: true,
    strings: (c) => [c.id, [c.firstName, c.lastName].filter(Boolean).join(' ') || undefined, c.username],
  },
  { key: 'CLIENT_JOIN_TIME', type: 'DATE_TIME_RANGE', label: 'First visit', level: 'client', time: (c) => c.joinMs, clients: true },
  { key: 'CLIENT_LAST_ACTIVITY_TIME', type: 'DATE_TIME_RANGE', label: 'Last activity', level: 'client', time: (c) => c.lastVisitMs, clients: true },
  { key: 'MESSAGE_TIME', type: 'DATE_TIME_RANGE', label: 'Message time', level: 'message', time: (m) => m.tsMs, isDefault: true },
  { key: 'MESSAGE_TEXT', type: 'TEXT', label: 'Client phrase', level: 'message', strings: (m) => [m.question] },
  { key: 'ANSWER_TEXT', type: 'TEXT', label: 'Bot answer', level: 'message', strings: (m) => [m.textAnswer] },
  { key: 'MESSAGE_COUNT', type: 'NUMERIC_RANGE', label: 'Message count', level: 'session', num: (s) => s.questionCount ?? 0 },
  { key: 'LOG_LABELS', type: 'CHECKBOX', label: 'Message labels', level: 'message', strings: (m, st) => [...(st.messageLinks.get(m.questionId) ?? [])].map(String) },
  { key: 'COMMENT_TEXT', type: 'TEXT', label: 'Comment', level: 'message', strings: (m, st) => [st.comments.get(m.questionId)] },
  { key: 'NLP_CLASS', type: 'TREE', label: 'Class', level: 'message', strings: (m) => [m.nlpInfo?.nlpClass] },
  { key: 'NLP_STATE', type: 'TREE', label: 'State', level: 'message', strings: (m) => [m.nlpInfo?.nlpState] },
  { key: 'INTENT', type: 'CHECKBOX', label: 'Intent', level: 'message', strings: (m) => [m.nlpInfo?.ruleType === 'intent' ? m.nlpInfo.rule : undefined] },
  {
    key: 'TRANSFER_TO_OPERATOR', type: 'RADIO', label: 'Transfer to operator', level: 'session',
    radio: { ANY: all, WITH_TRANSFER: (s) => s.transfer, WITHOUT_TRANSFER: (s) => !s.transfer },
  },
  {
    key: 'WITHOUT_EMPTY_SESSIONS', type: 'RADIO', label: 'Without empty sessions', level: 'session',
    radio: { YES: (s) => (s.questionCount ?? 0) > 0, NO: all, NOT_IMPORTANT: all },
  },
  { key: 'WITHOUT_EMPTY_MESSAGES', type: 'RADIO', label: 'Without empty messages', level: 'message', radio: { YES: (m) => !!m.question, NO: all, NOT_IMPORTANT: all } },
  {
    key: 'EXCEPTION_EXISTENCE', type: 'RADIO', label: 'Errors', level: 'message',
    radio: { YES: (m) => !!m.exception, NO: (m) => !m.exception, NOT_IMPORTANT: all },
  },
  { key: 'SESSION_DATA', type: 'COMPOSITE_FILTER', label: 'Session data', level: 'session', data: (s) => s.sessionData ?? {} },
  { key: 'CUSTOM_FIELDS_IN_RESPONSE', type: 'CUSTOM_FIELDS_IN_RESPONSE', label: 'Fields from responseData', level: 'projection' },
];

export const KEY_BY_NAME = new Map(KEYS.map((k) => [k.key, k]));

/** Legacy keys (§2.1) the simulator knows but cannot evaluate: 400 with a clear message. */
export const UNSUPPORTED_KEYS = new Set(['MESSAGE_TYPE', 'STATE_ROUTES']);

export const TEXT_COMPARISONS = ['NOT_IMPORTANT', 'CONTAINS', 'NOT_CONTAINS', 'EQUALS'];
export const CHECKBOX_COMPARISONS = ['NOT_IMPORTANT', 'NOT_EXISTS', 'EXISTS', 'CONTAINS', 'NOT_CONTAINS'];
export const COMPOSITE_COMPARISONS = ['NOT_IMPORTANT', 'CONTAINS', 'NOT_CONTAINS', 'EQUALS', 'NOT_EQUALS', 'STARTS_WITH', 'ENDS_WITH'];
