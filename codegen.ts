import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for frontends (and our tests) from the committed SDL and the example operations.
 * `npm run codegen` writes client/src/generated/ (the typed client package's documents and the
 * persisted-documents manifest, sha256 of each operation); never edit it by hand.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  // NodeNext resolution: generated relative imports need their .js extension.
  emitLegacyCommonJSImports: false,
  generates: {
    'client/src/generated/': {
      preset: 'client',
      // persistedDocuments: each document carries its sha256 (`__meta__.hash`) and codegen writes
      // persisted-documents.json (hash → text), the allow-list PERSISTED_OPERATIONS checks.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        scalars: { DateTime: 'string', Long: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
