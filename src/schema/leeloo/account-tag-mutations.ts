import { requireBackend } from '../../backends/registry.js';
import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { ErrorCode, UpstreamError } from '../../gateway/errors.js';
import { InvalidInputError, MUTATION_ERRORS, mutationWork, NotFoundError } from '../mutation-errors.js';
import { LeelooAccountRef } from './account.js';
import { leelooIdArg, LeelooAccountSource } from './parents.js';

/**
 * Tags on a Leeloo account (leeloo-api.md §5.5): `PUT /accounts/{id}/add-tag` and `/remove-tag`
 * with `{tag_id}`. Writes take a tag *id* while reads return tag *names*, and v1 has no endpoint
 * listing tags (§5.5), so these mutations take the 24-hex tag id as Leeloo shows it in its UI and
 * webhooks; a name → id map would have to be configured by hand per tenant (§9.7) and is left out.
 * Without names ↔ ids the gateway cannot see beforehand whether the account has the tag, so the
 * write is always sent; Leeloo answers success for a tag already there / already gone (GUESS, §5.5,
 * and what the simulator does), hence adding twice or removing an absent tag succeeds.
 */

const OBJECT_ID = /^[0-9a-f]{24}$/i;

/** The result of addLeelooAccountTag / removeLeelooAccountTag. */
export class LeelooAccountTagChange {
  constructor(readonly account: LeelooAccountSource, readonly tagId: string) {}
}

const LeelooAccountTagChangeRef = builder.objectRef<LeelooAccountTagChange>('LeelooAccountTagSuccess').implement({
  description: 'The account after its tags changed.',
  isTypeOf: (v) => v instanceof LeelooAccountTagChange,
  fields: (t) => ({
    accountId: t.string({ nullable: false, description: 'The Leeloo account id.', resolve: (c) => c.account.id }),
    account: t.field({
      type: LeelooAccountRef,
      description: 'The account, read after the change (`tags` shows names).',
      resolve: (c) => c.account,
    }),
    tagId: t.string({ nullable: false, description: 'The tag id that was added or removed.', resolve: (c) => c.tagId }),
  }),
});

async function changeTag(accountArg: string, tagArg: string, action: 'add' | 'remove', ctx: Context): Promise<LeelooAccountTagChange> {
  return mutationWork(async () => {
    const accountId = leelooIdArg(accountArg, 'LeelooAccount', 'accountId', ctx);
    if (!OBJECT_ID.test(tagArg)) throw new InvalidInputError('`tagId` must be a Leeloo tag id (24 hex characters)', 'tagId');
    const tagId = tagArg.toLowerCase();
    const client = requireBackend(ctx.backends, 'leeloo');
    const leeloo = ctx.loaders.leeloo;
    try {
      if (action === 'add') await client.addTag(accountId, tagId, { signal: ctx.signal });
      else await client.removeTag(accountId, tagId, { signal: ctx.signal });
    } catch (err) {
      if (err instanceof UpstreamError && err.code === ErrorCode.NOT_FOUND) throw await whichIsMissing(ctx, accountId, tagId, err);
      throw err;
    } finally {
      // The account's details (tags) and any list page holding it are stale after a write.
      leeloo.accountDetails.clear(accountId);
      leeloo.accountsPage.clearAll();
    }
    return new LeelooAccountTagChange(new LeelooAccountSource(accountId), tagId);
  });
}

/**
 * Leeloo's 404 does not say whether the account or the tag is unknown, except in message text we
 * do not match on (design.md §3). One read of the account tells: if it exists, the tag id is wrong.
 * Only failed writes pay for it.
 */
async function whichIsMissing(ctx: Context, accountId: string, tagId: string, original: UpstreamError): Promise<Error> {
  try {
    await ctx.loaders.leeloo.accountDetails.load(accountId);
  } catch (err) {
    if (err instanceof UpstreamError && err.code === ErrorCode.NOT_FOUND) return new NotFoundError(`No Leeloo account ${accountId}`, 'leeloo');
    return original;
  }
  return new InvalidInputError(`Leeloo has no tag ${tagId}`, 'tagId');
}

const ACCOUNT_ID_DOC = 'The Leeloo account id (24 hex characters) or a LeelooAccount global ID.';
const TAG_ID_DOC = 'The Leeloo tag id (24 hex characters; reads show tag names, writes need ids).';

builder.mutationField('addLeelooAccountTag', (t) =>
  t.field({
    type: LeelooAccountTagChangeRef,
    description: 'Puts a tag on a Leeloo account (`PUT /accounts/{id}/add-tag`). Adding a tag the account has already succeeds and changes nothing.',
    args: {
      accountId: t.arg.id({ required: true, description: ACCOUNT_ID_DOC }),
      tagId: t.arg.string({ required: true, description: TAG_ID_DOC }),
    },
    authScopes: { tags: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'AddLeelooAccountTagResult', description: 'The account with the tag on it, or why not.' } },
    resolve: (_root, a, ctx) => changeTag(String(a.accountId), a.tagId, 'add', ctx),
  }),
);

builder.mutationField('removeLeelooAccountTag', (t) =>
  t.field({
    type: LeelooAccountTagChangeRef,
    description: 'Takes a tag off a Leeloo account (`PUT /accounts/{id}/remove-tag`). Removing a tag the account lacks succeeds and changes nothing.',
    args: {
      accountId: t.arg.id({ required: true, description: ACCOUNT_ID_DOC }),
      tagId: t.arg.string({ required: true, description: TAG_ID_DOC }),
    },
    authScopes: { tags: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'RemoveLeelooAccountTagResult', description: 'The account without the tag, or why not.' } },
    resolve: (_root, a, ctx) => changeTag(String(a.accountId), a.tagId, 'remove', ctx),
  }),
);
