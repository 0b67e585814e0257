import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import type { Context } from './context.js';

/**
 * The one SchemaBuilder. It defines no domain types: those live one per file under src/schema/.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    Long: { Input: string; Output: string | number | bigint };
    ID: { Input: string; Output: string | number };
  };
  // Fields are nullable by default: a failing backend nulls only its own fields (design.md §3).
  DefaultFieldNullability: true;
}>({
  plugins: [ErrorsPlugin, RelayPlugin, DataloaderPlugin, SimpleObjectsPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeTypeOptions: { description: 'An object with a global ID, refetchable through `node(id:)` and `nodes(ids:)`.' },
    pageInfoTypeOptions: { description: 'Where a connection page sits in the whole list.' },
    nodeQueryOptions: { description: 'Fetches any object by its global ID.' },
    nodesQueryOptions: { description: 'Fetches several objects by global ID, batched per backend.' },
  },
  errors: {
    defaultTypes: [],
  },
});
