import { GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import { UpstreamError } from '../errors.js';
import type { Logger } from '../../observability/logger.js';
import type { Redactor } from '../../upstream/redact.js';

/**
 * The last line of defence: every error in every response (and every event of a subscription)
 * passes the redactor on its way out, message and all extensions, however deep. Whatever an upstream
 * echoed into an error (the Reporter's `error` field, a JSON-RPC `error.data`, a body cut at any
 * length) leaves without a token or any 8-character piece of one (Redactor.FRAGMENT_LENGTH). It runs
 * after masking and after any truncation the clients did, on the full text the client would see.
 * Mutation errors returned as data are redacted where their `message` field resolves (schema/mutation-errors.ts).
 *
 * It also gives every upstream error the request's id (`extensions.requestId`) and logs, once per upstream
 * failure, what the upstream said (UpstreamError.detail, which never reaches a caller) with that id.
 */
export function useRedaction(redactor: Redactor, opts: { requestIdOf?: (request: Request) => string; logger?: Logger } = {}): Plugin {
  const upstreamOf = (e: unknown): UpstreamError | undefined =>
    e instanceof UpstreamError ? e : (e as GraphQLError | undefined)?.originalError instanceof UpstreamError ? ((e as GraphQLError).originalError as UpstreamError) : undefined;
  const redactError = (e: GraphQLError, requestId: string | undefined): GraphQLError => {
    const message = redactor.redact(e.message);
    // An upstream failure says which request it was: the log has the upstream's words under that id.
    const extensions = { ...redactor.redactDeep(e.extensions ?? {}), ...(requestId && upstreamOf(e) ? { requestId } : {}) };
    return new GraphQLError(message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, extensions, originalError: e.originalError });
  };
  /** The upstream's own words behind the errors of one result go to the log, once per failure, with the request id. */
  const logDetails = (errors: readonly unknown[], requestId: string | undefined) => {
    const seen = new Set<UpstreamError>();
    for (const e of errors) {
      const up = upstreamOf(e);
      if (!up || seen.has(up)) continue;
      seen.add(up);
      const { code, service, endpoint, status, mnemonic, detail } = up;
      // A client that left makes every call of its request fail; nobody reads that, and it says nothing of the backend.
      opts.logger?.[up.cancelled ? 'debug' : 'warn']({ requestId, upstream: { code, service, endpoint, status, rpcCode: up.extensions.rpcCode, mnemonic, detail } }, `upstream error: ${service} ${endpoint} ${code}`);
    }
  };
  const redactResult = <T extends ExecutionResult>(r: T, requestId: string | undefined): T => {
    if (!r.errors?.length) return r;
    logDetails(r.errors, requestId);
    return { ...r, errors: r.errors.map((e) => redactError(e instanceof GraphQLError ? e : new GraphQLError(String((e as Error).message)), requestId)) };
  };
  return {
    onResultProcess({ request, result, setResult }) {
      const id = opts.requestIdOf?.(request);
      if (Array.isArray(result)) setResult(result.map((r) => redactResult(r, id)));
      // mapAsyncIterator passes return() straight on: a client leaving still ends the stream at once.
      else if (isAsyncIterable(result)) setResult(mapAsyncIterator(result[Symbol.asyncIterator](), (r) => redactResult(r, id)));
      else setResult(redactResult(result, id));
    },
  };
}
