import { badUserInput } from '../../gateway/errors.js';
import { parseId, type IdOwner } from '../global-id.js';

/**
 * UIS entities in arguments: a global ID of the named type, or the bare UIS number a frontend may
 * already hold (employee and tag ids appear in UIS's own UI and exports). Anything else is
 * BAD_USER_INPUT naming the argument, before any upstream call.
 */
export function uisNumericId(value: string, typename: string, argument: string, ctx: IdOwner): number {
  if (/^\d{1,15}$/.test(value)) return Number(value);
  const raw = rawIdOf(value, typename, argument, ctx);
  if (!/^\d{1,15}$/.test(raw)) throw badUserInput(`"${value.slice(0, 40)}" is not a ${typename} ID`, argument);
  return Number(raw);
}

/** The raw part of a global ID of `typename`; BAD_USER_INPUT for malformed IDs or other types. */
export function rawIdOf(value: string, typename: string, argument: string, ctx: IdOwner): string {
  // Another tenant's ID is NOT_FOUND (parseId throws it).
  const decoded = parseId(value, ctx);
  if (!decoded) throw badUserInput(`"${value.slice(0, 40)}" is not a global ID`, argument);
  if (decoded.typename !== typename) throw badUserInput(`Expected a ${typename} ID, got a ${decoded.typename} ID`, argument);
  return decoded.id;
}

/** True for the NOT_FOUND errors the UIS loaders answer for a missing key. */
export function isNotFound(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { extensions?: { code?: unknown } }).extensions?.code === 'NOT_FOUND';
}

/** A loader result, or null when the entity does not exist (nullable fields, design: "null, not an error"). */
export async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}
