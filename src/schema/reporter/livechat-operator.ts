import { LivechatOperatorRef } from './refs.js';
import { READ } from '../type-scopes.js';

/**
 * LivechatOperator (reporter-api.md §2.3 operatorInfo): the live operator who answered a message
 * after a transfer. The Reporter has no operator endpoint, so this is not a node: it exists only
 * inside the messages that carry it.
 */
LivechatOperatorRef.implement({
  ...READ,
  description: 'A live operator who answered in a session after it was transferred from the bot (operatorInfo).',
  fields: (t) => ({
    operatorId: t.exposeString('id', { nullable: false, description: 'The operator’s id in the livechat.' }),
    firstName: t.string({ description: 'First name.', resolve: (o) => o.firstName ?? null }),
    lastName: t.string({ description: 'Last name.', resolve: (o) => o.lastName ?? null }),
    displayName: t.string({
      description: 'First and last name, for display.',
      resolve: (o) => [o.firstName, o.lastName].filter(Boolean).join(' ') || null,
    }),
    photoUrl: t.string({ description: 'Link to the operator’s photo.', resolve: (o) => o.photoUrl ?? null }),
    channelType: t.string({ description: 'The livechat channel the operator works in, e.g. `livechat`.', resolve: (o) => o.channelType ?? null }),
  }),
});
