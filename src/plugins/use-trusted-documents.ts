import { existsSync, readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import type { Principal } from '../auth/principal.js';

/**
 * Trusted documents (PERSISTED_OPERATIONS): the operations `npm run codegen` writes to
 * schema/persisted-documents.json (`"sha256:<hex>" → document`), sent by hash instead of text.
 *
 * Wire form, as the generated client sends it: `{ "documentId": "sha256:<hex>", "variables": … }`
 * (the typed documents carry it as `__meta__.hash`); Apollo's
 * `extensions.persistedQuery.sha256Hash: "<hex>"` is accepted too.
 * - `allow`: a known hash or a whole document; an unknown hash is refused.
 * - `only`: known hashes only; a document in `query` is refused unless the caller is authenticated
 *   and has the `adhoc` scope (GraphiQL users, operators).
 */
export type PersistedMode = 'allow' | 'only';

/** The manifest next to the sources (src/plugins → ../../schema) or the build (dist/src/plugins → ../../../schema). */
export function loadPersistedDocuments(): Map<string, string> {
  for (const rel of ['../../schema/persisted-documents.json', '../../../schema/persisted-documents.json']) {
    const file = new URL(rel, import.meta.url);
    if (existsSync(file)) return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  }
  throw new Error('schema/persisted-documents.json not found: run `npm run codegen`');
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** `documentId` (the client preset's form), else Apollo's persistedQuery extension; normalised to `sha256:<hex>`. */
function documentIdOf(params: { extensions?: Record<string, unknown> } & Record<string, unknown>): string | null {
  const id = params.documentId;
  if (typeof id === 'string') return HEX_SHA256.test(id) ? `sha256:${id}` : id;
  const pq = params.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (pq && pq.version === 1 && typeof pq.sha256Hash === 'string') return `sha256:${pq.sha256Hash}`;
  return null;
}

export function useTrustedDocuments(mode: PersistedMode, documents: Map<string, string>, principalOf: (request: Request) => Principal): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => documents.get(id) ?? null,
    extractPersistedOperationId: (params) => documentIdOf(params as Parameters<typeof documentIdOf>[0]),
    allowArbitraryOperations:
      mode === 'allow' ? true : (request) => {
        const p = principalOf(request);
        return p.kind !== 'anonymous' && p.scopes.has('adhoc');
      },
    customErrors: {
      notFound: { message: 'Unknown document id: only the documents of schema/persisted-documents.json are accepted.', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } } },
      keyNotFound: { message: 'Send a `documentId` (sha256:<hex> of a trusted document) or, with the `adhoc` scope, a `query`.', extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } } },
      persistedQueryOnly: { message: 'Only trusted documents are accepted here: send a `documentId` instead of a `query` (or use a credential with the `adhoc` scope).', extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 403 } } },
    },
  }) as Plugin;
}
