import { hashSHA256 } from '@graphql-yoga/plugin-response-cache';
import type { ResponseCacheStore } from './store.js';

/**
 * The response cache, partitioned by tenant (issue 18): every key starts with its tenant
 * (`acme/3f2a…`), and every entity a stored response is indexed under (`Session`, `Session:<id>`)
 * is recorded as that tenant's (`acme/Session`), so a purge names one tenant's types and can never
 * drop, or be caused by, another tenant's entries.
 */
export function tenantOfKey(key: string): string {
  return key.slice(0, key.indexOf('/'));
}

/** The tenant's name for a type in the cache's index. */
export const scopedType = (tenant: string, typename: string) => `${tenant}/${typename}`;

/** JSON with sorted keys, so equal variables give equal keys whatever their order. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The key: the tenant, then a hash of the document, operation, variables and session (tenant, scopes,
 * salt: use-response-cache.ts). It is also the response's ETag.
 */
export async function tenantKey(params: { documentString: string; operationName?: string | null; variableValues?: unknown; sessionId?: string | null }, tenant: string): Promise<string> {
  const hash = await hashSHA256([params.documentString, params.operationName ?? '', stable(params.variableValues ?? {}), params.sessionId ?? ''].join('|'));
  return `${tenant}/${hash}`;
}

/** The store with every stored response's entities recorded under its key's tenant. */
export function tenantScoped(store: ResponseCacheStore): ResponseCacheStore {
  return {
    get: (key) => store.get(key),
    set(key, result, entities, ttl) {
      const tenant = tenantOfKey(key);
      return store.set(key, result, [...entities].map((e) => ({ ...e, typename: scopedType(tenant, e.typename) })), ttl);
    },
    // Callers name scoped types (scopedType): the mutation purge of use-response-cache.ts.
    invalidate: (entities) => store.invalidate(entities),
    flush: (timeoutMs) => store.flush(timeoutMs),
  };
}
