import type { LeelooSubscription } from '../../backends/leeloo/types.js';
import { builder } from '../builder.js';
import { LeelooAccountRef } from './account.js';
import { accountDetails } from './parents.js';
import { READ } from '../type-scopes.js';

/**
 * One entry of an account's `subscribeHistory` (§5.2). Leeloo gives names only, no ids, and no
 * v1 endpoint lists tunnels or lead-generation tools (§5.9), so names are all there is.
 */
export const LeelooSubscriptionRef = builder.objectRef<LeelooSubscription>('LeelooSubscription').implement({
  ...READ,
  description: 'How a Leeloo account subscribed: the sales tunnel, the lead-generation tool and the traffic source (names only).',
  fields: (t) => ({
    tunnelName: t.string({ description: 'Name of the sales tunnel the subscriber entered.', resolve: (s) => s.tunnelName ?? null }),
    leadgentoolName: t.string({ description: 'Name of the lead-generation tool (LGT) that brought the subscriber in.', resolve: (s) => s.leadgentoolName ?? null }),
    trafficSource: t.string({ description: 'Name of the traffic source, e.g. "Default traffic source".', resolve: (s) => s.trafficSource ?? null }),
  }),
});

builder.objectField(LeelooAccountRef, 'subscribeHistory', (t) =>
  t.field({
    type: [LeelooSubscriptionRef],
    description: 'The tunnels and lead-generation tools this account subscribed through, as Leeloo lists them (account details).',
    resolve: async (account, _args, ctx) => (await accountDetails(account, ctx)).data.subscribeHistory ?? [],
  }),
);
