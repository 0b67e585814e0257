import { createHash } from 'node:crypto';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { maskError } from 'graphql-yoga';
import type { Redactor } from '../upstream/redact.js';

/**
 * A live query's result as the coordinator keeps, compares, pushes and shares it.
 *
 * - Pushed as it is to this replica's subscribers (the plugin chain's masking and redaction then see
 *   ordinary GraphQLErrors, as for any query).
 * - Shared with other replicas as JSON, already masked and redacted here: what goes through Redis is
 *   what a caller may see, never an unexpected error's own words or a token.
 * - Compared by fingerprint: the data, and each error's path, code and backend, but not its
 *   message or request id. A backend that keeps failing the same way is pushed once (the first
 *   failure) and then nothing until the answer changes (issue 20: "pushes the error once").
 */
export interface LiveResult {
  readonly result: ExecutionResult;
  readonly fingerprint: string;
  /** The result's JSON, made the first time it is shared. */
  json(): string;
}

export function liveResult(raw: ExecutionResult, redactor: Redactor, onUnexpected?: (err: unknown) => void): LiveResult {
  const errors = raw.errors?.map((e) => {
    const masked = maskError(e, 'Unexpected error.', false) as GraphQLError;
    if (masked !== e) onUnexpected?.(e);
    return new GraphQLError(redactor.redact(masked.message), {
      nodes: masked.nodes,
      source: masked.source,
      positions: masked.positions,
      path: masked.path,
      extensions: redactor.redactDeep(masked.extensions ?? {}),
      originalError: masked.originalError,
    });
  });
  const result: ExecutionResult = errors?.length ? { data: raw.data, errors } : { data: raw.data };
  return fromResult(result);
}

/** The result another replica shared (its JSON), with GraphQLErrors rebuilt so the plugin chain sees ordinary ones. */
export function sharedLiveResult(fingerprint: string, json: string): LiveResult | undefined {
  let parsed: { data?: unknown; errors?: GraphQLFormattedError[] };
  try {
    parsed = JSON.parse(json) as typeof parsed;
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const errors = Array.isArray(parsed.errors)
    ? parsed.errors.map((e) => {
        const error = new GraphQLError(String(e?.message ?? 'Unexpected error.'), { path: e?.path, extensions: e?.extensions });
        // Positions in the document, as the leader's error had them (the constructor takes only AST nodes).
        if (e?.locations) (error as { locations?: unknown }).locations = e.locations;
        return error;
      })
    : undefined;
  const result = { data: parsed.data as ExecutionResult['data'], ...(errors ? { errors } : {}) };
  // Another replica's text is this replica's answer too: its subscribers get it as it came.
  return { result: servedOnce(result, () => json), fingerprint, json: () => json };
}

/** An execution that threw instead of answering (a bug, not a backend failure): masked like any unexpected error. */
export function failedLiveResult(): LiveResult {
  return fromResult({ errors: [new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR', unexpected: true } })] });
}

function fromResult(result: ExecutionResult): LiveResult {
  const shape = {
    data: result.data,
    errors: result.errors?.map((e) => [e.path?.join('.') ?? '', e.extensions?.code ?? '', e.extensions?.service ?? '']),
  };
  const fingerprint = createHash('sha256').update(JSON.stringify(shape)).digest('base64url');
  let json: string | undefined;
  const text = () => (json ??= JSON.stringify(result));
  return { result: servedOnce(result, text), fingerprint, json: text };
}

/**
 * Every subscriber's stream serialises the same result: Yoga's SSE, multipart and graphql-ws paths
 * call `result.stringify` when there is one (graphql-jit's compiled serialiser uses the same hook),
 * so an answer without errors is handed the text made once, for all of them (1 000 subscribers, one
 * JSON.stringify per change instead of 1 000). A result that is not this one's data, or that carries
 * errors or extensions by the time it is sent, is serialised as usual.
 */
function servedOnce(result: ExecutionResult, text: () => string): ExecutionResult {
  if (result.errors?.length) return result;
  const stringify = (r: ExecutionResult) => (r.data === result.data && !r.errors?.length && !r.extensions ? text() : JSON.stringify(r));
  // Not enumerable: in-process readers of the result see only data and errors; a spread copy serialises as usual.
  return Object.defineProperty(result, 'stringify', { value: stringify, enumerable: false });
}
