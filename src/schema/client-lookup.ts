import { resolveNodes } from '@pothos/plugin-relay';
import { builder } from './builder.js';
import { badUserInput } from '../gateway/errors.js';
import { FOREIGN_ID, foreignIdError } from './global-id.js';
import { ClientInterface } from './client.js';
import { LeelooAccountRef } from './leeloo/account.js';
import { ReporterClientRef } from './reporter/refs.js';

const CLIENT_TYPES = new Set([ReporterClientRef.name, LeelooAccountRef.name]);

/**
 * `client(id)`: an end user of either backend by global ID, typed as the Client interface. It uses
 * the same per-request loaders as `node`, so it batches and caches with everything else.
 */
builder.queryField('client', (t) =>
  t.field({
    type: ClientInterface,
    description:
      'A client of either backend by its global ID: a Reporter (chatbot) client or a Leeloo CRM account. NOT_FOUND when it does not exist; BAD_USER_INPUT for an ID of another type.',
    args: {
      id: t.arg.globalID({ required: true, description: 'The `id` of a ReporterClient or a LeelooAccount.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      if (args.id.id === FOREIGN_ID) throw foreignIdError(args.id.typename);
      if (!CLIENT_TYPES.has(args.id.typename)) {
        throw badUserInput(`\`id\` is a ${args.id.typename} ID, not a client's`, 'id');
      }
      const [node] = await resolveNodes(builder, ctx, info, [args.id]);
      return node as object | null;
    },
  }),
);
