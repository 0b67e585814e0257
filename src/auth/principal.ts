/**
 * Who is asking. A Yoga plugin turns the request's credential into a Principal before execution
 * (design.md §1); scope checks on the schema's fields read `context.principal.scopes`.
 */

/** Every scope a field or endpoint can require. The README's Security section lists what each one opens. */
export const SCOPES = ['read', 'labels', 'block', 'experiments', 'reports', 'tags', 'metrics', 'adhoc'] as const;
export type Scope = (typeof SCOPES)[number];

export interface Principal {
  /** A stable, operator-chosen name (an API key's `name`, a JWT's `sub`): safe for logs, never a secret. */
  name: string;
  scopes: ReadonlySet<Scope>;
  /** The tenant the principal acts for; `default` while Switchboard serves one set of backends. */
  tenant: string;
  /** How the principal was established. */
  kind: 'anonymous' | 'api-key' | 'jwt';
}

/** With authentication off every caller is this principal: every scope, the default tenant. */
export const ANONYMOUS_ALL_SCOPES: Principal = Object.freeze({
  name: 'anonymous',
  scopes: new Set<Scope>(SCOPES),
  tenant: 'default',
  kind: 'anonymous',
});

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/** Fail-closed fallback: a request that somehow reached execution without a principal gets no scope. */
export const NO_SCOPES: Principal = Object.freeze({
  name: 'unauthenticated',
  scopes: new Set<Scope>(),
  tenant: 'default',
  kind: 'anonymous',
});
