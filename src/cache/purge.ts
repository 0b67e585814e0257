import type { AuditEntry, AuditOutcome } from '../schema/audit.js';
import { INVALIDATED_BY_MUTATION } from './invalidation.js';

/**
 * What a mutation request must purge (and announce to live queries: plugins/use-live-query.ts), from what actually ran: one record per executed Mutation field
 * (schema/audit.ts writes it as the field resolves, so aliases, fragments, inline fragments and
 * `@skip`/`@include` are already decided: a field that did not run has no record). A field that
 * wrote, or may have written, purges the types it changes (invalidation.ts); one that was refused
 * (FORBIDDEN, invalid input, not found, conflict) or surely did not apply (FAILED) purges nothing.
 */
const MAY_HAVE_CHANGED: ReadonlySet<AuditOutcome> = new Set<AuditOutcome>(['OK', 'UNKNOWN', 'PARTIAL', 'ERROR']);

export function typesToPurge(ran: readonly Pick<AuditEntry, 'mutation' | 'outcome'>[]): Set<string> {
  const types = new Set<string>();
  for (const entry of ran) {
    if (!MAY_HAVE_CHANGED.has(entry.outcome)) continue;
    for (const t of INVALIDATED_BY_MUTATION[entry.mutation] ?? []) types.add(t);
  }
  return types;
}
