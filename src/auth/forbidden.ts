import type { AuthFailure } from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../gateway/errors.js';

/**
 * A field the caller lacks the scope for (thrown by the scope-auth plugin before the resolver, so
 * before any upstream request). Queries and the subscription get it as a field error with
 * `extensions.code = FORBIDDEN`; mutations return it as the `ForbiddenError` member of their result
 * union (the errors plugin wraps scope-auth).
 */
export class ForbiddenError extends GraphQLError {
  constructor(readonly scope: string) {
    super(`This needs the \`${scope}\` scope, which the caller does not have.`, { extensions: { code: ErrorCode.FORBIDDEN, scope } });
    this.name = 'ForbiddenError';
  }
}

/** The first scope named in a scope-auth failure (our fields each need exactly one). */
export function missingScope(failure: AuthFailure): string {
  const f = failure as { kind: string; scope?: string; failures?: AuthFailure[] };
  if (f.scope) return f.scope;
  for (const inner of f.failures ?? []) {
    const s = missingScope(inner);
    if (s !== 'unknown') return s;
  }
  return 'unknown';
}
