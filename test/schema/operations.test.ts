import { parse, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { operationFiles, operationText } from '../../scripts/operations.js';
import * as generated from '../../client/src/generated/graphql.js';

const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document')) as Array<[string, DocumentNode]>;

describe('schema/operations and their typed documents', () => {
  it('has one typed document per example operation (run `npm run codegen` after adding one)', () => {
    const names = operationFiles().flatMap((file) =>
      parse(operationText(file)).definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [`${d.name.value}Document`] : [])),
    );
    expect(names.length).toBeGreaterThan(50);
    expect(documents.map(([name]) => name).sort()).toEqual([...names].sort());
  });

  it.each(documents)('%s is valid against the current schema', (_name, doc) => {
    expect(validate(schema, doc)).toEqual([]);
  });

  // Tests and the bench send these texts: each file must be complete with the shared fragments it spreads.
  const withOperations = operationFiles().filter((file) => parse(operationText(file)).definitions.some((d) => d.kind === 'OperationDefinition'));
  it.each(withOperations)('%s, sent as text with its fragments, is valid', (file) => {
    expect(validate(schema, parse(operationText(file)))).toEqual([]);
  });
});
