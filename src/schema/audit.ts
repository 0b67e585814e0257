import { GraphQLError, defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { ErrorCode, UpstreamError } from '../gateway/errors.js';

/**
 * One audit record per mutation field a caller ran (README "Security": who did what).
 * - `OK`: the mutation succeeded.
 * - `REFUSED`: nothing was written (forbidden, invalid input, not found, conflict, backend disabled).
 * - `FAILED`: the upstream refused or failed and surely did not apply the write.
 * - `UNKNOWN`: the write may have applied (timeout, reset after sending): someone must check.
 * - `PARTIAL`: a bulk mutation (tagCalls) where some items succeeded and others failed.
 * - `ERROR`: an unexpected error (masked in the response).
 */
export type AuditOutcome = 'OK' | 'REFUSED' | 'FAILED' | 'UNKNOWN' | 'PARTIAL' | 'ERROR';

export interface AuditEntry {
  mutation: string;
  /** The ids the mutation was aimed at, from its arguments (at most 20 per argument). */
  targets: Record<string, unknown>;
  outcome: AuditOutcome;
  /** The error code, when it did not succeed. */
  code?: string;
  /** What the upstream said, when it refused or failed (for the log only: callers never see it). */
  detail?: string;
}

/** What a context offers the audit: the gateway logs the entry with the principal (gateway.ts). */
export interface Auditor {
  audit?: (entry: AuditEntry) => void;
}

/**
 * Listens in on a request's audit: returns the list the entries of every Mutation field that runs from
 * now on are added to (the context's own audit still gets each). What ran, decided by execution
 * (aliases, fragments, `@skip`/`@include`, refusals), for whoever must act on it: the response
 * cache's purge and the live queries' announcements (cache/purge.ts).
 */
export function listenToAudit(ctx: Auditor): AuditEntry[] {
  const ran: AuditEntry[] = [];
  const audit = ctx.audit;
  ctx.audit = (entry) => {
    ran.push(entry);
    audit?.(entry);
  };
  return ran;
}

// Arguments that name what a mutation changes: ids, keys, message keys. Names, comments, filters are not targets.
const TARGET = /(^id$|Ids?$|^key$|^messages?$)/;

/**
 * Wraps every Mutation field's resolver once, at schema build, to report its outcome through the
 * request's context (`context.audit`); each gateway decides where the record goes, so gateways
 * sharing this schema in one process never see each other's records.
 */
export function auditMutations(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (root, args: Record<string, unknown>, ctx: Auditor, info) => {
      const report = (outcome: AuditOutcome, code?: string, detail?: string) =>
        ctx?.audit?.({ mutation: field.name, targets: targetsOf(args), outcome, ...(code ? { code } : {}), ...(detail ? { detail } : {}) });
      try {
        const result = await resolve(root, args, ctx, info);
        report(...outcomeOf(result));
        return result;
      } catch (err) {
        const code = err instanceof GraphQLError ? String(err.extensions.code ?? 'INTERNAL_SERVER_ERROR') : 'INTERNAL_SERVER_ERROR';
        if (err instanceof UpstreamError) report(err.extensions.outcome === 'UNKNOWN' ? 'UNKNOWN' : 'FAILED', code, err.detail);
        else report('ERROR', code);
        throw err;
      }
    };
  }
}

/**
 * Read by shape, not instanceof: the errors plugin hands back its union members as proxies
 * (createErrorProxy), for which `instanceof Error` is false.
 */
type ErrorLike = { name?: unknown; message?: unknown; extensions?: { code?: unknown }; upstream?: UpstreamError; cause?: unknown };
const isErrorLike = (v: unknown): v is ErrorLike => !!v && typeof v === 'object' && typeof (v as ErrorLike).message === 'string' && typeof (v as ErrorLike).name === 'string';

const REFUSAL_CODES: Record<string, string> = {
  InvalidInputError: ErrorCode.BAD_USER_INPUT,
  NotFoundError: ErrorCode.NOT_FOUND,
  ConflictError: ErrorCode.CONFLICT,
  NotConfiguredError: ErrorCode.BACKEND_NOT_CONFIGURED,
};

function errorOutcome(e: ErrorLike): [AuditOutcome, string?, string?] {
  if (e.upstream) return [e.upstream.extensions.outcome === 'UNKNOWN' ? 'UNKNOWN' : 'FAILED', e.upstream.code, e.upstream.detail];
  const code = typeof e.extensions?.code === 'string' ? e.extensions.code : REFUSAL_CODES[String(e.name)];
  // A refusal the upstream made (NOT_FOUND, CONFLICT, a bad parameter) keeps its words for the log.
  return ['REFUSED', code ?? String(e.name), e.cause instanceof UpstreamError ? e.cause.detail : undefined];
}

function outcomeOf(result: unknown): [AuditOutcome, string?, string?] {
  if (isErrorLike(result)) return errorOutcome(result);
  // Bulk results (tagCalls) carry an outcome per item.
  const outcomes = (result as { outcomes?: { error: unknown }[] } | null)?.outcomes;
  if (Array.isArray(outcomes)) {
    const failed = outcomes.map((o) => o.error).filter(isErrorLike).map(errorOutcome);
    if (failed.length === 0) return ['OK'];
    const unknown = failed.find(([o]) => o === 'UNKNOWN');
    if (unknown) return unknown;
    return [failed.length === outcomes.length ? 'FAILED' : 'PARTIAL'];
  }
  return ['OK'];
}

function targetsOf(args: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) {
    if (!TARGET.test(name) || value === undefined || value === null) continue;
    out[name] = Array.isArray(value) ? value.slice(0, 20) : value;
  }
  return out;
}
