import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './backend.js';
import './message.js';
import './client.js';
import './mutation-errors.js';
import './reporter/index.js';
import './uis/index.js';
import './leeloo/index.js';
import './account-calls.js';
import './client-lookup.js';
import { toFederatedSchema } from './federation.js';
import { auditMutations } from './audit.js';
import { describeScopes } from './scope-descriptions.js';
import { guardTypeScopes } from './type-scopes.js';

// Every query and the subscription need `read`; each mutation names its own scope (authScopes).
builder.queryType({ description: 'Everything a contact-centre frontend reads, over the Reporter, UIS and Leeloo backends.', authScopes: { read: true } });
builder.mutationType({ description: 'Changes operators and analysts make: labels, comments, blocking, experiments, reports, call tags.' });
builder.subscriptionType({ description: 'Live updates over GraphQL-over-SSE (send `Accept: text/event-stream`).', authScopes: { read: true } });

/**
 * The executable schema, sorted so the printed SDL is stable: the Pothos types plus the Apollo
 * Federation v2 subgraph fields `_service` and `_entities` (federation.ts; README "Federation"),
 * each root field's description ending with the scope it needs, every field that leads into a type
 * needing a scope its parent does not guarantee checking it first (type-scopes.ts).
 */
const built = toFederatedSchema();
describeScopes(built);
// Fields whose type needs a scope their parent does not guarantee (mutation payloads reaching data) check it first.
guardTypeScopes(built);
auditMutations(built);
export const schema: GraphQLSchema = built;
