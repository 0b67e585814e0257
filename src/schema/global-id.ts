import { decodeBase64, encodeBase64 } from '@pothos/core';
import { notFound, type ServiceName } from '../gateway/errors.js';
import { DEFAULT_TENANT, TENANT_ID } from '../tenants/tenants-file.js';

/**
 * Global IDs carry their tenant, so an ID can only ever be resolved by the tenant it came from.
 *
 * The tenant `default` (every deployment without TENANTS_FILE) keeps Pothos's plain encoding,
 * base64(`Type:rawId`), so single-tenant IDs are exactly what they always were. Any other tenant's
 * IDs are base64(`tenant/Type:rawId`). Two tenants' upstream ids can coincide (two UIS accounts
 * both have an employee 1001); without the tenant in the ID, tenant A asking for tenant B's
 * Employee would be served A's employee 1001 under B's ID. With it, an ID of another tenant is
 * NOT_FOUND before any upstream request: the caller learns nothing, not even whether it exists.
 *
 * Cost on the hot path: one string comparison per encoded ID.
 */

/** Anything that knows who is asking: the GraphQL context. */
export interface IdOwner {
  principal: { tenant: string };
}

export interface DecodedId {
  typename: string;
  id: string;
}

const TYPENAME = /^[A-Z_a-z]\w*$/;
const UIS_TYPES = new Set(['Call', 'Employee', 'Tag']);

/** The backend of a node type, so that a mutation can answer its NotFoundError union member. */
export function serviceOf(typename: string): ServiceName {
  return typename.startsWith('Leeloo') ? 'leeloo' : UIS_TYPES.has(typename) ? 'uis' : 'reporter';
}

export function encodeId(typename: string, id: string | number | bigint, ctx: IdOwner): string {
  const tenant = ctx.principal.tenant;
  return encodeBase64(tenant === DEFAULT_TENANT ? `${typename}:${id}` : `${tenant}/${typename}:${id}`);
}

/**
 * The type and raw id inside a global ID of the caller's tenant; undefined when `value` is not a
 * global ID at all (arguments that also take the upstream's own id fall back to that). A
 * well-formed global ID of another tenant is NOT_FOUND.
 */
export function parseId(value: string, ctx: IdOwner): DecodedId | undefined {
  const decoded = decode(value);
  if (decoded && decoded.tenant !== ctx.principal.tenant) throw foreignIdError(decoded.typename);
  return decoded && { typename: decoded.typename, id: decoded.id };
}

/**
 * The raw id `node`, `nodes` and `client` receive for another tenant's ID (builder.ts), so that
 * `nodes` can answer NOT_FOUND at that item only; no upstream id can equal it.
 */
export const FOREIGN_ID = '\u0000another-tenant';

/** parseId for the relay plugin's ID arguments: another tenant's ID becomes `FOREIGN_ID` instead of an error. */
export function parseNodeId(value: string, ctx: IdOwner): DecodedId | undefined {
  const decoded = decode(value);
  if (!decoded) return undefined;
  return { typename: decoded.typename, id: decoded.tenant === ctx.principal.tenant ? decoded.id : FOREIGN_ID };
}

/** The NOT_FOUND an ID of another tenant gets: the same as for an id its backend does not know. */
export function foreignIdError(typename: string) {
  return notFound(`No ${typename} with this ID`, serviceOf(typename));
}

function decode(value: string): (DecodedId & { tenant: string }) | undefined {
  let text: string;
  try {
    text = decodeBase64(value);
  } catch {
    return undefined;
  }
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return undefined;
  const head = text.slice(0, colon);
  const slash = head.indexOf('/');
  const tenant = slash < 0 ? DEFAULT_TENANT : head.slice(0, slash);
  const typename = slash < 0 ? head : head.slice(slash + 1);
  if (!TYPENAME.test(typename) || (slash >= 0 && !TENANT_ID.test(tenant))) return undefined;
  return { tenant, typename, id: text.slice(colon + 1) };
}

/** parseId for a value known to be meant as a global ID of `typename`; undefined when it is not one. */
export function rawIdOfType(value: string, typename: string, ctx: IdOwner): string | undefined {
  const decoded = parseId(value, ctx);
  return decoded?.typename === typename ? decoded.id : undefined;
}
