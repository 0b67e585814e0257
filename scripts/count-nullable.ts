import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { operationFiles, operationText } from './operations.js';

/**
 * Counts the nullable positions in the results of the example operations (schema/operations/):
 * every selected field whose type is nullable counts one, and so does every nullable list item
 * level, per place it is selected (fragments are expanded where they are spread; `__typename`
 * never counts). A typed client needs one null check per position, so fewer is better.
 *
 *   npx tsx scripts/count-nullable.ts [--schema schema/schema.graphql] [--verbose]
 */
export function nullablePositions(type: GraphQLOutputType): number {
  let n = 0;
  let t: GraphQLOutputType = type;
  for (;;) {
    if (isNonNullType(t)) t = t.ofType;
    else n++;
    if (!isListType(t)) return n;
    t = t.ofType;
  }
}

function countSelection(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
): number {
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value === '__typename' || isAbstractType(parent) && !('getFields' in parent)) continue;
      const field = 'getFields' in parent ? parent.getFields()[sel.name.value] : undefined;
      if (!field) throw new Error(`unknown field ${parent.name}.${sel.name.value}`);
      total += nullablePositions(field.type);
      const named = getNamedType(field.type);
      if (sel.selectionSet && isCompositeType(named)) total += countSelection(schema, named, sel.selectionSet, fragments);
    } else {
      const fragment = sel.kind === Kind.FRAGMENT_SPREAD ? fragments.get(sel.name.value)! : sel;
      const condition = fragment.typeCondition ? (schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType) : parent;
      total += countSelection(schema, condition, fragment.selectionSet, fragments);
    }
  }
  return total;
}

/** Nullable positions per operation file (relative to schema/operations/). */
export function countNullable(sdl: string): Map<string, number> {
  const schema = buildSchema(sdl);
  const counts = new Map<string, number>();
  for (const file of operationFiles()) {
    const doc = parse(operationText(file));
    const fragments = new Map(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
    let n = 0;
    for (const def of doc.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      const root = schema.getRootType(def.operation);
      if (!root) throw new Error(`${file}: no ${def.operation} root`);
      n += countSelection(schema, root, def.selectionSet, fragments);
    }
    if (doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) counts.set(file, n);
  }
  return counts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--schema');
  const path = i > 0 ? process.argv[i + 1]! : fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));
  const counts = countNullable(readFileSync(path, 'utf8'));
  if (process.argv.includes('--verbose')) for (const [file, n] of counts) console.log(`${String(n).padStart(5)}  ${file}`);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`${total} nullable positions in the results of ${counts.size} example operations`);
}
