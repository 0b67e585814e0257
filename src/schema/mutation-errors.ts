import { GraphQLError } from 'graphql';
import { builder } from './builder.js';
import { ForbiddenError } from '../auth/forbidden.js';
import { ErrorCode, UpstreamError, type ServiceName, type WriteOutcome } from '../gateway/errors.js';
import { BackendNameEnum } from './backend.js';

/**
 * The errors a frontend can act on after a mutation, returned as typed members of each mutation's
 * result union (Pothos errors plugin) instead of top-level errors. Anything else stays a masked
 * top-level error. Mutation resolvers run their upstream calls through `asMutationError`.
 */
export class InvalidInputError extends Error {
  constructor(message: string, readonly field: string) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

export class NotFoundError extends Error {
  constructor(message: string, readonly service: ServiceName) {
    super(message);
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends Error {
  constructor(message: string, readonly service: ServiceName) {
    super(message);
    this.name = 'ConflictError';
  }
}

export class NotConfiguredError extends Error {
  constructor(message: string, readonly service: ServiceName) {
    super(message);
    this.name = 'NotConfiguredError';
  }
}

/** An upstream failure that is none of the above; `outcome` says whether the write may have applied. */
export class UpstreamFailureError extends Error {
  constructor(readonly upstream: UpstreamError) {
    super(upstream.message);
    this.name = 'UpstreamFailureError';
  }
}

/** The error types every mutation result union carries. */
export const MUTATION_ERRORS = [ForbiddenError, InvalidInputError, NotFoundError, ConflictError, NotConfiguredError, UpstreamFailureError];

/** GraphQL type names of the error classes, for the interface's resolveType below. */
const MUTATION_ERROR_TYPE_NAMES = new Map<unknown, string>([
  [ForbiddenError, 'ForbiddenError'],
  [InvalidInputError, 'InvalidInputError'],
  [NotFoundError, 'NotFoundError'],
  [ConflictError, 'ConflictError'],
  [NotConfiguredError, 'NotConfiguredError'],
  [UpstreamFailureError, 'UpstreamFailure'],
]);

export const MutationErrorInterface = builder.interfaceRef<Error>('MutationError').implement({
  description: 'An error a mutation returns as data, so a frontend can switch on its type.',
  // By constructor, not by the members' isTypeOf: the errors plugin's isTypeOf unwraps its error
  // proxy, after which graphql-jit (plugins/use-compiled-execution.ts) sees an Error and nulls the
  // field. Reading `constructor` through the proxy leaves it wrapped.
  resolveType: (error) => MUTATION_ERROR_TYPE_NAMES.get(error.constructor) ?? null,
  fields: (t) => ({
    // Redacted here: a mutation error is data, which the response-boundary redaction (plugins/use-redaction.ts) does not walk.
    message: t.string({ nullable: false, description: 'What went wrong, for people.', resolve: (e, _a, ctx) => ctx.redactor.redact(e.message) }),
    code: t.string({ nullable: false, description: 'Stable code to match on.', resolve: () => ErrorCode.UPSTREAM_ERROR }),
  }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'The caller lacks the scope this mutation needs; nothing was sent upstream.',
  interfaces: [MutationErrorInterface],
  isTypeOf: (e) => e instanceof ForbiddenError,
  fields: (t) => ({
    code: t.string({ nullable: false, description: 'Always FORBIDDEN.', resolve: () => ErrorCode.FORBIDDEN }),
    scope: t.exposeString('scope', { nullable: false, description: 'The scope the mutation needs, e.g. `labels`.' }),
  }),
});

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  description: 'An argument is invalid; nothing was sent upstream.',
  interfaces: [MutationErrorInterface],
  isTypeOf: (e) => e instanceof InvalidInputError,
  fields: (t) => ({
    code: t.string({ nullable: false, description: 'Always BAD_USER_INPUT.', resolve: () => ErrorCode.BAD_USER_INPUT }),
    field: t.exposeString('field', { nullable: false, description: 'Path of the offending input field, e.g. `input.branches[2].key`.' }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The entity the mutation targets does not exist.',
  interfaces: [MutationErrorInterface],
  isTypeOf: (e) => e instanceof NotFoundError,
  fields: (t) => ({
    code: t.string({ nullable: false, description: 'Always NOT_FOUND.', resolve: () => ErrorCode.NOT_FOUND }),
    service: t.field({ type: BackendNameEnum, nullable: false, description: 'The backend that lacks it.', resolve: (e) => e.service }),
  }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'The change conflicts with the current state, e.g. a duplicate experiment key or label name.',
  interfaces: [MutationErrorInterface],
  isTypeOf: (e) => e instanceof ConflictError,
  fields: (t) => ({
    code: t.string({ nullable: false, description: 'Always CONFLICT.', resolve: () => ErrorCode.CONFLICT }),
    service: t.field({ type: BackendNameEnum, nullable: false, description: 'The backend that refused it.', resolve: (e) => e.service }),
  }),
});

builder.objectType(NotConfiguredError, {
  name: 'NotConfiguredError',
  description: 'The backend is disabled in this deployment.',
  interfaces: [MutationErrorInterface],
  isTypeOf: (e) => e instanceof NotConfiguredError,
  fields: (t) => ({
    code: t.string({ nullable: false, description: 'Always BACKEND_NOT_CONFIGURED.', resolve: () => ErrorCode.BACKEND_NOT_CONFIGURED }),
    service: t.field({ type: BackendNameEnum, nullable: false, description: 'The disabled backend.', resolve: (e) => e.service }),
  }),
});

export const WriteOutcomeEnum = builder.enumType('WriteOutcome', {
  description: 'Whether a failed write may have been applied upstream.',
  values: {
    NOT_APPLIED: { description: 'It surely did not apply: the backend refused it (a 4xx other than 408/429, a refusing JSON-RPC error), the connection was refused, or it was never sent.' },
    UNKNOWN: { description: 'It may have applied (timeout, reset after sending, 5xx, 408, 429, an unreadable 2xx answer): check before retrying.' },
  },
});

builder.objectType(UpstreamFailureError, {
  name: 'UpstreamFailure',
  description: 'The backend failed (timeout, rate limit, unavailable, bad answer). Writes are never retried automatically.',
  interfaces: [MutationErrorInterface],
  isTypeOf: (e) => e instanceof UpstreamFailureError,
  fields: (t) => ({
    code: t.string({ nullable: false, description: 'UPSTREAM_TIMEOUT, UPSTREAM_RATE_LIMITED, UPSTREAM_UNAVAILABLE, …', resolve: (e) => e.upstream.code }),
    service: t.field({ type: BackendNameEnum, nullable: false, description: 'The failing backend.', resolve: (e) => e.upstream.service }),
    outcome: t.field({
      type: WriteOutcomeEnum,
      nullable: false,
      description: 'UNKNOWN when the write may have applied; NOT_APPLIED only when it surely did not.',
      // Every failed write carries its outcome (upstream/http.ts); an error without one came from a
      // read before any write was sent.
      resolve: (e) => (e.upstream.extensions.outcome as WriteOutcome | undefined) ?? 'NOT_APPLIED',
    }),
    requestId: t.string({
      description: 'The request’s id (also its `X-Request-Id` header): the gateway’s log has what the backend said, under this id.',
      resolve: (_e, _a, ctx) => ctx.requestId ?? null,
    }),
  }),
});

/**
 * Maps what a mutation's upstream work threw onto the typed errors above. Unknown errors are rethrown
 * unchanged, so Yoga masks them.
 */
export function asMutationError(err: unknown): Error {
  if (err instanceof UpstreamError) {
    // `cause` keeps the upstream's words for the audit line (schema/audit.ts); the caller sees the classification.
    const refusal =
      err.code === ErrorCode.NOT_FOUND ? new NotFoundError(err.message, err.service)
      : err.code === ErrorCode.CONFLICT ? new ConflictError(err.message, err.service)
      : err.code === ErrorCode.BAD_USER_INPUT ? new InvalidInputError(err.message, String(err.extensions.field ?? err.extensions.argument ?? 'input'))
      : undefined;
    if (refusal) return Object.assign(refusal, { cause: err });
    return new UpstreamFailureError(err);
  }
  if (err instanceof GraphQLError) {
    const code = err.extensions.code;
    const service = err.extensions.service as ServiceName | undefined;
    if (code === ErrorCode.BACKEND_NOT_CONFIGURED && service) return new NotConfiguredError(err.message, service);
    if (code === ErrorCode.BAD_USER_INPUT) return new InvalidInputError(err.message, String(err.extensions.argument ?? 'input'));
    if (code === ErrorCode.NOT_FOUND && service) return new NotFoundError(err.message, service);
  }
  return err instanceof Error ? err : new Error(String(err));
}

/** Runs mutation work and turns known failures into the typed errors (throws them for the errors plugin). */
export async function mutationWork<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw asMutationError(err);
  }
}
