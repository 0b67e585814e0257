import { encodeId } from '../global-id.js';
import { builder } from '../builder.js';
import { BackendNameEnum } from '../backend.js';
import { MessageInterface } from '../message.js';
import { connectionOf, windowOf } from '../pagination.js';
import { LeelooAccountRef } from './account.js';
import { LeelooChatMessageTypeEnum, messageKind } from './enums.js';
import { dateOrNull, LeelooAccountSource, LeelooChatMessageSource, LeelooPlatformUserSource, nullIfNotFound } from './parents.js';
import { LeelooPlatformUserRef } from './platform-user.js';
import { READ } from '../type-scopes.js';

/**
 * A message of a Leeloo account's chat (§5.3). Chat messages have no endpoint of their own, so the
 * parent carries its account id, and the type is not a Node: it is reached through its account.
 */
export const LeelooChatMessageRef = builder.objectRef<LeelooChatMessageSource>('LeelooChatMessage').implement({
  ...READ,
  description: 'A message in a Leeloo account’s chat: from the subscriber, the bot, an operator, or a system event.',
  interfaces: [MessageInterface],
  isTypeOf: (v) => v instanceof LeelooChatMessageSource,
  fields: (t) => ({
    id: t.id({
      nullable: false,
      // The account is part of the id: Leeloo message ids are only known to be unique per chat
      // (the §5.3 doc example even repeats them).
      description: 'An opaque ID, unique across accounts. Not refetchable through `node`: reach messages through their account.',
      resolve: (m, _args, ctx) => encodeId('LeelooChatMessage', `${m.accountId}:${m.message.id}`, ctx),
    }),
    backend: t.field({ type: BackendNameEnum, nullable: false, description: 'Always LEELOO.', resolve: () => 'leeloo' as const }),
    text: t.string({
      description: 'The text as sent; may be empty (system events) and may hold template placeholders such as `{name}`.',
      resolve: (m) => m.message.text ?? null,
    }),
    sentAt: t.field({ type: 'DateTime', description: 'When it was sent (same as `createdAt`).', resolve: (m) => dateOrNull(m.message.createdAt) }),
    fromClient: t.boolean({ description: 'True when the subscriber wrote it (`FRIEND_MESSAGE`).', resolve: (m) => m.message.type === 'FRIEND_MESSAGE' }),
    messageId: t.string({ nullable: false, description: 'The upstream message id (unique within its chat only).', resolve: (m) => m.message.id }),
    type: t.field({
      type: LeelooChatMessageTypeEnum,
      description: 'Who or what produced it; UNKNOWN for a value this gateway does not know (see `typeRaw`).',
      resolve: (m) => messageKind(m.message.type),
    }),
    typeRaw: t.string({ description: 'The type exactly as Leeloo sent it, e.g. FRIEND_MESSAGE.', resolve: (m) => m.message.type ?? null }),
    read: t.boolean({ description: 'Whether the message was read.', resolve: (m) => (typeof m.message.read === 'boolean' ? m.message.read : null) }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (m) => dateOrNull(m.message.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed (e.g. became read).', resolve: (m) => dateOrNull(m.message.updatedAt) }),
    author: t.field({
      type: LeelooPlatformUserRef,
      description:
        'The platform user who wrote it by hand (`links.createdBy`, on MANUAL messages); null otherwise or when Leeloo no longer knows the user. Taken from a details call of this request when there is one, else `GET users/:id`, deduplicated.',
      resolve: async (m, _args, ctx) => {
        const id = m.message.links?.createdBy?.id;
        const user = id ? await ctx.loaders.leeloo.user.load(id).catch(nullIfNotFound) : null;
        return user ? new LeelooPlatformUserSource(user) : null;
      },
    }),
    account: t.field({ type: LeelooAccountRef, nullable: false, description: 'The account whose chat this is.', resolve: (m) => new LeelooAccountSource(m.accountId) }),
  }),
});

builder.objectField(LeelooAccountRef, 'chatMessages', (t) =>
  t.connection(
    {
      type: LeelooChatMessageRef,
      description:
        'The account’s chat, newest first (as Leeloo sends it). One call per 50 messages of the window; `first` is capped at MAX_PAGE_SIZE (default 100).',
      resolve: async (account, args, ctx) => {
        const window = windowOf(args, ctx.config.maxPageSize);
        const page = await ctx.loaders.leeloo.chatPage.load({ accountId: account.id, ...window });
        return connectionOf(page.items.map((m) => new LeelooChatMessageSource(account.id, m)), window, page.totalCount);
      },
    },
    {
      name: 'LeelooChatMessageConnection',
      description: 'A page of a Leeloo account’s chat.',
      fields: (c) => ({
        totalCount: c.int({ nullable: false, description: 'All messages in the chat (Leeloo `meta.totalCount`).', resolve: (conn) => conn.totalCount }),
      }),
    },
    { name: 'LeelooChatMessageEdge', description: 'A chat message on a page, with its cursor.' },
  ),
);
