import { DirectiveLocation, getOperationAST, GraphQLBoolean, GraphQLDirective, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { isLiveQueryOperationDefinitionNode } from '@n1ru4l/graphql-live-query';

/**
 * `@live` on a query operation: the answer is a stream (SSE, multipart, graphql-ws) of the whole result,
 * first as it is now and then each time it changes (README "Live queries"). The same directive as
 * `@n1ru4l/graphql-live-query`'s (name, location, `if`), so tools that know that convention read ours,
 * but without its `throttle` argument: the cadence is the gateway's (LIVE_POLL_INTERVAL_MS), shared
 * by every subscriber of the same query, so one caller's wish cannot change it.
 *
 * Declared on QUERY only: graphql-js's validation refuses it on a mutation or a subscription
 * (GRAPHQL_VALIDATION_FAILED, "Directive "@live" may not be used on MUTATION.") before anything runs.
 */
export const LiveDirective = new GraphQLDirective({
  name: 'live',
  description:
    'Makes a query live: sent with `Accept: text/event-stream` (GraphQL over SSE), `multipart/mixed;subscriptionSpec=1.0` (Apollo) or over graphql-ws, the answer is the result now, then the whole result again each time it changes (and nothing while it does not). One execution per interval (LIVE_POLL_INTERVAL_MS) serves every subscriber of the same query, tenant and scopes; mutations and UIS notifications re-run it at once. Sent as a plain request, it is answered once. Only on queries.',
  locations: [DirectiveLocation.QUERY],
  args: {
    if: { type: GraphQLBoolean, defaultValue: true, description: 'Whether the query is live (`@live(if: $live)` lets one document serve both ways).' },
  },
});

/** The operation `operationName` picks, when it is a query marked `@live` (honouring `if`). */
export function liveOperation(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): OperationDefinitionNode | undefined {
  const op = getOperationAST(document, operationName);
  if (!op || op.operation !== 'query') return undefined;
  return isLiveQueryOperationDefinitionNode(op, variables ?? undefined) ? op : undefined;
}
