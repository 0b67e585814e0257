import type { GraphQLFormattedError } from 'graphql';

/**
 * What `request` throws when the answer carries GraphQL errors (or is no GraphQL answer at all).
 * `data` keeps whatever did arrive: Switchboard nulls only the fields of a failing backend, so a page
 * can still show the rest. `codes` are the gateway's stable `extensions.code` values
 * (UNAUTHENTICATED, FORBIDDEN, UPSTREAM_TIMEOUT, …).
 */
export class SwitchboardError<TData = unknown> extends Error {
  override readonly name = 'SwitchboardError';
  constructor(
    readonly errors: readonly GraphQLFormattedError[],
    readonly data: TData | null | undefined,
    /** The HTTP status (200 for partial data, 401 without a valid credential, …); 0 for a subscription. */
    readonly status: number,
  ) {
    super(errors.map((e) => e.message).join('; ') || `Switchboard answered HTTP ${status}`);
  }

  get codes(): string[] {
    return this.errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
  }
}
