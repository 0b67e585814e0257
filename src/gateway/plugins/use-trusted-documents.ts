import { useAPQ } from '@graphql-yoga/plugin-apq';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Principal } from '../../auth/principal.js';
import type { ApqStore } from '../../shared/apq-store.js';
import type { Manifest } from '../../trusted/manifests.js';

/**
 * Documents sent by hash instead of text (PERSISTED_OPERATIONS), in the two forms clients speak:
 * - trusted documents: `{ "documentId": "sha256:<hex>" }` (GraphQL Code Generator's client preset and
 *   @switchboard/client's `persisted: true`), looked up in the manifests (trusted/manifests.ts);
 * - automatic persisted queries (APQ, Apollo Client's persisted-query link):
 *   `extensions.persistedQuery.sha256Hash` alone, then, after `PersistedQueryNotFound`, the same hash
 *   with the text, which registers it in the shared store (shared/apq-store.ts) for every replica.
 *
 * By mode:
 * - `off`: APQ works; a `documentId` gets PERSISTED_OPERATIONS_OFF (not "Must provide query string").
 * - `allow`: both work; any document as text too.
 * - `only`: trusted documents only (by `documentId` or by an APQ hash that is in a manifest); text,
 *   and so APQ registration, only for authenticated callers with the `adhoc` scope.
 */
export type PersistedMode = 'off' | 'allow' | 'only';

const HEX_SHA256 = /^[0-9a-f]{64}$/;

type Params = { query?: unknown; documentId?: unknown; extensions?: Record<string, unknown> };

/** `documentId` normalised to `sha256:<hex>` (the manifests' keys); other ids are kept as sent (and found in none). */
function documentIdOf(params: Params): string | null {
  const id = params.documentId;
  return typeof id === 'string' ? (HEX_SHA256.test(id) ? `sha256:${id}` : id) : null;
}

function apqHashOf(params: Params): string | null {
  const pq = params.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  return pq && pq.version === 1 && typeof pq.sha256Hash === 'string' ? pq.sha256Hash : null;
}

/** APQ's store, answering the manifests' hashes first (they need no registration). */
function storeWithManifest(store: ApqStore, documents: Manifest): ApqStore {
  return {
    get: async (hash) => documents.get(`sha256:${hash}`) ?? store.get(hash),
    set: (hash, text) => (documents.has(`sha256:${hash}`) ? Promise.resolve() : store.set(hash, text)),
  };
}

/** With persisted operations off, a bare `documentId` is answered with what is wrong and how to fix it. */
function useDocumentIdOff(): Plugin {
  return {
    onParams({ params }) {
      const p = params as Params;
      if (p.query == null && p.documentId != null) {
        throw createGraphQLError(
          'Persisted operations are off on this gateway (PERSISTED_OPERATIONS=off): send the document as text in `query`, or run the gateway with PERSISTED_OPERATIONS=allow.',
          { extensions: { code: 'PERSISTED_OPERATIONS_OFF', http: { status: 400 } } },
        );
      }
    },
  };
}

const errors = {
  notFound: {
    message: 'Unknown document id: only trusted documents are accepted (schema/persisted-documents.json and the TRUSTED_DOCUMENTS manifests).',
    extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
  },
  keyNotFound: {
    message: 'Send a `documentId` (sha256:<hex> of a trusted document) or, with the `adhoc` scope, a `query`.',
    extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
  },
  persistedQueryOnly: {
    message:
      'Only trusted documents are accepted here (PERSISTED_OPERATIONS=only): send a `documentId` instead of a `query`, or use a credential with the `adhoc` scope. Automatic persisted queries cannot register new documents.',
    extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 403 } },
  },
};

export function useTrustedDocuments(mode: PersistedMode, documents: Manifest, apq: ApqStore, principalOf: (request: Request) => Principal): Plugin[] {
  // The hash Apollo's link sends, checked against the text it sends with it (PERSISTED_QUERY_MISMATCH otherwise).
  const automatic = useAPQ({ store: storeWithManifest(apq, documents) }) as Plugin;
  if (mode === 'off') return [useDocumentIdOff(), automatic];
  if (mode === 'allow') {
    return [
      // First: a registered APQ hash becomes its text, which `allow` then runs like any document.
      automatic,
      usePersistedOperations({
        getPersistedOperation: (id) => documents.get(id) ?? null,
        extractPersistedOperationId: (params) => documentIdOf(params as Params),
        allowArbitraryOperations: true,
        customErrors: errors,
      }) as Plugin,
    ];
  }
  return [
    usePersistedOperations({
      getPersistedOperation: (id) => documents.get(id) ?? null,
      extractPersistedOperationId: (params) => {
        const p = params as Params;
        const hash = apqHashOf(p);
        return documentIdOf(p) ?? (hash !== null ? `sha256:${hash}` : null);
      },
      allowArbitraryOperations: (request) => {
        const p = principalOf(request);
        return p.kind !== 'anonymous' && p.scopes.has('adhoc');
      },
      customErrors: errors,
    }) as Plugin,
  ];
}
