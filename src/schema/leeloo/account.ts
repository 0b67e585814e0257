import type { LeelooAccountDetails, LeelooAccountListItem } from '../../backends/leeloo/types.js';
import { normaliseLeelooPhone } from '../../backends/leeloo/phone.js';
import { definedOrNull } from '../../backends/leeloo/values.js';
import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { badUserInput } from '../../gateway/errors.js';
import { BackendNameEnum } from '../backend.js';
import { ClientInterface } from '../client.js';
import { connectionOf, windowOf } from '../pagination.js';
import {
  BOT_STATUSES,
  GENDERS,
  knownOr,
  LeelooBotStatusEnum,
  LeelooGenderEnum,
  LeelooMessengerEnum,
  MESSENGERS,
} from './enums.js';
import { accountDetails, dateOrNull, leelooIdArg, LeelooAccountSource, nodeResult, notFoundFor } from './parents.js';
import { READ } from '../type-scopes.js';

/**
 * The fields §5.1 list items and §5.2 details share: taken from the list item when the account came
 * from a list, so a page of names and tags costs one upstream call; from the details otherwise.
 */
async function shared(a: LeelooAccountSource, ctx: Context): Promise<LeelooAccountListItem | LeelooAccountDetails> {
  return a.summary ?? (await accountDetails(a, ctx)).data;
}

async function details(a: LeelooAccountSource, ctx: Context): Promise<LeelooAccountDetails> {
  return (await accountDetails(a, ctx)).data;
}

/** A Leeloo CRM account. Relations (orders, contacted users, chat, subscriptions, custom fields) live beside their types. */
export const LeelooAccountRef = builder.node(LeelooAccountSource, {
  ...READ,
  name: 'LeelooAccount',
  description:
    'A Leeloo CRM account: one messenger channel of a person (a person with Telegram and Viber has two accounts). List fields come with the list; the others cost one details call per account, deduplicated per request.',
  interfaces: [ClientInterface],
  isTypeOf: (v) => v instanceof LeelooAccountSource,
  id: { resolve: (a) => a.id, description: 'Global ID of the account (refetch with `node` or `leelooAccount`).' },
  loadMany: (ids, ctx: Context) =>
    ids.map((raw) =>
      nodeResult(() => {
        const id = leelooIdArg(raw, 'LeelooAccount', 'id', ctx);
        return ctx.loaders.leeloo.accountDetails.load(id).then(() => new LeelooAccountSource(id), notFoundFor('account', id));
      }),
    ),
  fields: (t) => ({
    backend: t.field({ type: BackendNameEnum, nullable: false, description: 'Always LEELOO.', resolve: () => 'leeloo' as const }),
    displayName: t.string({ description: 'The name the subscriber set in the messenger (same as `name`).', resolve: async (a, _, ctx) => (await shared(a, ctx)).name }),
    channel: t.string({ description: 'The source messenger as Leeloo spells it (`from`), e.g. TELEGRAM.', resolve: async (a, _, ctx) => (await shared(a, ctx)).from }),
    accountId: t.string({ nullable: false, description: 'The upstream 24-hex account id, as Leeloo writes and webhooks use it.', resolve: (a) => a.id }),
    name: t.string({ description: 'The name the subscriber set in the messenger.', resolve: async (a, _, ctx) => (await shared(a, ctx)).name }),
    tags: t.stringList({ description: 'Tag names (Leeloo reads return names; writes take tag ids).', resolve: async (a, _, ctx) => (await shared(a, ctx)).tags ?? [] }),
    messenger: t.field({
      type: LeelooMessengerEnum,
      description: 'The source messenger; UNKNOWN for a value Leeloo added later (see `messengerRaw`).',
      resolve: async (a, _, ctx) => knownOr(MESSENGERS, (await shared(a, ctx)).from),
    }),
    messengerRaw: t.string({ description: 'The source messenger exactly as Leeloo sent it (`from`).', resolve: async (a, _, ctx) => (await shared(a, ctx)).from }),
    botStatus: t.field({
      type: LeelooBotStatusEnum,
      description: 'BOT while the bot answers, ADMIN while an operator chats; UNKNOWN for a new value (see `botStatusRaw`).',
      resolve: async (a, _, ctx) => knownOr(BOT_STATUSES, (await shared(a, ctx)).botStatus),
    }),
    botStatusRaw: t.string({ description: 'The bot status exactly as Leeloo sent it.', resolve: async (a, _, ctx) => (await shared(a, ctx)).botStatus }),
    createdAt: t.field({ type: 'DateTime', description: 'When the account subscribed.', resolve: async (a, _, ctx) => dateOrNull((await shared(a, ctx)).createdAt) }),
    lastMessageTime: t.field({
      type: 'DateTime',
      description: 'When the subscriber last wrote. Only list items carry it (null for accounts fetched by id, or silent ones).',
      resolve: (a) => dateOrNull(a.summary?.lastMessageTime),
    }),
    personId: t.string({
      description: 'Id of the person behind this channel (Leeloo v2 `person`). Only list items carry it (null for accounts fetched by id).',
      resolve: (a) => a.summary?.person_id ?? null,
    }),
    updatedAt: t.field({ type: 'DateTime', description: 'Last change of the account (details).', resolve: async (a, _, ctx) => dateOrNull((await details(a, ctx)).updatedAt) }),
    gender: t.field({
      type: LeelooGenderEnum,
      description: 'Gender, from Facebook only; null for other messengers, UNKNOWN for a new value (see `genderRaw`).',
      resolve: async (a, _, ctx) => knownOr(GENDERS, (await details(a, ctx)).gender),
    }),
    genderRaw: t.string({ description: 'Gender exactly as Leeloo sent it.', resolve: async (a, _, ctx) => (await details(a, ctx)).gender ?? null }),
    phone: t.string({
      description: 'The phone as the subscriber typed it or the messenger passed it on; null when absent or `NOT_DEFINED`.',
      resolve: async (a, _, ctx) => definedOrNull((await details(a, ctx)).phone),
    }),
    phoneDigits: t.string({
      description:
        'The phone as canonical digits: E.164 without the plus, Russian `8…` rewritten to `7…` (how UIS writes numbers); null when the phone is absent or unusable.',
      resolve: async (a, _, ctx) => normaliseLeelooPhone(definedOrNull((await details(a, ctx)).phone)),
    }),
    email: t.string({ description: 'E-mail; null when absent or the `NOT_DEFINED` sentinel.', resolve: async (a, _, ctx) => definedOrNull((await details(a, ctx)).email) }),
    locale: t.string({ description: 'Locale such as `en_US`, where the messenger tells it.', resolve: async (a, _, ctx) => definedOrNull((await details(a, ctx)).locale) }),
  }),
});

/**
 * Tag names go into `filter[tags]=a,b` (§5.1): a comma inside a name would split it, and a blank
 * name matches nothing, so both are refused before any upstream call.
 */
function tagsArg(tags: readonly string[] | null | undefined): string[] | undefined {
  if (!tags?.length) return undefined;
  for (const tag of tags) {
    if (!tag.trim()) throw badUserInput('`tags` must not contain blank names', 'tags');
    if (tag.includes(',')) throw badUserInput(`tag names cannot contain a comma: ${JSON.stringify(tag.slice(0, 40))}`, 'tags');
  }
  return [...new Set(tags.map((t) => t.trim()))].sort();
}

builder.queryField('leelooAccounts', (t) =>
  t.connection(
    {
      type: LeelooAccountRef,
      description:
        'Leeloo CRM accounts, newest first as Leeloo lists them. Leeloo pages by limit ≤ 50, so `first` over 50 costs two list calls; `first` is capped at MAX_PAGE_SIZE (default 100).',
      args: {
        tags: t.arg.stringList({ description: 'Only accounts with any of these tag names (Leeloo `filter[tags]`; any-of is a guess).' }),
      },
      resolve: async (_root, args, ctx) => {
        const tags = tagsArg(args.tags);
        const window = windowOf(args, ctx.config.maxPageSize);
        const page = await ctx.loaders.leeloo.accountsPage.load({ tags, ...window });
        return connectionOf(page.items.map((a) => new LeelooAccountSource(a.id, a)), window, page.totalCount);
      },
    },
    {
      name: 'LeelooAccountConnection',
      description: 'A page of Leeloo accounts.',
      fields: (c) => ({
        totalCount: c.int({ nullable: false, description: 'All accounts matching the filter (Leeloo `meta.totalCount`).', resolve: (conn) => conn.totalCount }),
      }),
    },
    { name: 'LeelooAccountEdge', description: 'A Leeloo account on a page, with its cursor.' },
  ),
);

builder.queryField('leelooAccount', (t) =>
  t.field({
    type: LeelooAccountRef,
    description: 'One Leeloo account by its 24-hex id or global ID; NOT_FOUND when Leeloo does not know it.',
    args: { id: t.arg.id({ required: true, description: 'The Leeloo account id (24 hex characters) or a LeelooAccount global ID.' }) },
    resolve: async (_root, args, ctx) => {
      const id = leelooIdArg(String(args.id), 'LeelooAccount', 'id', ctx);
      await ctx.loaders.leeloo.accountDetails.load(id).catch(notFoundFor('account', id));
      return new LeelooAccountSource(id);
    },
  }),
);
