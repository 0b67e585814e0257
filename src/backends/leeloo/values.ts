import type { LeelooAccountDetailsEnvelope, LeelooIncludedOrder } from './types.js';

/**
 * Leeloo writes `"NOT_DEFINED"` instead of leaving a value out (`email` CONFIRMED, `phone` GUESS,
 * §8). Wire types keep the raw string; this is the one place that turns it (and blanks) into null.
 */
export const NOT_DEFINED = 'NOT_DEFINED';

export function definedOrNull(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' || trimmed === NOT_DEFINED ? null : value;
}

export interface LeelooOrderWithId extends LeelooIncludedOrder {
  /** From `included.orders[i].id`, else from `links.orders[i].id` by position, else null. */
  id: string;
}

/**
 * §5.2: the doc example's `included.orders` carry no `id`; clients pair them with `links.orders`
 * by position. Rule (INFERRED): use `included.orders[i].id` when present, else `links.orders[i].id`.
 * Orders that get no id either way are dropped rather than invented.
 */
export function pairIncludedOrders(envelope: LeelooAccountDetailsEnvelope): LeelooOrderWithId[] {
  const included = envelope.included?.orders ?? [];
  const links = envelope.data.links?.orders ?? [];
  const out: LeelooOrderWithId[] = [];
  included.forEach((order, i) => {
    const id = order.id ?? links[i]?.id;
    if (id) out.push({ ...order, id });
  });
  return out;
}
