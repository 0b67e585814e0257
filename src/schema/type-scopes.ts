import {
  defaultFieldResolver,
  getNamedType,
  isAbstractType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { ForbiddenError } from '../auth/forbidden.js';
import type { Principal, Scope } from '../auth/principal.js';

/**
 * Scopes on types, not only on root fields (design.md §1): whatever a caller reaches, through a
 * query or through a mutation's payload, is guarded by the type it lands on.
 *
 * Each data type declares the scopes that open it (`...readableWith('read')`, any one of them);
 * `guardTypeScopes` then wraps, once at schema build, every field whose return type needs a scope
 * its parent type does not already guarantee, so that field is refused (FORBIDDEN, null plus an
 * error at its path) before its resolver runs: nothing is read upstream for it. A labels-only key
 * that adds a label sees the mutation's own result (`changed`, ids) and FORBIDDEN on `session`.
 *
 * Why not Pothos scope-auth's type-level `authScopes`: scope-auth checks those before every field of
 * the type, on every object (cached, but still a wrapper per field); on the 50-session dashboard
 * that cost 12–15 % of the gateway's CPU per operation, for checks that can never fail on a query
 * (every Query field already needs `read`). The boundary fields wrapped here are the only places a
 * type's scope is not implied by its parent's: a handful of mutation payload fields; no field a
 * query reaches is wrapped. Root fields keep their scope-auth `authScopes`.
 */
const KEY = 'switchboardTypeScopes';

/** The scopes (any one of them) that open a type; spread into a Pothos type's options. */
export function readableWith(...anyOf: Scope[]): { extensions: Record<string, readonly Scope[]> } {
  return { extensions: { [KEY]: Object.freeze([...anyOf]) } };
}

/** Data every read shows: sessions, messages, clients, calls, employees, accounts, statistics… */
export const READ = readableWith('read');

type WithExtensions = { extensions?: Record<string, unknown> | null; getFields?: () => Record<string, GraphQLField<unknown, unknown>> };

/** What a type itself declares: its own scopes, or (root types) scope-auth's `authScopes`; undefined: nothing declared. */
export function declaredScopes(type: GraphQLNamedType): readonly Scope[] | undefined {
  const ext = (type as WithExtensions).extensions;
  const own = ext?.[KEY] as readonly Scope[] | undefined;
  if (own) return own;
  const pothos = (ext?.pothosOptions as { authScopes?: unknown } | undefined)?.authScopes;
  if (pothos && typeof pothos === 'object') {
    return Object.entries(pothos as Record<string, unknown>)
      .filter(([k, v]) => v === true && !k.startsWith('$'))
      .map(([k]) => k as Scope);
  }
  return undefined;
}

/**
 * What reading a value of `type` needs: one "any of" set per requirement, all of which must hold.
 * A Relay connection or edge needs what its node needs; an interface or union needs what every
 * possible type needs (so a guard never lets a member through that would be refused later).
 */
export function requiredScopes(schema: GraphQLSchema, type: GraphQLNamedType, seen = new Set<string>()): (readonly Scope[])[] {
  if (seen.has(type.name)) return [];
  seen.add(type.name);
  if (isAbstractType(type)) return dedupe(schema.getPossibleTypes(type).flatMap((t) => requiredScopes(schema, t, seen)));
  if (!isObjectType(type)) return [];
  const declared = declaredScopes(type);
  if (declared) return declared.length ? [declared] : [];
  const fields = type.getFields();
  const via = fields.node ?? fields.edges;
  return via ? requiredScopes(schema, getNamedType(via.type), seen) : [];
}

/** Whether holding `scopes` satisfies every "any of" set. */
export function satisfies(scopes: ReadonlySet<Scope>, required: readonly (readonly Scope[])[]): boolean {
  return required.every((anyOf) => anyOf.some((s) => scopes.has(s)));
}

/** The requirements of `child` that passing `parent`'s do not already imply (a set is implied by a subset of it). */
function unmet(parent: readonly (readonly Scope[])[], child: readonly (readonly Scope[])[]): (readonly Scope[])[] {
  return child.filter((need) => !parent.some((have) => have.every((s) => need.includes(s))));
}

/** The fields `guardTypeScopes` wraps, with what each needs; also what the tests walk. */
export function boundaryFields(schema: GraphQLSchema): { type: GraphQLObjectType; field: GraphQLField<unknown, unknown>; needs: (readonly Scope[])[] }[] {
  const out: ReturnType<typeof boundaryFields> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const parent = requiredScopes(schema, type);
    for (const field of Object.values(type.getFields())) {
      const needs = unmet(parent, requiredScopes(schema, getNamedType(field.type)));
      if (needs.length) out.push({ type, field, needs });
    }
  }
  return out;
}

const NONE: ReadonlySet<Scope> = new Set();

/** Wraps every boundary field (see above) once: refused before its resolver runs when the caller lacks the scope; its description says which. */
export function guardTypeScopes(schema: GraphQLSchema): void {
  for (const { field, needs } of boundaryFields(schema)) {
    const says = needs.map((anyOf) => `Needs the ${anyOf.map((s) => `\`${s}\``).join(' or ')} scope.`).join(' ');
    field.description = field.description ? `${field.description.trimEnd()} ${says}` : says;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, ctx: unknown, info) => {
      const scopes = (ctx as { principal?: Principal } | undefined)?.principal?.scopes ?? NONE;
      const missing = needs.find((anyOf) => !anyOf.some((s) => scopes.has(s)));
      if (missing) throw new ForbiddenError(missing[0]!);
      return resolve(source, args, ctx, info);
    };
  }
}

function dedupe(sets: (readonly Scope[])[]): (readonly Scope[])[] {
  const seen = new Set<string>();
  return sets.filter((s) => {
    const key = [...s].sort().join(',');
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
