import { createHash } from 'node:crypto';
import { getOperationAST, Kind } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import type { Plugin } from 'graphql-yoga';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Principal } from '../auth/principal.js';
import type { CacheConfig } from '../config.js';
import { INVALIDATED_BY_MUTATION } from './invalidation.js';
import type { ResponseCacheStore } from './store.js';
import { ttlPerSchemaCoordinate } from './ttls.js';

/** How the plugin marks an answer it took from the cache. */
const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');

/**
 * The cache key's session part: the tenant and the caller's scopes, sorted. Two callers see the same
 * answer exactly when they act for the same tenant with the same scopes (a field outside a caller's
 * scopes is an error, and errors are never cached), so they may share it; nobody else may.
 */
export function cacheSession(principal: Principal, salt = ''): string {
  return `${principal.tenant}|${[...principal.scopes].sort().join(',')}|${salt}`;
}

/**
 * A salt every replica of one deployment derives alike from its backend tokens, which callers do not
 * know. The cache key doubles as the response's ETag, and the plugin answers `If-None-Match: <key>`
 * with 304 when that entry exists: without the salt a caller could compute another tenant's key (the
 * documents and tenant ids are no secret) and learn whether that tenant just asked for something.
 */
export function cacheSalt(secrets: readonly string[]): string {
  return createHash('sha256').update(`switchboard-response-cache\n${[...secrets].sort().join('\n')}`).digest('hex');
}

/**
 * Whole-response caching (`@graphql-yoga/plugin-response-cache`) with Switchboard's rules: keyed by
 * document, variables, tenant and scopes; TTLs per type (ttls.ts); results with any error (a
 * partial answer, a failing backend) are never stored, the plugin's default; every mutation drops
 * what it changed (invalidation.ts) before its answer is sent, so the next read sees the change.
 *
 * A hit is answered at `onParams`, before parsing: it was produced by the same document for the
 * same tenant and scopes, so it already passed every check a miss would pass.
 */
export function useSwitchboardResponseCache(opts: {
  config: CacheConfig;
  store: ResponseCacheStore;
  principalOf: (request: Request) => Principal;
  /** cacheSalt() of the configured tokens. */
  salt: string;
  /** Where `switchboard_response_cache_total` is registered (the /metrics registry). */
  registry?: Registry;
  /** Executions the cache must leave alone (`@live` operations: plugins/use-live-query.ts). @default none */
  skip?: (context: object) => boolean;
}): Plugin[] {
  const mutations = new WeakSet<Request>();
  const outcomes = new Counter({
    name: 'switchboard_response_cache_total',
    help: 'Queries answered from the response cache (hit) or executed (miss), on this replica.',
    labelNames: ['result'],
    registers: opts.registry ? [opts.registry] : [],
  });
  const invalidate: Plugin = {
    onExecute({ args }) {
      const op = getOperationAST(args.document, args.operationName);
      if (op?.operation === 'query') outcomes.inc({ result: 'miss' });
      if (op?.operation !== 'mutation') return;
      const request = (args.contextValue as { request?: Request }).request;
      if (request) mutations.add(request);
      const types = new Set<string>();
      for (const sel of op.selectionSet.selections) {
        if (sel.kind === Kind.FIELD) for (const t of INVALIDATED_BY_MUTATION[sel.name.value] ?? []) types.add(t);
      }
      return {
        // After the writes, whether they succeeded or not: an UNKNOWN outcome may have changed data.
        onExecuteDone() {
          if (types.size) opts.store.invalidate([...types].map((typename) => ({ typename })));
        },
      };
    },
    // Hold the mutation's answer until the invalidations (and the plugin's own, by entity) are done,
    // in Redis too: a read sent after the answer arrives never gets what the mutation changed.
    async onResultProcess({ request, result }) {
      if ((result as Record<symbol, unknown>)[SERVED_FROM_CACHE]) outcomes.inc({ result: 'hit' });
      if (mutations.has(request)) await opts.store.flush();
    },
  };
  return [
    useResponseCache({
      session: (request) => cacheSession(opts.principalOf(request), opts.salt),
      cache: opts.store,
      ttl: opts.config.liveTtlMs,
      ttlPerSchemaCoordinate: ttlPerSchemaCoordinate(opts.config),
      includeExtensionMetadata: false,
      ...(opts.skip ? { enabled: (_request: Request, context: object) => !opts.skip!(context) } : {}),
    }),
    invalidate,
  ];
}
