import {
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../src/auth/forbidden.js';
import { SCOPES, type Scope } from '../../src/auth/principal.js';
import { loadConfig } from '../../src/config.js';
import { schema } from '../../src/schema/index.js';
import { boundaryFields, declaredScopes, requiredScopes, satisfies } from '../../src/schema/type-scopes.js';
import { Redactor } from '../../src/upstream/redact.js';

/**
 * Finding 2 of issue 18: a key with only `labels` read 5 000 sessions and clients' names through
 * `bulkLabelSessions { ... on BulkLabelSessionsSuccess { sessions { … } } }`. Scopes now sit on
 * types; this walks the schema from every Mutation field's payload, through unions, interfaces and
 * connections, and calls every reachable field's resolver (as the schema wires it: scope-auth and
 * the type-scope guard included) for every scope set, with a context whose loaders, clients and
 * shared state are traps: a field whose type needs a scope the caller lacks must be FORBIDDEN before
 * anything touches a trap.
 */
const mutation = schema.getMutationType()!;

function possible(type: GraphQLNamedType): GraphQLObjectType[] {
  if (isAbstractType(type)) return [...schema.getPossibleTypes(type)];
  return isObjectType(type) ? [type] : [];
}

/** Every (parent type, field) a mutation's payload can reach. */
function reachableFields(): { parent: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[] {
  const seen = new Set<string>();
  const queue: GraphQLObjectType[] = Object.values(mutation.getFields()).flatMap((f) => possible(getNamedType(f.type)));
  const out: { parent: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[] = [];
  while (queue.length) {
    const type = queue.shift()!;
    if (seen.has(type.name)) continue;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) {
      out.push({ parent: type, field });
      queue.push(...possible(getNamedType(field.type)));
    }
  }
  return out;
}

/** The field's own scope-auth `authScopes` (any of), when it has some. */
function fieldScopes(field: GraphQLField<unknown, unknown>): Scope[] {
  const map = (field.extensions as { pothosOptions?: { authScopes?: Record<string, unknown> } }).pothosOptions?.authScopes;
  return map && typeof map === 'object' ? (Object.keys(map).filter((k) => map[k] === true) as Scope[]) : [];
}

const SCOPE_SETS: Scope[][] = [[], ...SCOPES.map((s) => [s]), [...SCOPES]];
const config = loadConfig({});

/** A context whose every way upstream records its use and fails. */
function trappedContext(scopes: Scope[]) {
  const touched: string[] = [];
  const trap = (name: string): unknown =>
    new Proxy(
      {},
      {
        get(_t, prop) {
          touched.push(`${name}.${String(prop)}`);
          throw new Error(`trap: ${name}.${String(prop)}`);
        },
      },
    );
  const ctx = {
    principal: { name: 'walker', scopes: new Set(scopes), tenant: 'default', kind: 'api-key' },
    config,
    loaders: trap('loaders'),
    backends: trap('backends'),
    shared: trap('shared'),
    redactor: new Redactor(),
    signal: new AbortController().signal,
    requestSignal: new AbortController().signal,
  };
  return { ctx, touched };
}

function infoFor(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): GraphQLResolveInfo {
  return {
    fieldName: field.name,
    fieldNodes: [],
    returnType: field.type,
    parentType: parent,
    path: { prev: undefined, key: field.name, typename: parent.name },
    schema,
    fragments: {},
    rootValue: undefined,
    operation: { kind: 'OperationDefinition', operation: 'mutation', selectionSet: { kind: 'SelectionSet', selections: [] } },
    variableValues: {},
  } as unknown as GraphQLResolveInfo;
}

async function call(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, scopes: Scope[]) {
  const { ctx, touched } = trappedContext(scopes);
  let error: unknown;
  try {
    const result = await field.resolve!({}, {}, ctx, infoFor(parent, field));
    if (result instanceof Error) error = result;
  } catch (err) {
    error = err;
  }
  return { forbidden: error instanceof ForbiddenError, scope: error instanceof ForbiddenError ? error.scope : undefined, touched };
}

const reachable = reachableFields();

describe('scopes on types: every field a mutation payload reaches, for every scope set', () => {
  it('walks the payloads of every mutation into the data types', () => {
    expect(Object.keys(mutation.getFields()).length).toBeGreaterThan(35);
    const types = new Set(reachable.map((r) => r.parent.name));
    for (const t of ['Session', 'ReporterClient', 'Call', 'LeelooAccount', 'Employee', 'SessionConnection', 'LeelooAccountCallConnection', 'ReporterMessage']) expect(types).toContain(t);
    expect(reachable.length).toBeGreaterThan(300);
  });

  it('declares the scope of every object type but the mutations’ own payloads, errors and the Relay structure', () => {
    const undeclared = Object.values(schema.getTypeMap())
      .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && !t.name.startsWith('_'))
      .filter((t) => ![schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(t))
      .filter((t) => declaredScopes(t) === undefined)
      // Payloads and errors carry the mutation's own result; connections and edges need what their node needs.
      .filter((t) => !/(Success|Outcome)$/.test(t.name) && !t.getInterfaces().some((i) => i.name === 'MutationError'))
      .filter((t) => !/(Connection|Edge)$/.test(t.name) || requiredScopes(schema, t).length === 0)
      .map((t) => t.name);
    expect(undeclared).toEqual(['PageInfo']);
  });

  it('guards only mutation payload fields: no field a query reaches pays for a check', () => {
    const guarded = boundaryFields(schema).map((b) => b.type.name);
    expect(guarded.length).toBeGreaterThan(20);
    for (const name of guarded) expect(name).toMatch(/(Success|Outcome)$/);
  });

  for (const scopes of SCOPE_SETS) {
    it(`refuses exactly the fields the scope set {${scopes.join(', ')}} may not read, before any upstream access`, async () => {
      const held = new Set(scopes);
      let refused = 0;
      let checked = 0;
      for (const { parent, field } of reachable) {
        // A parent the caller cannot open is never resolved: the field leading to it was refused.
        if (!satisfies(held, requiredScopes(schema, parent))) continue;
        const needs = [...requiredScopes(schema, getNamedType(field.type)), ...(fieldScopes(field).length ? [fieldScopes(field)] : [])];
        const expectRefused = !satisfies(held, needs);
        const got = await call(parent, field, scopes);
        checked += 1;
        const where = `${parent.name}.${field.name} with {${scopes.join(', ')}}`;
        expect({ where, forbidden: got.forbidden }).toEqual({ where, forbidden: expectRefused });
        if (expectRefused) {
          refused += 1;
          expect({ where, touched: got.touched }).toEqual({ where, touched: [] });
          expect(needs.some((anyOf) => anyOf.includes(got.scope as Scope))).toBe(true);
        }
      }
      expect(checked).toBeGreaterThan(0);
      // Without `read`, every payload field into data is refused; with it (or every scope), none is.
      if (scopes.includes('read')) expect(refused).toBe(0);
      else expect(refused).toBeGreaterThan(10);
    });
  }

  it('treats interfaces and unions as needing what every possible type needs', () => {
    for (const t of Object.values(schema.getTypeMap()).filter(isInterfaceType)) {
      const needs = requiredScopes(schema, t);
      for (const member of schema.getPossibleTypes(t)) for (const need of requiredScopes(schema, member)) expect(needs).toContainEqual(need);
    }
  });
});
