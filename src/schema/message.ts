import { builder } from './builder.js';
import { BackendNameEnum } from './backend.js';

/**
 * A message of any backend, so that a frontend can show Reporter bot dialogue and Leeloo CRM chat in
 * one list and still reach each one's own fields with a fragment. Implementations (one per backend,
 * under src/schema/<backend>/) override every field here and define `isTypeOf` on their parent shape.
 */
export const MessageInterface = builder.interfaceRef<object>('Message').implement({
  description: 'A chat message from any backend: the Reporter bot dialogue or the Leeloo CRM chat.',
  fields: (t) => ({
    id: t.id({ nullable: false, description: 'Global ID of the message.', resolve: () => '' }),
    backend: t.field({ type: BackendNameEnum, nullable: false, description: 'The backend the message lives in.', resolve: () => 'reporter' as const }),
    text: t.string({ description: 'What was written: the client’s text, or the bot’s or operator’s answer.', resolve: () => null }),
    sentAt: t.field({ type: 'DateTime', description: 'When it was sent.', resolve: () => null }),
    fromClient: t.boolean({ description: 'True when the client (the end user) wrote it.', resolve: () => null }),
  }),
});
