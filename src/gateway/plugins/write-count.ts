import { Kind, getArgumentValues, type FragmentDefinitionNode, type FieldNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Upstream writes a mutation field may send. Most mutations send one write (bulk ones use one bulk
 * request); `tagCalls` sends one UIS write per (call, tag) pair (schema/uis/call-tag-mutations.ts).
 * A field missing here counts 1.
 */
const PER_PAIR: Record<string, readonly string[]> = {
  tagCalls: ['callIds', 'tagIds'],
};

/**
 * How many upstream writes a mutation operation may cause, from the document and its variables
 * alone, before anything runs: every root field counts (aliases and fragments included, `@skip`
 * ignored: the count is an upper bound), with list arguments multiplied out where each item is a write.
 */
export function countWrites(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> | null | undefined,
): number {
  const mutation = schema.getMutationType();
  if (operation.operation !== 'mutation' || !mutation) return 0;
  const fields = mutation.getFields();
  let total = 0;
  for (const node of rootFields(operation.selectionSet, fragments, new Set())) {
    const def = fields[node.name.value];
    if (!def) continue;
    const listArgs = PER_PAIR[node.name.value];
    if (!listArgs) {
      total += 1;
      continue;
    }
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(def, node, variables ?? {});
    } catch {
      // Invalid arguments fail in execution before any write; count the field once.
      total += 1;
      continue;
    }
    total += listArgs.reduce((n, name) => n * (Array.isArray(args[name]) ? (args[name] as unknown[]).length : 1), 1);
  }
  return total;
}

function* rootFields(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): Generator<FieldNode> {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) yield sel;
    else if (sel.kind === Kind.INLINE_FRAGMENT) yield* rootFields(sel.selectionSet, fragments, seen);
    else if (!seen.has(sel.name.value) && fragments[sel.name.value]) {
      // Validation forbids fragment cycles; the set only keeps a spread from being counted twice.
      seen.add(sel.name.value);
      yield* rootFields(fragments[sel.name.value]!.selectionSet, fragments, seen);
    }
  }
}
