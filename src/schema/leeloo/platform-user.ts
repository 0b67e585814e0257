import type { LeelooUser } from '../../backends/leeloo/types.js';
import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { connectionOf, windowOf } from '../pagination.js';
import { LeelooAccountRef } from './account.js';
import { accountDetails, dateOrNull, leelooIdArg, LeelooPlatformUserSource, nodeResult, notFoundFor, nullIfNotFound } from './parents.js';
import { READ } from '../type-scopes.js';

/** A platform user (an operator of the company's Leeloo workspace, §5.7). */
export const LeelooPlatformUserRef = builder.node(LeelooPlatformUserSource, {
  ...READ,
  name: 'LeelooPlatformUser',
  description: 'A Leeloo platform user: an operator of the company who chats with subscribers by hand.',
  isTypeOf: (v) => v instanceof LeelooPlatformUserSource,
  id: { resolve: (u) => u.user.id, description: 'Global ID of the platform user (refetch with `node` or `leelooUser`).' },
  loadMany: (ids, ctx: Context) =>
    ids.map((raw) =>
      nodeResult(() => {
        const id = leelooIdArg(raw, 'LeelooPlatformUser', 'id', ctx);
        return ctx.loaders.leeloo.user.load(id).then((u) => new LeelooPlatformUserSource(u), notFoundFor('user', id));
      }),
    ),
  fields: (t) => ({
    userId: t.string({ nullable: false, description: 'The upstream 24-hex user id.', resolve: (u) => u.user.id }),
    name: t.string({ description: 'The operator’s name.', resolve: (u) => u.user.name }),
    createdAt: t.field({ type: 'DateTime', description: 'When the user was added.', resolve: (u) => dateOrNull(u.user.createdAt) }),
    updatedAt: t.field({ type: 'DateTime', description: 'Last change of the user.', resolve: (u) => dateOrNull(u.user.updatedAt) }),
  }),
});

/**
 * §5.2: `links.contactedUsers` lists the operators, `included.users` carries them, so the details
 * call the account needs anyway answers this too. A link without an included record falls back to
 * the user loader; a user Leeloo no longer knows (404) is left out rather than failing the list.
 */
async function contactedUsers(account: Parameters<typeof accountDetails>[0], ctx: Context): Promise<LeelooPlatformUserSource[]> {
  const envelope = await accountDetails(account, ctx);
  const included = new Map((envelope.included?.users ?? []).map((u) => [u.id, u]));
  const links = envelope.data.links?.contactedUsers;
  const ids = links ? links.map((l) => l.id) : [...included.keys()];
  const users = await Promise.all(
    ids.map((id) =>
      included.get(id) ??
      ctx.loaders.leeloo.user.load(id).catch(nullIfNotFound),
    ),
  );
  return users.filter((u): u is LeelooUser => u !== null).map((u) => new LeelooPlatformUserSource(u));
}

builder.objectField(LeelooAccountRef, 'contactedUsers', (t) =>
  t.field({
    type: [LeelooPlatformUserRef],
    description: 'Platform users (operators) who chatted with this account, first contact first. From the account’s one details call.',
    resolve: (account, _args, ctx) => contactedUsers(account, ctx),
  }),
);

builder.queryField('leelooUsers', (t) =>
  t.connection(
    {
      type: LeelooPlatformUserRef,
      description: 'Leeloo platform users (operators), in Leeloo’s order. `first` is capped at MAX_PAGE_SIZE (default 100); over 50 costs two calls.',
      resolve: async (_root, args, ctx) => {
        const window = windowOf(args, ctx.config.maxPageSize);
        const page = await ctx.loaders.leeloo.usersPage.load(window);
        for (const u of page.items) ctx.loaders.leeloo.user.prime(u.id, u);
        return connectionOf(page.items.map((u) => new LeelooPlatformUserSource(u)), window, page.totalCount);
      },
    },
    {
      name: 'LeelooPlatformUserConnection',
      description: 'A page of Leeloo platform users.',
      fields: (c) => ({
        totalCount: c.int({ nullable: false, description: 'All platform users of the company (Leeloo `meta.totalCount`).', resolve: (conn) => conn.totalCount }),
      }),
    },
    { name: 'LeelooPlatformUserEdge', description: 'A Leeloo platform user on a page, with its cursor.' },
  ),
);

builder.queryField('leelooUser', (t) =>
  t.field({
    type: LeelooPlatformUserRef,
    description: 'One Leeloo platform user by its 24-hex id or global ID; NOT_FOUND when Leeloo does not know it.',
    args: { id: t.arg.id({ required: true, description: 'The Leeloo user id (24 hex characters) or a LeelooPlatformUser global ID.' }) },
    resolve: async (_root, args, ctx) => {
      const id = leelooIdArg(String(args.id), 'LeelooPlatformUser', 'id', ctx);
      return new LeelooPlatformUserSource(await ctx.loaders.leeloo.user.load(id).catch(notFoundFor('user', id)));
    },
  }),
);
