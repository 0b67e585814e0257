import { rawIdOfType, type IdOwner } from './global-id.js';
import { defaultFieldResolver, Kind, specifiedDirectives, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema, type GraphQLUnionType, type SelectionSetNode } from 'graphql';
import { ForbiddenError } from '../auth/forbidden.js';
import type { Scope } from '../auth/principal.js';
import { callFieldsFor } from '../backends/uis/call-fields.js';
import { parseCallKey, UisEmployee, UisTag } from '../backends/uis/shapes.js';
import { builder } from './builder.js';
import type { Context } from '../gateway/context.js';
import { badUserInput, ErrorCode } from '../gateway/errors.js';
import { LeelooAccountRef } from './leeloo/account.js';
import { LeelooAccountSource } from './leeloo/parents.js';
import { ReporterClientRef, ReporterClientShape, SessionRef } from './reporter/refs.js';
import { CallRef } from './uis/call.js';
import { EmployeeRef } from './uis/employee.js';
import { TagRef } from './uis/tag.js';
import { LiveDirective } from '../live/directive.js';

/**
 * Apollo Federation v2: Switchboard as a subgraph. Six types are entities another subgraph can
 * reference by `@key`; the router resolves them through `_entities`, which lands here and goes
 * through the SAME per-request DataLoaders as `node`, `nodes` and the list fields, so N references
 * of one type in one `_entities` call cost what N ids cost anywhere else (one batch per backend).
 *
 * Keys: every entity has its global `id` (what this graph hands out; opaque, carries the type).
 * Where the backend can fetch by its own natural id, that is a second key, so a subgraph that only
 * knows the upstream's id (a Leeloo webhook's account id, a UIS employee number) can reference it:
 *   Session `sessionId` · ReporterClient `botId clientId` · Employee `employeeId` · Tag `tagId` ·
 *   LeelooAccount `accountId`.
 * Call has only `id`: get.calls_report cannot fetch a call without a period (uis-data-api.md §10),
 * and the global ID is the one value that carries the call's start time next to its session id.
 *
 * A missing entity resolves to null (as `node` does); a malformed key is BAD_USER_INPUT at its path.
 * Every resolveReference is async: @apollo/subgraph maps the representations synchronously, so a
 * synchronous throw would fail the whole non-null `_entities` list instead of one item.
 */

/** The raw id of a global ID of `typename`; BAD_USER_INPUT for anything else. */
function rawId(globalId: unknown, typename: string, ctx: IdOwner): string {
  if (typeof globalId === 'string') {
    // Another tenant's ID is NOT_FOUND (parseId throws it), which resolves to null like a missing entity.
    const raw = rawIdOfType(globalId, typename, ctx);
    if (raw !== undefined) return raw;
  }
  throw badUserInput(`"${String(globalId).slice(0, 60)}" is not a ${typename} ID`, 'representations');
}

function uisNumber(value: unknown, typename: string): number {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  if (!/^\d{1,15}$/.test(text)) throw badUserInput(`"${String(value).slice(0, 60)}" is not a ${typename} key`, 'representations');
  return Number(text);
}

/** A loaded entity, or null when the backend does not know it (NOT_FOUND); other errors stay errors. */
async function orNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (err) {
    if ((err as { extensions?: { code?: unknown } }).extensions?.code === ErrorCode.NOT_FOUND) return null;
    throw err;
  }
}

/**
 * Field names the router selects on `typename` inside `_entities` (`... on Call { … }`), so a Call is
 * fetched with exactly the get.calls_report columns the query needs, as `calls` does.
 */
export function entityFieldNames(info: GraphQLResolveInfo, typename: string): Set<string> {
  const out = new Set<string>();
  const visit = (set: SelectionSetNode, inType: boolean, seen: ReadonlySet<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (inType) out.add(sel.name.value);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        visit(sel.selectionSet, inType || sel.typeCondition?.name.value === typename, seen);
      } else if (!seen.has(sel.name.value)) {
        const frag = info.fragments[sel.name.value];
        if (frag) visit(frag.selectionSet, inType || frag.typeCondition.name.value === typename, new Set([...seen, sel.name.value]));
      }
    }
  };
  for (const node of info.fieldNodes) if (node.selectionSet) visit(node.selectionSet, false, new Set());
  return out;
}

builder.asEntity(SessionRef, {
  key: [builder.selection<{ id: string }>('id'), builder.selection<{ sessionId: string }>('sessionId')],
  resolveReference: async (ref, ctx: Context) => {
    const id = 'sessionId' in ref ? String(ref.sessionId) : rawId(ref.id, 'Session', ctx);
    return orNull(() => ctx.loaders.reporter.session.load(id));
  },
});

builder.asEntity(ReporterClientRef, {
  key: [builder.selection<{ id: string }>('id'), builder.selection<{ botId: string; clientId: string }>('botId clientId')],
  resolveReference: async (ref, ctx: Context) => {
    const [botId, clientId] = 'botId' in ref ? [String(ref.botId), String(ref.clientId)] : clientKeyOf(rawId(ref.id, 'ReporterClient', ctx));
    return orNull(async () => ReporterClientShape.fromExtended({ ...(await ctx.loaders.reporter.reporterClient.load({ botId, clientId })), botId }));
  },
});

function clientKeyOf(raw: string): [string, string] {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string')) return parsed as [string, string];
  } catch {
    // falls through
  }
  throw badUserInput('not a ReporterClient ID', 'representations');
}

builder.asEntity(CallRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async (ref, ctx: Context, info) => {
    const key = parseCallKey(rawId(ref.id, 'Call', ctx));
    if (!key) throw badUserInput('not a Call ID', 'representations');
    return orNull(() => ctx.loaders.uis.call.load({ ...key, fields: callFieldsFor(entityFieldNames(info, 'Call')) }));
  },
});

builder.asEntity(EmployeeRef, {
  key: [builder.selection<{ id: string }>('id'), builder.selection<{ employeeId: number }>('employeeId')],
  resolveReference: async (ref, ctx: Context) => {
    const id = 'employeeId' in ref ? uisNumber(ref.employeeId, 'Employee') : uisNumber(rawId(ref.id, 'Employee', ctx), 'Employee');
    return orNull(async () => new UisEmployee(id, await ctx.loaders.uis.employee.load(id)));
  },
});

builder.asEntity(TagRef, {
  key: [builder.selection<{ id: string }>('id'), builder.selection<{ tagId: number }>('tagId')],
  resolveReference: async (ref, ctx: Context) => {
    const id = 'tagId' in ref ? uisNumber(ref.tagId, 'Tag') : uisNumber(rawId(ref.id, 'Tag', ctx), 'Tag');
    return orNull(async () => new UisTag(id, await ctx.loaders.uis.tag.load(id)));
  },
});

const LEELOO_ID = /^[0-9a-f]{24}$/i;

builder.asEntity(LeelooAccountRef, {
  key: [builder.selection<{ id: string }>('id'), builder.selection<{ accountId: string }>('accountId')],
  resolveReference: async (ref, ctx: Context) => {
    const id = 'accountId' in ref ? String(ref.accountId) : rawId(ref.id, 'LeelooAccount', ctx);
    if (!LEELOO_ID.test(id)) throw badUserInput(`"${id.slice(0, 60)}" is not a Leeloo account id`, 'representations');
    // Existence is checked as `node` checks it: the details call, which the entity's fields reuse.
    return orNull(async () => {
      await ctx.loaders.leeloo.accountDetails.load(id.toLowerCase());
      return new LeelooAccountSource(id.toLowerCase());
    });
  },
});

/**
 * Root fields `toSubGraphSchema` adds outside Pothos, so no Pothos plugin (scope-auth included) wraps
 * them: they check the principal's scope themselves, the `read` every root read field needs.
 */
export const FEDERATION_ROOT_FIELDS = ['_entities', '_service'] as const;
export const FEDERATION_SCOPE: Scope = 'read';

function requireScope(resolve: GraphQLFieldResolver<unknown, Context> | undefined): GraphQLFieldResolver<unknown, Context> {
  const inner = resolve ?? (defaultFieldResolver as GraphQLFieldResolver<unknown, Context>);
  return (source, args, ctx, info) => {
    if (!ctx.principal?.scopes.has(FEDERATION_SCOPE)) {
      throw new ForbiddenError(FEDERATION_SCOPE);
    }
    return inner(source, args, ctx, info);
  };
}

/**
 * The executable schema: Pothos's schema plus `_service { sdl }` and `_entities`, sorted. Federation
 * spec v2.6 (`@link`); only `@key` is imported because only `@key` is used.
 */
export function toFederatedSchema(): GraphQLSchema {
  // `@live` is an executable directive beside the schema (live/directive.ts), so the SDL and codegen know it.
  // Listed with graphql-js's own: a `directives` list replaces them, and @include/@skip would be unknown.
  const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', federationDirectives: ['@key'], directives: [...specifiedDirectives, LiveDirective] });
  // @apollo/subgraph defines these without descriptions; every field of this graph has one (sdl.test.ts).
  const fields = schema.getQueryType()!.getFields();
  const entities = fields._entities;
  entities.description = 'Apollo Federation: the entities a router asks for by key (`@key` on Session, ReporterClient, Call, Employee, Tag, LeelooAccount), batched per backend like `nodes`; null for one that does not exist.';
  entities.args[0].description = 'Entity references: `__typename` plus the fields of one of its keys.';
  fields._service.description = 'Apollo Federation: this subgraph’s SDL with its `@key` and `@link` directives, for composition.';
  const union = schema.getType('_Entity') as GraphQLUnionType;
  const entityTypes = new Set(union.getTypes().map((t) => t.name));
  const resolveEntities = entities.resolve as GraphQLFieldResolver<unknown, Context>;
  // @apollo/subgraph throws a plain Error (masked as INTERNAL_SERVER_ERROR) for an unknown __typename,
  // and fails the whole list at once: a bad reference is the caller's mistake, so say so up front.
  entities.resolve = (source, args: { representations?: unknown[] }, ctx, info) => {
    for (const [i, ref] of (args.representations ?? []).entries()) {
      const typename = (ref as { __typename?: unknown } | null)?.__typename;
      if (typeof typename !== 'string' || !entityTypes.has(typename)) {
        throw badUserInput(`representations[${i}]: __typename must be one of ${[...entityTypes].join(', ')}`, 'representations');
      }
    }
    return resolveEntities(source, args, ctx, info);
  };
  for (const name of FEDERATION_ROOT_FIELDS) fields[name].resolve = requireScope(fields[name].resolve as GraphQLFieldResolver<unknown, Context>);
  union.description = 'Apollo Federation: every type another subgraph can reference by key.';
  return schema;
}

