import type { AnalyticsFilter } from '../../backends/reporter/filters.js';
import type { ClientExtendedInfo, ClientInfo } from '../../backends/reporter/types.js';
import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { atHand } from '../at-hand.js';
import { BackendNameEnum } from '../backend.js';
import { ClientInterface } from '../client.js';
import { toAnalyticsFilters } from './filter-convert.js';
import { ReporterFilterInput } from './filter-input.js';
import { reporterConnection } from './paging.js';
import { errorAsValue, ReporterClientConnection, ReporterClientRef, ReporterClientShape, ReporterMessageConnection, ReporterMessageRef, SessionConnection, SessionRef } from './refs.js';
import { READ } from '../type-scopes.js';

/**
 * ReporterClient (reporter-api.md §2.4): an end user on one channel, identified by bot id + client
 * id. Names come with sessions and messages (ClientInfo) at no cost; the rest (dates, block state)
 * is ClientExtendedInfo, loaded for all clients of a response in one `clients/filter`.
 */

const extOf = (c: ReporterClientShape, ctx: Context): ClientExtendedInfo | Promise<ClientExtendedInfo> =>
  c.ext ?? ctx.loaders.reporter.reporterClient.load({ botId: c.botId, clientId: c.clientId });
const namesOf = (c: ReporterClientShape, ctx: Context): ClientInfo | Promise<ClientInfo> => c.info ?? extOf(c, ctx);
const shapeOf = (c: ClientExtendedInfo) => ReporterClientShape.fromExtended({ ...c, botId: c.botId ?? '' });

builder.node(ReporterClientRef, {
  ...READ,
  description: 'A chatbot client on one channel (ClientExtendedInfo): names, dates, block state, sessions and messages.',
  interfaces: [ClientInterface],
  isTypeOf: (v) => v instanceof ReporterClientShape,
  id: { resolve: (c) => JSON.stringify([c.botId, c.clientId]) },
  loadMany: (ids, ctx) =>
    ids.map((id) => {
      const [botId, clientId] = JSON.parse(id) as [string, string];
      return errorAsValue(ctx.loaders.reporter.reporterClient.load({ botId, clientId }).then(shapeOf));
    }),
  fields: (t) => ({
    backend: t.field({ type: BackendNameEnum, nullable: false, description: 'Always REPORTER.', resolve: () => 'reporter' as const }),
    displayName: t.string({
      description: 'First and last name, else the username, else the client id.',
      resolve: (c, _args, ctx) =>
        atHand(namesOf(c, ctx), (n) => (n.firstName && n.lastName ? `${n.firstName} ${n.lastName}` : n.firstName || n.lastName || n.username || c.clientId)),
    }),
    channel: t.string({
      description: 'The channel type, e.g. `telegram`; an open set.',
      resolve: (c, _args, ctx) => c.channelType ?? atHand(extOf(c, ctx), (e) => e.channelType),
    }),
    clientId: t.exposeString('clientId', { nullable: false, description: 'The client’s id in the channel (channel user id).' }),
    botId: t.exposeString('botId', { nullable: false, description: 'The channel’s bot id; with `clientId` it identifies the client.' }),
    firstName: t.string({ description: 'First name, as the channel gave it.', resolve: (c, _a, ctx) => atHand(namesOf(c, ctx), (n) => n.firstName ?? null) }),
    lastName: t.string({ description: 'Last name.', resolve: (c, _a, ctx) => atHand(namesOf(c, ctx), (n) => n.lastName ?? null) }),
    username: t.string({ description: 'Messenger username (Telegram, VK).', resolve: (c, _a, ctx) => atHand(namesOf(c, ctx), (n) => n.username ?? null) }),
    accountId: t.field({ type: 'Long', description: 'The Reporter account id.', resolve: async (c, _a, ctx) => (await extOf(c, ctx)).accountId }),
    project: t.string({ description: 'The project’s short name.', resolve: async (c, _a, ctx) => (await extOf(c, ctx)).projectShortName }),
    joinDate: t.field({ type: 'DateTime', description: 'First visit.', resolve: async (c, _a, ctx) => (await extOf(c, ctx)).joinDate }),
    lastVisitDate: t.field({ type: 'DateTime', description: 'Last visit.', resolve: async (c, _a, ctx) => (await extOf(c, ctx)).lastVisitDate }),
    lastSessionId: t.string({ description: 'Reporter id of the latest session.', resolve: async (c, _a, ctx) => (await extOf(c, ctx)).lastSessionId }),
    isBlocked: t.boolean({ description: 'Whether the client is blocked.', resolve: async (c, _a, ctx) => (await extOf(c, ctx)).isBlocked }),
    blockReason: t.string({ description: 'Why the client was blocked.', resolve: async (c, _a, ctx) => (await extOf(c, ctx)).blockReason ?? null }),
    blockedBy: t.field({
      type: 'Long',
      description: 'Id of the platform user who blocked the client (INFERRED, §2.4).',
      resolve: async (c, _a, ctx) => (await extOf(c, ctx)).blockedBy ?? null,
    }),
    blockDate: t.field({ type: 'DateTime', description: 'When the client was blocked.', resolve: async (c, _a, ctx) => (await extOf(c, ctx)).blockDate ?? null }),
    sessions: t.connection(
      {
        type: SessionRef,
        description: 'The client’s sessions, newest first (`sessions/filter` by bot id and client id, plus `filter`).',
        args: { filter: t.arg({ type: ReporterFilterInput, description: 'More conditions that must hold.' }) },
        resolve: (c, args, ctx) => {
          const filters: AnalyticsFilter[] = [
            { key: 'BOT_ID', type: 'CHECKBOX', options: [c.botId], comparisonType: 'CONTAINS' },
            // GUESS: EQUALS on CLIENT_ID_OR_NAME also matches a client whose *name* equals this id.
            { key: 'CLIENT_ID_OR_NAME', type: 'TEXT', values: [c.clientId], comparisonType: 'EQUALS', isCaseSensitive: true },
            ...toAnalyticsFilters(args.filter, 'filter'),
          ];
          return reporterConnection(args, ctx, async (page, size) => {
            const d = await ctx.loaders.reporter.sessionPage.load({ filters, page, size });
            return { items: d.sessions, total: d.paging.totalCount };
          });
        },
      },
      SessionConnection,
    ),
    messages: t.connection(
      {
        type: ReporterMessageRef,
        description: 'The client’s messages over all sessions (`messages/by-client`).',
        resolve: (c, args, ctx) =>
          reporterConnection(args, ctx, async (page, size) => {
            const d = await ctx.loaders.reporter.messagesByClient.load({ botId: c.botId, clientId: c.clientId, page, size });
            return { items: d.messages, total: d.paging.totalCount };
          }),
      },
      ReporterMessageConnection,
    ),
  }),
});

builder.queryField('reporterClients', (t) =>
  t.connection(
    {
      type: ReporterClientRef,
      description: 'Reporter (chatbot) clients, most recently active first, filtered (`clients/filter`).',
      args: { filter: t.arg({ type: ReporterFilterInput, description: 'Conditions that must all hold.' }) },
      resolve: (_root, args, ctx) => {
        const filters = toAnalyticsFilters(args.filter, 'filter');
        return reporterConnection(args, ctx, async (page, size) => {
          const d = await ctx.loaders.reporter.clientPage.load({ filters, page, size });
          return { items: d.clients.map(shapeOf), total: d.paging.totalCount };
        });
      },
    },
    ReporterClientConnection,
  ),
);

builder.queryField('reporterClient', (t) =>
  t.field({
    type: ReporterClientRef,
    description: 'One Reporter client by bot id and client id; NOT_FOUND when there is none.',
    args: {
      botId: t.arg.string({ required: true, description: 'The channel’s bot id.' }),
      clientId: t.arg.string({ required: true, description: 'The client’s id in that channel.' }),
    },
    resolve: async (_root, { botId, clientId }, ctx) => shapeOf(await ctx.loaders.reporter.reporterClient.load({ botId, clientId })),
  }),
);
