import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';

/**
 * A document and variables that call one root field with valid arguments (every required argument
 * and input field filled with a well-typed sample), selecting only `__typename` where it can.
 * What the values mean does not matter: the tests that use it expect the field to be refused first.
 */
export function sampleCall(root: GraphQLObjectType, field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const kind = root.name === 'Mutation' ? 'mutation' : root.name === 'Subscription' ? 'subscription' : 'query';
  const decls: string[] = [];
  const args: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (!isNonNullType(arg.type)) continue;
    decls.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = sampleValue(arg.type);
  }
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  const query = `${kind}${decls.length ? `(${decls.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
  return { query, variables };
}

function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    // @oneOf: exactly one field set.
    if (type.isOneOf) return { [fields[0].name]: sampleValue(fields[0].type) };
    return Object.fromEntries(fields.filter((f) => isNonNullType(f.type)).map((f) => [f.name, sampleValue(f.type)]));
  }
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2024-01-01T00:00:00Z';
    case 'Long':
      return '1';
    case 'JSON':
      return {};
    case 'ID':
      // A well-formed global ID (relay decodes ID arguments before any resolver wrapper runs).
      return Buffer.from('Session:1').toString('base64');
    default:
      return 'x';
  }
}
