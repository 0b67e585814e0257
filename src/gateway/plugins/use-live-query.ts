import { createHash } from 'node:crypto';
import { getOperationAST, print, type DocumentNode, type ExecutionResult, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Principal } from '../../auth/principal.js';
import { typesToPurge } from '../../cache/purge.js';
import type { Context } from '../context.js';
import type { Logger } from '../../observability/logger.js';
import { listenToAudit } from '../../schema/audit.js';
import { liveOperation } from '../../live/directive.js';
import type { LiveQueries } from '../../live/live-queries.js';
import { liveResult } from '../../live/result.js';
import { typesRead } from '../../live/types-read.js';
import type { Redactor } from '../../upstream/redact.js';

export interface LiveQueryPluginOptions {
  live: LiveQueries;
  /** A fresh per-request context for one execution (DataLoaders, deadline, budgets), as the principal's request would get. */
  contextFor(principal: Principal, signal: AbortSignal): { context: Context; done(): void };
  /** Takes a subscription slot (MAX_SUBSCRIPTIONS, MAX_SUBSCRIPTIONS_PER_CALLER), or says why not. */
  takeSlot(context: Context): { release(): void } | { refused: GraphQLError };
  /** Contexts of @live operations: the response cache leaves them alone (a live answer is never a cached one). */
  liveContexts: WeakSet<object>;
  redactor: Redactor;
  logger: Logger;
}

/**
 * `@live` queries (live/directive.ts) beside the executor (design.md §1). For a query marked `@live`
 * and asked for as a stream (`Accept: text/event-stream` or `multipart/mixed`; graphql-ws asks that
 * way too, http/graphql-ws.ts), execution is replaced by a subscription to the query's shared
 * coordinator (live/live-queries.ts); resolvers and clients never know. Everything before execution
 * (authentication, scopes, tenant, document limits, trusted documents, rate limit) has run as for the
 * same query sent once, and each poll executes it through the same executor (compiled, masked)
 * with the first subscriber's principal: the coordinator's key holds tenant and scopes, so every
 * subscriber of one coordinator would get the same answer on its own.
 *
 * A `@live` query sent as a plain request (JSON only) is answered once, like the query without it,
 * and never cached. Every mutation announces what its executed fields may have changed
 * (cache/purge.ts, cache/invalidation.ts), on every replica; a refused one announces nothing.
 *
 * List it after use-compiled-execution (polls use the executor that plugin chose) and before the
 * response cache (which must not see live operations).
 */
export function useLiveQuery(opts: LiveQueryPluginOptions): Plugin<Context> {
  return {
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const ctx = args.contextValue;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === 'mutation') {
        // What ran, as the response cache's purge reads it (cache/purge.ts): a refused field (forbidden,
        // invalid, another tenant's id) or one kept from running by @skip announces nothing, and a field
        // inside fragments announces what it changed.
        const ran = listenToAudit(ctx);
        return {
          // After the writes, failed or not: a write whose outcome is UNKNOWN may have changed data.
          onExecuteDone() {
            const types = typesToPurge(ran);
            if (types.size) opts.live.announce({ tenant: ctx.principal.tenant, types: [...types], source: 'mutation' });
          },
        };
      }
      if (!liveOperation(args.document, args.operationName, args.variableValues)) return;
      opts.liveContexts.add(ctx);
      if (!wantsStream((ctx as { request?: Request }).request)) return;
      const slot = opts.takeSlot(ctx);
      if ('refused' in slot) {
        setResultAndStopExecution({ errors: [slot.refused] });
        return;
      }
      const principal = ctx.principal;
      const key = liveKey(principal, args.document, args.operationName, args.variableValues);
      const types = typesRead(args.schema, args.document);
      setExecuteFn(({ schema, document, variableValues, operationName, rootValue, fieldResolver, typeResolver, subscribeFieldResolver }) =>
        opts.live.subscribe(
          {
            key,
            tenant: principal.tenant,
            types,
            async execute(signal) {
              const { context, done } = opts.contextFor(principal, signal);
              try {
                // Only what defines the operation is kept for later polls, not the first request's context.
                const raw = (await executeFn({ schema, document, variableValues, operationName, rootValue, fieldResolver, typeResolver, subscribeFieldResolver, contextValue: context })) as ExecutionResult;
                return liveResult(raw, opts.redactor, (err) => opts.logger.error({ err }, 'live query: unexpected error (masked)'));
              } finally {
                done();
              }
            },
          },
          { signal: ctx.requestSignal, onEnd: slot.release },
        ),
      );
    },
  };
}

/** Whether the request takes a stream: SSE or multipart (Yoga's and Apollo's); graphql-ws relays as SSE. */
function wantsStream(request: Request | undefined): boolean {
  const accept = request?.headers.get('accept')?.toLowerCase() ?? '';
  return accept.includes('text/event-stream') || accept.includes('multipart/mixed');
}

/**
 * The coordinator key: tenant, sorted scopes, the document as printed (so formatting does not
 * matter), the operation name and the variables with sorted keys. Hashed: it names Redis keys and
 * channels, and documents and variables are the caller's.
 */
export function liveKey(principal: Principal, document: DocumentNode, operationName: string | null | undefined, variables: unknown): string {
  const parts = [principal.tenant, [...principal.scopes].sort(), print(document), operationName ?? null, sorted(variables ?? {})];
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]));
  return value;
}
