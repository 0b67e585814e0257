import { GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import type { Redactor } from '../upstream/redact.js';

/**
 * The last line of defence: every error in every response (and every event of a subscription)
 * passes the redactor on its way out, message and all extensions, however deep. Whatever an upstream
 * echoed into an error (the Reporter's `error` field, a JSON-RPC `error.data`, a body cut at any
 * length) leaves without a token or any 8-character piece of one (Redactor.FRAGMENT_LENGTH). It runs
 * after masking and after any truncation the clients did, on the full text the client would see.
 * Mutation errors returned as data are redacted where their `message` field resolves (schema/mutation-errors.ts).
 */
export function useRedaction(redactor: Redactor): Plugin {
  const redactError = (e: GraphQLError): GraphQLError => {
    const message = redactor.redact(e.message);
    const extensions = redactor.redactDeep(e.extensions ?? {});
    return new GraphQLError(message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, extensions, originalError: e.originalError });
  };
  const redactResult = <T extends ExecutionResult>(r: T): T => (r.errors?.length ? { ...r, errors: r.errors.map((e) => redactError(e instanceof GraphQLError ? e : new GraphQLError(String((e as Error).message)))) } : r);
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map(redactResult));
      // mapAsyncIterator passes return() straight on: a client leaving still ends the stream at once.
      else if (isAsyncIterable(result)) setResult(mapAsyncIterator(result[Symbol.asyncIterator](), redactResult));
      else setResult(redactResult(result));
    },
  };
}
