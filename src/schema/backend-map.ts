import {
  getNamedType,
  getOperationAST,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { ServiceName } from '../gateway/errors.js';
import { serviceOf } from './global-id.js';

/**
 * Which backends a GraphQL operation may call, read from its document before it runs (the
 * bulkheads of plugins/use-concurrency-limit.ts take a slot per backend touched). Derived from the
 * schema, not listed by hand:
 *
 * - a type is **owned** by a backend when it says so (`extensions: { backend }` on the Pothos type) or
 *   when it is a Node type (its global ID names the backend: global-id.ts `serviceOf`, the rule
 *   `NotFound` errors already follow);
 * - a field may call the backends that own the types it returns, walking through the types that own
 *   nothing (connections, edges, payloads, unions, interfaces: every possible type) and stopping at
 *   owned ones, whose own fields are separate selections; a field can name its backends itself
 *   (`extensions: { backends: [...] }`), for a root field whose answer holds no owned type;
 * - an operation may call the backends of every field it selects, fragments included.
 *
 * `Query.calls` returns CallConnection → CallEdge → Call (uis); `LeelooAccount.calls` returns a
 * connection of Call too, so a CRM page selecting it touches leeloo and uis. `node`, `nodes` and
 * `_entities` return abstract types whose possible types span every backend: they touch all three (an
 * over-estimate: the ids decide at run time). test/schema/backend-map.test.ts checks that every root
 * field maps to a backend (or says it calls none) and that every example operation calls only the
 * backends its map names, at the simulators.
 */

export const SERVICES: readonly ServiceName[] = ['reporter', 'uis', 'leeloo'];

export interface BackendMap {
  /** The backends a field may call, by schema coordinate `Type.field`. */
  readonly fields: ReadonlyMap<string, readonly ServiceName[]>;
  /** The backends an operation may call (memoised per document). */
  ofOperation(document: DocumentNode, operationName?: string | null): readonly ServiceName[];
}

type WithExtensions = { extensions?: Record<string, unknown> | null };

function ownerOf(type: GraphQLNamedType): ServiceName | undefined {
  const own = (type as WithExtensions).extensions?.backend;
  if (typeof own === 'string') return own as ServiceName;
  if (isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node')) return serviceOf(type.name);
  return undefined;
}

/** The owners of the types reachable from `type`, stopping at owned ones. */
function reachable(schema: GraphQLSchema, type: GraphQLNamedType, seen = new Set<string>(), into = new Set<ServiceName>()): Set<ServiceName> {
  if (seen.has(type.name)) return into;
  seen.add(type.name);
  const owner = ownerOf(type);
  if (owner) return into.add(owner);
  if (isAbstractType(type)) for (const t of schema.getPossibleTypes(type)) reachable(schema, t, seen, into);
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const f of Object.values(type.getFields())) reachable(schema, getNamedType(f.type), seen, into);
  }
  return into;
}

function declared(field: GraphQLField<unknown, unknown>): readonly ServiceName[] | undefined {
  const own = (field as WithExtensions).extensions?.backends;
  return Array.isArray(own) ? (own as ServiceName[]) : undefined;
}

const maps = new WeakMap<GraphQLSchema, BackendMap>();

/** The map of a schema, built once per schema (gateways in one process share the schema). */
export function backendMapOf(schema: GraphQLSchema): BackendMap {
  let map = maps.get(schema);
  if (!map) maps.set(schema, (map = createBackendMap(schema)));
  return map;
}

export function createBackendMap(schema: GraphQLSchema): BackendMap {
  const fields = new Map<string, readonly ServiceName[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const f of Object.values(type.getFields())) {
      const backends = declared(f) ?? [...reachable(schema, getNamedType(f.type))];
      fields.set(`${type.name}.${f.name}`, SERVICES.filter((s) => backends.includes(s)));
    }
  }
  const memo = new WeakMap<DocumentNode, Map<string, readonly ServiceName[]>>();
  return {
    fields,
    ofOperation(document, operationName) {
      let perName = memo.get(document);
      if (!perName) memo.set(document, (perName = new Map()));
      const name = operationName ?? '';
      let found = perName.get(name);
      if (!found) {
        found = walk(schema, fields, document, operationName);
        perName.set(name, found);
      }
      return found;
    },
  };
}

function walk(schema: GraphQLSchema, fields: ReadonlyMap<string, readonly ServiceName[]>, document: DocumentNode, operationName?: string | null): readonly ServiceName[] {
  const op = getOperationAST(document, operationName);
  const root = op && schema.getRootType(op.operation);
  if (!op || !root) return [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const touched = new Set<ServiceName>();
  const spread = new Set<string>();
  const visit = (set: SelectionSetNode, parent: GraphQLNamedType | undefined) => {
    if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const def = (parent as GraphQLObjectType).getFields()[sel.name.value];
        if (!def) continue;
        for (const b of fields.get(`${parent.name}.${sel.name.value}`) ?? []) touched.add(b);
        if (sel.selectionSet) visit(sel.selectionSet, getNamedType(def.type));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        visit(sel.selectionSet, sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent);
      } else if (!spread.has(sel.name.value)) {
        spread.add(sel.name.value);
        const frag = fragments.get(sel.name.value);
        if (frag) visit(frag.selectionSet, schema.getType(frag.typeCondition.name.value));
      }
    }
  };
  visit(op.selectionSet, root);
  return SERVICES.filter((s) => touched.has(s));
}
