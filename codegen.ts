import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for frontends (and our tests) from the committed SDL and the example operations.
 * `npm run codegen` writes test/generated/; never edit it by hand.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  // NodeNext resolution: generated relative imports need their .js extension.
  emitLegacyCommonJSImports: false,
  generates: {
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', Long: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
