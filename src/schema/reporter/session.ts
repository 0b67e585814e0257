import type { SessionMessagesKey } from '../../backends/reporter/loaders.js';
import { builder } from '../builder.js';
import { reporterConnection } from './paging.js';
import { errorAsValue, ReporterClientRef, ReporterClientShape, ReporterMessageConnection, ReporterMessageRef, SessionLabelRef, SessionRef } from './refs.js';
import { READ } from '../type-scopes.js';

/**
 * Session (reporter-api.md §2.2 SessionInfo): one dialogue of a client with the bot on one channel.
 * Names follow the frontend, not the wire: `firstQuestion` → `firstPhrase`, `questionCount` →
 * `messageCount`. The queries live in session-query.ts.
 *
 * Experiments a session joined are left out: no Reporter endpoint links a session to its
 * experiments (only `count-sessions` per experiment, §3.10).
 */

/** The `messages/by-session` loader key; built in one place so session(id) and Session.messages share it. */
export function sessionMessagesKey(sessionId: string, page: number, size: number, hideEmpty: boolean): SessionMessagesKey {
  return { sessionId, page, size, hideEmpty };
}

builder.node(SessionRef, {
  ...READ,
  description: 'A Reporter session: one dialogue of a client with the bot on one channel (SessionInfo).',
  id: { resolve: (s) => s.sessionId },
  // One entry per id (an Error for a missing session); the loader batches them into one call.
  loadMany: (ids, ctx) => ids.map((id) => errorAsValue(ctx.loaders.reporter.session.load(id))),
  fields: (t) => ({
    sessionId: t.exposeString('sessionId', { nullable: false, description: 'The Reporter session id.' }),
    project: t.exposeString('projectShortName', { nullable: false, description: 'The project’s short name.' }),
    channelType: t.exposeString('channelType', {
      nullable: false,
      description: 'The channel type as the Reporter names it, e.g. `telegram`, `chatwidget`, `telephony`; new values appear over time.',
    }),
    botId: t.exposeString('botId', { nullable: false, description: 'The channel’s bot id ("natural bot id").' }),
    startTime: t.field({ type: 'DateTime', nullable: false, description: 'When the session started.', resolve: (s) => s.startTime }),
    durationMs: t.float({
      description: 'Length of the session in milliseconds (the unit is undocumented: GUESS, §2.2).',
      resolve: (s) => s.duration ?? null,
    }),
    firstPhrase: t.string({ description: 'The client’s first phrase.', resolve: (s) => s.firstQuestion ?? null }),
    lastPhrase: t.string({ description: 'The client’s last phrase.', resolve: (s) => s.lastQuestion ?? null }),
    messageCount: t.int({ description: 'How many phrases the client wrote (questionCount).', resolve: (s) => s.questionCount ?? null }),
    result: t.string({
      description: 'The session result as the bot set it, e.g. `RESOLVED`; an open set of values.',
      resolve: (s) => s.sessionResult ?? null,
    }),
    isLivechat: t.boolean({ nullable: false, description: 'Whether a live operator took part.', resolve: (s) => s.isLivechat ?? false }),
    isCallIncoming: t.boolean({ description: 'Telephony only: true for an incoming call.', resolve: (s) => s.isCallIncoming ?? null }),
    callTaskId: t.field({ type: 'Long', description: 'Telephony only: the call campaign id.', resolve: (s) => s.callTaskId ?? null }),
    audioUrl: t.string({ description: 'Telephony only: the call recording.', resolve: (s) => s.audioFileUrl ?? null }),
    sessionData: t.field({ type: 'JSON', description: 'Session data: string keys and values set by the script.', resolve: (s) => s.sessionData ?? null }),
    customFields: t.field({
      type: 'JSON',
      description: 'responseData fields picked by the `customFieldsInResponse` filter, keyed by path.',
      resolve: (s) => s.customFields ?? null,
    }),
    responseData: t.field({ type: 'JSON', description: 'The last responseData of the session, as sent.', resolve: (s) => s.responseData ?? null }),
    client: t.field({
      type: ReporterClientRef,
      nullable: false,
      description: 'The client. Names come with the session; other fields are fetched for all sessions in one call.',
      resolve: (s) => new ReporterClientShape(s.botId, s.client.id, s.channelType, s.client),
    }),
    labels: t.field({
      type: [SessionLabelRef],
      description: 'Session labels, by priority.',
      // Lists ask for labels (needToReturnSessionLabels); a session from elsewhere is reloaded once.
      resolve: (s, _args, ctx) => s.labels ?? ctx.loaders.reporter.session.load(s.sessionId).then((full) => full.labels ?? []),
    }),
    messages: t.connection(
      {
        type: ReporterMessageRef,
        description: 'The session’s messages, oldest first (`messages/by-session`).',
        args: {
          hideEmpty: t.arg.boolean({ defaultValue: false, description: 'Leave out messages without a client phrase (hideEmptyMessage).' }),
        },
        resolve: (s, args, ctx) =>
          reporterConnection(args, ctx, async (page, size) => {
            const d = await ctx.loaders.reporter.messagesBySession.load(sessionMessagesKey(s.sessionId, page, size, args.hideEmpty ?? false));
            return { items: d.messages, total: d.paging.totalCount };
          }),
      },
      ReporterMessageConnection,
    ),
  }),
});
