import { createHash } from 'node:crypto';
import { getOperationAST, type ExecutionResult } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import type { Plugin } from 'graphql-yoga';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Principal } from '../auth/principal.js';
import type { CacheConfig } from '../config.js';
import { listenToAudit, type AuditEntry } from '../schema/audit.js';
import { typesToPurge } from './purge.js';
import type { ResponseCacheStore } from './store.js';
import { scopedType, tenantKey, tenantScoped } from './tenant-scoped.js';
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

/** The strong or weak validators an `If-None-Match` lists, unquoted. */
function validators(header: string | null): string[] {
  return (header ?? '').split(',').map((v) => v.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1')).filter(Boolean);
}

/**
 * Whole-response caching (`@graphql-yoga/plugin-response-cache`) with Switchboard's rules: keyed by
 * tenant, document, variables and scopes (tenant-scoped.ts); TTLs per type (ttls.ts); results with
 * any error (a partial answer, a failing backend) are never stored, the plugin's default.
 *
 * - A hit is answered at `onParams`, before parsing: it was produced by the same document for the
 *   same tenant and scopes, so it already passed every check a miss would pass.
 * - A mutation purges, before its answer is sent, the types its executed fields change, for the
 *   caller's tenant only, and only for fields that ran and may have written (purge.ts). The plugin's
 *   own purge by the entities a mutation's answer selects is off: it knew neither tenant nor outcome.
 * - `If-None-Match` is answered here, once the request passed authentication and every other check
 *   on the one door, and only when it names the entry this caller's own key finds (so another
 *   tenant's or scope set's ETag never matches). The plugin's own check ran first of all, on any path.
 */
export function useSwitchboardResponseCache(opts: {
  config: CacheConfig;
  store: ResponseCacheStore;
  principalOf: (request: Request) => Principal;
  /** cacheSalt() of the configured tokens. */
  salt: string;
  /** Where `switchboard_response_cache_total` is registered (the /metrics registry). */
  registry?: Registry;
  /** Told each request's key, for another plugin that needs it too (coalesce.ts). @default nobody */
  onKey?: (request: Request, key: string) => void;
  /** Executions the cache must leave alone (`@live` operations: plugins/use-live-query.ts). @default none */
  skip?: (context: object) => boolean;
}): Plugin[] {
  const store = tenantScoped(opts.store);
  const mutations = new WeakSet<Request>();
  const outcomes = new Counter({
    name: 'switchboard_response_cache_total',
    help: 'Queries answered from the response cache (hit) or executed (miss), on this replica.',
    labelNames: ['result'],
    registers: opts.registry ? [opts.registry] : [],
  });
  const rules: Plugin = {
    onExecute({ args }) {
      const op = getOperationAST(args.document, args.operationName);
      if (op?.operation === 'query') outcomes.inc({ result: 'miss' });
      if (op?.operation !== 'mutation') return;
      const ctx = args.contextValue as { request?: Request; audit?: (entry: AuditEntry) => void };
      const request = ctx.request;
      if (!request) return;
      mutations.add(request);
      // Every executed Mutation field reports its outcome to the audit (schema/audit.ts): listen in.
      const ran = listenToAudit(ctx);
      return {
        // After the writes, whether they succeeded or not: an UNKNOWN outcome may have changed data.
        onExecuteDone() {
          const tenant = opts.principalOf(request).tenant;
          const types = typesToPurge(ran);
          if (types.size) store.invalidate([...types].map((t) => ({ typename: scopedType(tenant, t) })));
        },
      };
    },
    async onResultProcess({ request, result, setResultProcessor, acceptableMediaTypes }) {
      const single = result as ExecutionResult & { [SERVED_FROM_CACHE]?: boolean; extensions?: { http?: { headers?: Record<string, string> } } };
      if (single[SERVED_FROM_CACHE]) {
        outcomes.inc({ result: 'hit' });
        const etag = single.extensions?.http?.headers?.ETag;
        if (etag && validators(request.headers.get('if-none-match')).includes(etag)) {
          setResultProcessor((_r, fetchAPI) => new fetchAPI.Response(null, { status: 304, headers: { etag } }), acceptableMediaTypes[0] ?? 'application/json');
        }
      }
      // Hold the mutation's answer until the purges are done, in Redis too: a read sent after the
      // answer arrives never gets what the mutation changed.
      if (mutations.has(request)) await store.flush();
    },
  };
  const { onRequest: _unauthenticatedConditional, ...cache } = useResponseCache({
    session: (request) => cacheSession(opts.principalOf(request), opts.salt),
    buildResponseCacheKey: async (params) => {
      const key = await tenantKey(params, opts.principalOf(params.request).tenant);
      opts.onKey?.(params.request, key);
      return key;
    },
    cache: store,
    ttl: opts.config.liveTtlMs,
    ttlPerSchemaCoordinate: ttlPerSchemaCoordinate(opts.config),
    invalidateViaMutation: false,
    includeExtensionMetadata: false,
    ...(opts.skip ? { enabled: (_request: Request, context: object) => !opts.skip!(context) } : {}),
  });
  return [cache, rules];
}
