import type { GraphQLField, GraphQLObjectType, GraphQLSchema } from 'graphql';

/**
 * The scope each root field needs, read from its `authScopes` (or its root type's: every Query
 * field and the subscription need `read`), so descriptions and tests never restate it by hand.
 */
export function rootFieldScopes(schema: GraphQLSchema): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const type of rootTypes(schema)) {
    for (const field of Object.values(type.getFields())) out.set(`${type.name}.${field.name}`, scopesOf(type, field));
  }
  return out;
}

/** Appends "Needs the `x` scope." to every root field's description (once, at schema build). */
export function describeScopes(schema: GraphQLSchema): void {
  for (const type of rootTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const scopes = scopesOf(type, field);
      if (scopes.length === 0) continue;
      const needs = `Needs the ${scopes.map((s) => `\`${s}\``).join(' and ')} scope.`;
      field.description = field.description ? `${field.description.trimEnd()} ${needs}` : needs;
    }
  }
}

function rootTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t): t is GraphQLObjectType => !!t);
}

type WithPothos = { extensions?: { pothosOptions?: { authScopes?: unknown } } | null };

function scopesOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string[] {
  const own = (field as WithPothos).extensions?.pothosOptions?.authScopes;
  const inherited = (type as WithPothos).extensions?.pothosOptions?.authScopes;
  return [...names(inherited), ...names(own)].filter((s, i, all) => all.indexOf(s) === i);
}

/** `{ labels: true }` → ['labels']; functions and combinators ($any, $all) are not used by this schema. */
function names(scopes: unknown): string[] {
  if (!scopes || typeof scopes !== 'object') return [];
  return Object.entries(scopes as Record<string, unknown>)
    .filter(([k, v]) => v === true && !k.startsWith('$'))
    .map(([k]) => k);
}
