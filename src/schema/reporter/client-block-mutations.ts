import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { InvalidInputError, MUTATION_ERRORS, mutationWork } from '../mutation-errors.js';
import { ReporterClientRef, ReporterClientShape } from './refs.js';
import { optionalText, required } from './write-checks.js';

/**
 * `blockClient` / `unblockClient`: PUT clients/block and clients/unblock (reporter-api.md §3.4,
 * legacy API only: v2 has no path for them, §4). Both answer an empty 200, so the payload's client
 * is read back after the write: its loader entry is cleared first, and any field selected in the
 * payload costs one `clients/filter` that already sees the new block state.
 */

/**
 * `blockedBy` is an int64 (BlockClientDto, §2.4) but the transport serialises bodies with
 * JSON.stringify, which cannot write an integer past 2^53 exactly; a platform user id is positive.
 * So the gateway accepts 1 … 2^53−1 and refuses the rest rather than send a rounded id.
 */
function blockedByOf(raw: string): number {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new InvalidInputError('`blockedBy` must be the positive id of a platform user (at most 2^53−1)', 'blockedBy');
  }
  return n;
}

const ClientRefArgs = {
  botId: 'The channel’s bot id (with `clientId` it identifies the client, §2.4).',
  clientId: 'The client’s id in that channel.',
};

/** Forgets what this request knows of the client, so the payload reads its new state. */
function forgetClient(ctx: Context, botId: string, clientId: string): ReporterClientShape {
  ctx.loaders.reporter.reporterClient.clear({ botId, clientId });
  ctx.loaders.reporter.clientPage.clearAll();
  return new ReporterClientShape(botId, clientId);
}

const BlockClientSuccess = builder.objectRef<{ client: ReporterClientShape }>('BlockClientSuccess').implement({
  description: 'The client is blocked; `client` shows its new block state (reason, who, when).',
  fields: (t) => ({
    botId: t.string({ nullable: false, description: 'The client’s bot id, as given.', resolve: (p) => p.client.botId }),
    clientId: t.string({ nullable: false, description: 'The client’s id, as given.', resolve: (p) => p.client.clientId }),
    client: t.field({
      type: ReporterClientRef,
      description: 'The client, read after the block.',
      resolve: (p) => p.client,
    }),
  }),
});

const UnblockClientSuccess = builder.objectRef<{ client: ReporterClientShape }>('UnblockClientSuccess').implement({
  description: 'The client is not blocked (whether or not it was before); `client` shows its new state.',
  fields: (t) => ({
    botId: t.string({ nullable: false, description: 'The client’s bot id, as given.', resolve: (p) => p.client.botId }),
    clientId: t.string({ nullable: false, description: 'The client’s id, as given.', resolve: (p) => p.client.clientId }),
    client: t.field({
      type: ReporterClientRef,
      description: 'The client, read after the unblock.',
      resolve: (p) => p.client,
    }),
  }),
});

builder.mutationField('blockClient', (t) =>
  t.field({
    type: BlockClientSuccess,
    description:
      'Blocks a chatbot client on one channel (PUT clients/block). Blocking a blocked client again replaces its reason and blocker. Never retried automatically: on `UpstreamFailure` with outcome UNKNOWN, read the client before trying again.',
    authScopes: { block: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'BlockClientResult', description: 'The blocked client, or why not.' } },
    args: {
      botId: t.arg.string({ required: true, description: ClientRefArgs.botId }),
      clientId: t.arg.string({ required: true, description: ClientRefArgs.clientId }),
      reason: t.arg.string({ description: 'Why (`blockReason`, optional in the spec); not blank when given.' }),
      blockedBy: t.arg({ type: 'Long', required: true, description: 'Id of the platform user who blocks (`blockedBy`, int64, §2.4); positive.' }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const botId = required(args.botId, 'botId');
        const clientId = required(args.clientId, 'clientId');
        const blockReason = optionalText(args.reason, 'reason');
        const blockedBy = blockedByOf(args.blockedBy);
        const body = blockReason === undefined ? { blockedBy } : { blockReason, blockedBy };
        await ctx.loaders.reporter.client.blockClient(botId, clientId, body, { signal: ctx.signal });
        return { client: forgetClient(ctx, botId, clientId) };
      }),
  }),
);

builder.mutationField('unblockClient', (t) =>
  t.field({
    type: UnblockClientSuccess,
    description: 'Unblocks a chatbot client (PUT clients/unblock). Unblocking a client that is not blocked succeeds and changes nothing.',
    authScopes: { block: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'UnblockClientResult', description: 'The unblocked client, or why not.' } },
    args: {
      botId: t.arg.string({ required: true, description: ClientRefArgs.botId }),
      clientId: t.arg.string({ required: true, description: ClientRefArgs.clientId }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        const botId = required(args.botId, 'botId');
        const clientId = required(args.clientId, 'clientId');
        await ctx.loaders.reporter.client.unblockClient(botId, clientId, { signal: ctx.signal });
        return { client: forgetClient(ctx, botId, clientId) };
      }),
  }),
);
