import { parseUisDate } from './dates.js';
import type { CallsReportRow } from './types-calls.js';
import type { Employee, Tag } from './types.js';

/**
 * What the UIS GraphQL types resolve from. Classes, so that `isTypeOf` can tell them apart from the
 * other backends' objects behind the Node, Message and Client interfaces.
 */

/** One get.calls_report row with the account zone its dates are in. */
export class UisCall {
  constructor(readonly row: CallsReportRow, readonly zone: string) {}

  /** A wire date of this call as a Date (null when absent or not in the wire format). */
  date(text: string | null | undefined): Date | null {
    return text ? (parseUisDate(text, this.zone) ?? null) : null;
  }

  /**
   * The raw part of the Call's global ID: the session id plus its start time as the upstream wrote
   * it (14 digits), which is what fetching it back needs (get.calls_report requires a period, §10).
   * The wire text is kept rather than an instant so that a DST-ambiguous hour cannot shift it.
   */
  get key(): string {
    return callKey(this.row.id ?? 0, this.row.start_time ?? '');
  }
}

export function callKey(id: number, startWire: string): string {
  return `${id}:${startWire.replace(/\D/g, '')}`;
}

/** Parses a Call key back; undefined when it is not one. */
export function parseCallKey(raw: string): { id: number; start: string } | undefined {
  const m = /^(\d{1,15}):(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(raw);
  if (!m) return undefined;
  const [, id, y, mo, d, h, mi, s] = m;
  return { id: Number(id), start: `${y}-${mo}-${d} ${h}:${mi}:${s}` };
}

/**
 * An employee as far as it is known: calls and tags carry id and name only; the rest comes from
 * get.employees through the per-request loader when a field needs it.
 */
export class UisEmployee {
  constructor(
    readonly id: number,
    readonly row?: Employee,
    readonly hint?: { fullName?: string | null },
  ) {}
}

/** A tag as far as it is known: a call's tag carries id and name; get.tags gives the rest. */
export class UisTag {
  constructor(
    readonly id: number,
    readonly row?: Tag,
    readonly hint?: { name?: string | null },
  ) {}
}

/** An employee's part in a call (`employees[]` item, or the first/last answered/talked fields). */
export class UisCallEmployee {
  constructor(
    readonly id: number,
    readonly fullName: string | null,
    readonly isAnswered: boolean | null,
    readonly isTalked: boolean | null,
  ) {}
}

/** A tag hanging off a call: the `tags[]` item of get.calls_report (§12.9), with the account zone. */
export class UisCallTag {
  constructor(
    readonly tag: import('./types-calls.js').CallTag,
    readonly zone: string,
  ) {}
}
