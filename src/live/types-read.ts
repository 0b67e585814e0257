import { getNamedType, isAbstractType, isObjectType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

/**
 * The object types an operation's result can contain, read from the document and the schema (not
 * from one result): every field's named type, and for an interface or union every type that may
 * stand in for it. A live query is re-run when a change names one of these (a mutation's
 * cache/invalidation.ts entry, a UIS notification's Call), so the answer must hold for the results it
 * has not produced yet too: a calls page that is empty now still shows the call tagged next.
 *
 * The same names as the response cache's TTL table (cache/ttls.ts) and its invalidation table, which
 * is what lets one table of "what each mutation changes" serve both. Computed once per live query
 * (coordinator), not per push.
 */
export function typesRead(schema: GraphQLSchema, document: DocumentNode): ReadonlySet<string> {
  const types = new Set<string>();
  const info = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(info, {
      Field() {
        const named = getNamedType(info.getType());
        if (!named) return;
        if (isObjectType(named)) types.add(named.name);
        else if (isAbstractType(named)) for (const t of schema.getPossibleTypes(named)) types.add(t.name);
      },
    }),
  );
  return types;
}
