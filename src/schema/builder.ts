import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import { badUserInput } from '../gateway/errors.js';
import { ForbiddenError, missingScope } from '../auth/forbidden.js';
import { SCOPES, type Scope } from '../auth/principal.js';
import type { Context } from '../gateway/context.js';
import { encodeId, FOREIGN_ID, foreignIdError, parseNodeId } from './global-id.js';

/**
 * The one SchemaBuilder. It defines no domain types: those live one per file under src/schema/.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  // One boolean scope per Principal scope: `authScopes: { labels: true }` on a field.
  AuthScopes: Record<Scope, boolean>;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    Long: { Input: string; Output: string | number | bigint };
    ID: { Input: string; Output: string | number };
  };
  // Fields are nullable by default: a failing backend nulls only its own fields (design.md §3).
  DefaultFieldNullability: true;
  // What the gateway guarantees once a connection resolved: a list of edges, each with its node
  // (connectionOf builds both from the page it fetched; an item that can fail on its own is never an
  // edge). A failing backend still nulls the whole connection field, which stays nullable.
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
}>({
  // Errors before scope-auth: the errors plugin wraps the scope check, so a mutation refused for a
  // missing scope returns its ForbiddenError union member (pothos#464). Scope-auth before the others:
  // no loader, no relay ID decoding, nothing upstream runs for a refused field. Federation last
  // (after any plugin that wraps resolvers); it needs Directives for `@key` (schema/federation/).
  plugins: [ErrorsPlugin, ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, SimpleObjectsPlugin, DirectivesPlugin, FederationPlugin],
  scopeAuth: {
    // The subscription is checked when it is created, not at each event.
    authorizeOnSubscribe: true,
    authScopes: (ctx) => Object.fromEntries(SCOPES.map((s) => [s, ctx.principal.scopes.has(s)])) as Record<Scope, boolean>,
    unauthorizedError: (_parent, _ctx, _info, result) => new ForbiddenError(missingScope(result.failure)),
  },
  relay: {
    clientMutationId: 'omit',
    // IDs carry the caller's tenant (schema/global-id.ts): another tenant's ID is NOT_FOUND.
    encodeGlobalID: (typename, id, ctx) => encodeId(typename, id, ctx),
    // A malformed ID is a bad argument: give it the stable code instead of Pothos's bare error.
    // Another tenant's ID decodes to FOREIGN_ID, which node/nodes/client answer with NOT_FOUND.
    decodeGlobalID: (globalID, ctx) => {
      const decoded = parseNodeId(globalID, ctx);
      if (!decoded) throw badUserInput(`"${globalID.slice(0, 60)}" is not a global ID of this graph`, 'id');
      return decoded;
    },
    cursorType: 'String',
    nodeTypeOptions: { description: 'An object with a global ID, refetchable through `node(id:)` and `nodes(ids:)`.' },
    pageInfoTypeOptions: { description: 'Where a connection page sits in the whole list.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID.',
      args: { id: { description: 'A global ID from any `id` field.' } },
      resolve: (_root, args, _ctx, _info, resolveNode) => {
        if (args.id.id === FOREIGN_ID) throw foreignIdError(args.id.typename);
        return resolveNode(args.id);
      },
    },
    nodesQueryOptions: {
      description: 'Fetches several objects by global ID, batched per backend.',
      args: { ids: { description: 'Global IDs from any `id` fields; each resolves on its own (null plus an error when missing).' } },
      resolve: (_root, args, _ctx, _info, resolveNodes) => {
        const all = args.ids;
        if (!all.some((i) => i.id === FOREIGN_ID)) return resolveNodes(all);
        // Another tenant's IDs are NOT_FOUND at their own index (an Error value becomes that item's
        // error); the others resolve as usual. Pothos's resolveNodes reads `args.ids`, so narrow it.
        const own = all.filter((i) => i.id !== FOREIGN_ID);
        args.ids = own;
        const resolved = resolveNodes(own);
        let next = 0;
        return all.map((i) => {
          if (i.id === FOREIGN_ID) return foreignIdError(i.typename);
          const at = next++;
          return resolved.then((nodes) => nodes[at]);
        });
      },
    },
    idFieldOptions: { description: 'Global ID: opaque, stable, accepted by `node(id:)`.' },
    cursorFieldOptions: { description: 'Opaque position of this edge; pass it as `after` or `before`.' },
    nodeFieldOptions: { description: 'The item at this edge.', nullable: false },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.', nullable: { list: false, items: false } },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.', nullable: false },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first edge of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last edge of this page; pass it as `after` for the next page.' },
    firstArgOptions: { description: 'How many items to return, from the start or after `after` (capped by MAX_PAGE_SIZE, default 100).' },
    afterArgOptions: { description: 'Return items after this cursor.' },
    lastArgOptions: { description: 'How many items to return before `before` (needs `before`).' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
  },
  errors: {
    defaultTypes: [],
    defaultUnionOptions: {
      description: 'The outcome of a mutation: its success payload, or one of the typed errors a frontend can act on (see `MutationError`).',
    },
    defaultResultOptions: {
      description: 'The success payload of a mutation.',
    },
  },
});
