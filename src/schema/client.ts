import { builder } from './builder.js';
import { BackendNameEnum } from './backend.js';

/**
 * An end user as one backend knows them: a Reporter (chatbot) client or a Leeloo CRM account.
 * Implementations under src/schema/<backend>/ override every field here and define `isTypeOf`.
 */
export const ClientInterface = builder.interfaceRef<object>('Client').implement({
  description: 'An end user of the contact centre as one backend knows them: a chatbot client (Reporter) or a CRM account (Leeloo).',
  fields: (t) => ({
    id: t.id({ nullable: false, description: 'Global ID of the client.', resolve: () => '' }),
    backend: t.field({ type: BackendNameEnum, nullable: false, description: 'The backend this client record lives in.', resolve: () => 'reporter' as const }),
    displayName: t.string({ description: 'A name to show: first and last name, or the messenger name.', resolve: () => null }),
    channel: t.string({ description: 'The messenger or channel the client came through, as the backend names it.', resolve: () => null }),
  }),
});
