import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** Fields a selection can name without arguments of its own (every required argument has a default). */
function selectable(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);
}

/**
 * A selection of every field of `type` down to `depth` object levels (unions and interfaces through
 * an inline fragment per possible type; `__typename` everywhere), so a test asks for everything a
 * payload can reach without naming it. Depth 0: the type's own scalars only.
 */
export function selectAll(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string {
  if (isAbstractType(type)) {
    return `__typename ${schema
      .getPossibleTypes(type)
      .map((t) => `... on ${t.name} { ${selectAll(schema, t, depth)} }`)
      .join(' ')}`;
  }
  if (!isObjectType(type)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (!selectable(field) || field.name.startsWith('__')) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name} { ${selectAll(schema, named, depth - 1)} }`);
  }
  return parts.join(' ');
}
