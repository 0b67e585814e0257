import { REPORTER_MAX_PAGE_SIZE } from '../../backends/reporter/loaders.js';
import type { MessageLabelDto, SessionInfo, SessionLabelDto } from '../../backends/reporter/types.js';
import type { Context } from '../../gateway/context.js';
import { InvalidInputError } from '../mutation-errors.js';
import type { LabelTargetKind } from './label-assign-mutations.js';
import { forgetMessages, forgetSessions, messageKeyOf, ReporterMessageKeyInput, type MessageKey } from './label-mutations-shared.js';
import {
  MessageLabelRef,
  ReporterMessageConnection,
  ReporterMessageRef,
  SessionConnection,
  SessionLabelRef,
  SessionRef,
  upstreamIdOf,
  type ReporterMessageShape,
} from './refs.js';

/**
 * What is labelled (reporter-api.md §3.7), as data for label-assign-mutations.ts: sessions, by
 * session id, and messages, which the Reporter writes by questionId alone (§3.7 "logs") but the
 * gateway names by session and questionId, so that it can read the message first (one
 * `messages/by-session` page: it must exist in that session, NOT_FOUND otherwise) and again after.
 */

const o = (ctx: Context) => ({ signal: ctx.signal });

/** A session's Reporter id, from its global ID or the raw id. */
const sessionIdOf = (raw: unknown, ctx: Context): string => upstreamIdOf(String(raw), 'Session', ctx).trim();

/** Sessions: addSessionLabel, removeSessionLabel, setSessionLabels, bulkLabelSessions. */
export const SESSIONS: LabelTargetKind<string, SessionInfo, SessionLabelDto> = {
  type: 'Session',
  noun: 'session',
  path: 'session-labels/sessions',
  labelRef: SessionLabelRef,
  labels: (ctx) => ctx.loaders.reporter.sessionLabels.load('all'),
  arg: { name: 'sessionId', input: (arg) => arg.id({ required: true, description: 'The session’s global ID, or its Reporter session id.' }) },
  keyOf: (raw, ctx) => {
    const id = sessionIdOf(raw, ctx);
    if (!id) throw new InvalidInputError('The session id must not be empty', 'sessionId');
    return id;
  },
  // One `sessions/filter` with labels (the session loader).
  read: (id, ctx) => ctx.loaders.reporter.session.load(id),
  labelIdsOf: (s) => (s.labels ?? []).map((l) => l.id),
  field: { name: 'session', ref: SessionRef },
  add: (id, labelId, ctx) => ctx.loaders.reporter.client.attachSessionLabel(id, labelId, o(ctx)),
  remove: (id, labelId, ctx) => ctx.loaders.reporter.client.detachSessionLabel(id, labelId, o(ctx)),
  set: (id, labelIds, ctx) => ctx.loaders.reporter.client.setSessionLabels(id, labelIds, o(ctx)),
  forget: (ctx) => forgetSessions(ctx.loaders.reporter),
  bulk: {
    arg: 'sessionIds',
    input: (arg) => arg.idList({ description: `The sessions (global IDs or Reporter ids), at most ${REPORTER_MAX_PAGE_SIZE}.` }),
    keysOf: (raw, ctx) => {
      const ids = raw.map((id) => sessionIdOf(id, ctx));
      const blank = ids.indexOf('');
      if (blank >= 0) throw new InvalidInputError('A session id is empty', `sessionIds[${blank}]`);
      return ids;
    },
    objectId: (id) => id,
    send: (body, ctx) => ctx.loaders.reporter.client.bulkLabelSessions(body, o(ctx)),
    connection: SessionConnection,
    connectionDescription:
      'The targeted sessions as they are now: the given ids in their order, or what the filter matches now (newest first; after REMOVE a filter on those labels matches fewer).',
    page: async (filters, page, size, ctx) => {
      const d = await ctx.loaders.reporter.sessionPage.load({ filters, page, size });
      return { items: d.sessions, total: d.paging.totalCount };
    },
  },
  docs: { addNote: '; an unknown label is InvalidInputError on `labelId`', setNote: ' The same set succeeds with `changed: false`.' },
};

const loadMessage = (k: MessageKey, ctx: Context) => ctx.loaders.reporter.message.load([k.sessionId, k.questionId]);
type KeyArg = Parameters<typeof messageKeyOf>[0];

/** Messages: addMessageLabel, removeMessageLabel, setMessageLabels, bulkLabelMessages. */
export const MESSAGES: LabelTargetKind<MessageKey, ReporterMessageShape, MessageLabelDto> = {
  type: 'Message',
  noun: 'message',
  path: 'message/labels/logs',
  labelRef: MessageLabelRef,
  labels: (ctx) => ctx.loaders.reporter.messageLabels.load('all'),
  arg: { name: 'message', input: (arg) => arg({ type: ReporterMessageKeyInput, required: true, description: 'The message: its global ID, or its session and questionId.' }) },
  keyOf: (raw, ctx) => messageKeyOf(raw as KeyArg, 'message', ctx),
  read: loadMessage,
  labelIdsOf: (m) => (m.labels ?? []).map((l) => l.id),
  // Not `message`: that is MutationError's String, and a frontend selects both in one union.
  field: { name: 'reporterMessage', ref: ReporterMessageRef },
  add: (k, labelId, ctx) => ctx.loaders.reporter.client.attachMessageLabel(k.questionId, labelId, o(ctx)),
  remove: (k, labelId, ctx) => ctx.loaders.reporter.client.detachMessageLabel(k.questionId, labelId, o(ctx)),
  set: (k, labelIds, ctx) => ctx.loaders.reporter.client.setMessageLabels(k.questionId, labelIds, o(ctx)),
  forget: (ctx) => forgetMessages(ctx.loaders.reporter),
  bulk: {
    arg: 'messages',
    input: (arg) => arg({ type: [ReporterMessageKeyInput], description: `The messages, at most ${REPORTER_MAX_PAGE_SIZE}.` }),
    keysOf: (raw, ctx) => raw.map((k, i) => messageKeyOf(k as KeyArg, `messages[${i}]`, ctx)),
    objectId: (k) => k.questionId,
    send: (body, ctx) => ctx.loaders.reporter.client.bulkLabelMessages(body, o(ctx)),
    connection: ReporterMessageConnection,
    connectionDescription: 'The targeted messages as they are now: the given ones in their order (one by-session read per session), or what the filter matches now.',
    page: async (filters, page, size, ctx) => {
      const d = await ctx.loaders.reporter.messagePage.load({ filters, page, size });
      return { items: d.messages, total: d.paging.totalCount };
    },
  },
  docs: { addNote: '', setNote: '' },
};
