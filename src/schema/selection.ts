import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * Names of the fields selected below a path of field names (e.g. ['edges', 'node']) in the current
 * field's selection, through inline fragments and fragment spreads. Used to compute the explicit UIS
 * `fields` list from what the GraphQL query actually asks for (uis-data-api.md §9).
 */
export function selectedFieldNames(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  const out = new Set<string>();
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path) {
    sets = fieldsOf(sets, info.fragments)
      .filter((f) => f.name.value === name)
      .flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  for (const field of fieldsOf(sets, info.fragments)) out.add(field.name.value);
  return out;
}

/** Sub-selections of one child field (by name) of the given selection sets. */
export function childSelections(info: GraphQLResolveInfo, path: string[]): SelectionSetNode[] {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path) {
    sets = fieldsOf(sets, info.fragments)
      .filter((f) => f.name.value === name)
      .flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  return sets;
}

function fieldsOf(sets: SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) out.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet, seen);
      else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
        const frag = fragments[sel.name.value];
        if (frag) visit(frag.selectionSet, new Set([...seen, sel.name.value]));
      }
    }
  };
  for (const s of sets) visit(s, new Set());
  return out;
}
