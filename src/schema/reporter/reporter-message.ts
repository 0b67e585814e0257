import { builder } from '../builder.js';
import { BackendNameEnum } from '../backend.js';
import { MessageInterface } from '../message.js';
import { toAnalyticsFilters } from './filter-convert.js';
import { ReporterFilterInput } from './filter-input.js';
import { reporterConnection } from './paging.js';
import {
  errorAsValue,
  LivechatOperatorRef,
  MessageLabelRef,
  NlpInfoRef,
  ReporterClientRef,
  ReporterClientShape,
  ReporterMessageConnection,
  ReporterMessageRef,
  SessionRef,
  type ReporterMessageShape,
} from './refs.js';
import { READ } from '../type-scopes.js';

/**
 * ReporterMessage (reporter-api.md §2.3): one exchange in a session, the client's phrase and the
 * bot's (or operator's) answer. A message has no id of its own upstream, only `questionId` inside
 * a session, so the global ID carries both and `node` reloads it through `messages/by-session`.
 */

const STATUSES = ['SENT', 'NOT_SENT', 'DELIVERED', 'NOT_DELIVERED', 'READ'] as const;

export const ReporterMessageStatusEnum = builder.enumType('ReporterMessageStatus', {
  description: 'Delivery status of a bot answer (MessageStatus, §2.3); UNKNOWN for a value added upstream later (see `statusRaw`).',
  values: {
    SENT: { description: 'Sent to the channel.' },
    NOT_SENT: { description: 'The channel refused it.' },
    DELIVERED: { description: 'Delivered to the client’s device.' },
    NOT_DELIVERED: { description: 'Not delivered.' },
    READ: { description: 'The client read it.' },
    UNKNOWN: { description: 'A status this gateway does not know yet; `statusRaw` has it.' },
  },
});

const statusOf = (m: ReporterMessageShape): string | undefined => ('status' in m ? m.status : undefined) ?? undefined;

builder.node(ReporterMessageRef, {
  ...READ,
  description: 'A message of a Reporter session: the client’s phrase and the bot’s or operator’s answer (Message, §2.3).',
  interfaces: [MessageInterface],
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'questionId' in v && 'sessionId' in v,
  id: { resolve: (m) => JSON.stringify([m.sessionId, m.questionId]) },
  loadMany: (ids, ctx) => ids.map((id) => errorAsValue(ctx.loaders.reporter.message.load(JSON.parse(id) as [string, string]))),
  fields: (t) => ({
    backend: t.field({ type: BackendNameEnum, nullable: false, description: 'Always REPORTER.', resolve: () => 'reporter' as const }),
    text: t.string({
      description: 'The client’s phrase; for a bot-only event (no phrase), the answer.',
      resolve: (m) => m.question ?? m.textAnswer ?? null,
    }),
    sentAt: t.field({ type: 'DateTime', description: 'When the message was sent (timestamp).', resolve: (m) => m.timestamp }),
    fromClient: t.boolean({ description: 'True when the client wrote a phrase; false for bot-only events.', resolve: (m) => m.question != null }),
    messageId: t.exposeString('questionId', { nullable: false, description: 'The Reporter message id (questionId).' }),
    sessionId: t.exposeString('sessionId', { nullable: false, description: 'The Reporter id of the message’s session.' }),
    question: t.string({ description: 'The client’s phrase.', resolve: (m) => m.question ?? null }),
    answer: t.string({ description: 'The bot’s or operator’s answer text (textAnswer).', resolve: (m) => m.textAnswer ?? null }),
    event: t.string({ description: 'The event that triggered the answer instead of a phrase, if any.', resolve: (m) => m.event ?? null }),
    isLivechat: t.boolean({ nullable: false, description: 'Whether a live operator answered.', resolve: (m) => m.isLivechat ?? false }),
    status: t.field({
      type: ReporterMessageStatusEnum,
      description:
        'Delivery status; null on channels that do not report it, and always null in the `messages` list (messages/filter does not send it, §2.3).',
      resolve: (m) => {
        const s = statusOf(m);
        if (s === undefined) return null;
        return (STATUSES as readonly string[]).includes(s) ? (s as (typeof STATUSES)[number]) : 'UNKNOWN';
      },
    }),
    statusRaw: t.string({ description: 'The status exactly as the Reporter sent it.', resolve: (m) => statusOf(m) ?? null }),
    nlp: t.field({ type: NlpInfoRef, description: 'How the bot understood the phrase.', resolve: (m) => m.nlpInfo ?? null }),
    operator: t.field({ type: LivechatOperatorRef, description: 'The live operator who answered, if one did.', resolve: (m) => m.operatorInfo ?? null }),
    processingTimeMs: t.int({ description: 'Time the bot took to answer, in milliseconds (unit GUESS, §2.3).', resolve: (m) => m.processingTime ?? null }),
    labels: t.field({ type: [MessageLabelRef], description: 'Message labels with their groups, by priority.', resolve: (m) => m.labels ?? [] }),
    comment: t.string({ description: 'An analyst’s comment on the message.', resolve: (m) => m.comment ?? null }),
    exception: t.string({ description: 'The script error raised while answering, if any.', resolve: (m) => m.exception ?? null }),
    pageName: t.string({ description: 'Chat widget only: the page the client was on.', resolve: (m) => m.pageName ?? null }),
    cleaned: t.boolean({ description: 'Whether the content was removed by the retention policy (INFERRED).', resolve: (m) => m.cleaned ?? null }),
    responseData: t.field({ type: 'JSON', description: 'The bot’s responseData, as sent.', resolve: (m) => m.responseData ?? null }),
    customFields: t.field({
      type: 'JSON',
      description: 'responseData fields picked by the `customFieldsInResponse` filter, keyed by path.',
      resolve: (m) => m.customFields ?? null,
    }),
    session: t.field({
      type: SessionRef,
      description: 'The session the message belongs to; fetched for every message of a page in one call.',
      resolve: (m, _args, ctx) => ctx.loaders.reporter.session.load(m.sessionId),
    }),
    client: t.field({
      type: ReporterClientRef,
      description: 'The client of the message’s session.',
      resolve: async (m, _args, ctx) => {
        // messages/filter items carry the client; by-session ones need the session.
        if ('client' in m && m.client) return new ReporterClientShape(m.botId, m.client.id, m.channelType, m.client);
        const s = await ctx.loaders.reporter.session.load(m.sessionId);
        return new ReporterClientShape(s.botId, s.client.id, s.channelType, s.client);
      },
    }),
  }),
});

builder.queryField('messages', (t) =>
  t.connection(
    {
      type: ReporterMessageRef,
      description: 'Reporter messages across sessions, newest first, filtered (`messages/filter`). `status` is not available here.',
      args: { filter: t.arg({ type: ReporterFilterInput, description: 'Conditions that must all hold.' }) },
      resolve: (_root, args, ctx) => {
        const filters = toAnalyticsFilters(args.filter, 'filter');
        return reporterConnection(args, ctx, async (page, size) => {
          const d = await ctx.loaders.reporter.messagePage.load({ filters, page, size });
          return { items: d.messages, total: d.paging.totalCount };
        });
      },
    },
    ReporterMessageConnection,
  ),
);
