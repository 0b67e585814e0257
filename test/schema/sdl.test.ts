import { readFileSync } from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isIntrospectionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderSchema, renderSubgraph, renderSupergraph, SCHEMA_FILE, SUBGRAPH_FILE, SUPERGRAPH_FILE } from '../../scripts/print-schema.js';
import { schema } from '../../src/schema/index.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema` after changing src/schema/)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderSchema());
  });

  it('schema/subgraph.graphql is the SDL `_service` serves, and schema/supergraph.graphql composes from it (run `npm run schema`)', () => {
    expect(readFileSync(SUBGRAPH_FILE, 'utf8')).toBe(renderSubgraph());
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(renderSupergraph());
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toContain('@join__type(graph: SWITCHBOARD, key: "botId clientId")');
  });

  it('describes every type, field, argument and enum value, so GraphiQL documents the whole graph', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      // `_Any` and `_Service` are Apollo Federation's own types (@apollo/subgraph singletons), not ours to describe.
      if (isIntrospectionType(type) || type.name === '_Any' || type.name === '_Service' || type.name === 'String' || type.name === 'Int' || type.name === 'Float' || type.name === 'Boolean' || type.name === 'ID') continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
