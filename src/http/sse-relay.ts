import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';

/**
 * Reads the gateway's answer to a relayed operation (http/graphql-ws.ts): an SSE stream of
 * results, or a refusal before any stream (401, 429, 400 as JSON, or an SSE stream whose only event
 * is errors without data: a validation error, TOO_MANY_SUBSCRIPTIONS). A refusal becomes graphql-ws's
 * `error` message; a stream becomes an iterator that `return()` ends at once (aborting the relayed
 * request, so the gateway's stream and its live query or poller end with it).
 */
export async function sseResults(response: Response, controller: AbortController): Promise<{ errors: GraphQLError[] } | { stream: AsyncGenerator<ExecutionResult, undefined> }> {
  if (!response.body || !(response.headers.get('content-type') ?? '').includes('text/event-stream')) {
    const text = await response.text().catch(() => '');
    controller.abort();
    return { errors: errorsOf(text, response.status) };
  }
  const events = sseEvents(response.body, controller);
  const first = await events.next();
  if (!first.done && isRefusal(first.value)) {
    controller.abort();
    return { errors: first.value.errors!.map(toGraphQLError) };
  }
  let peeked: IteratorResult<ExecutionResult, undefined> | undefined = first;
  const stream: AsyncGenerator<ExecutionResult, undefined> = {
    [Symbol.asyncIterator]() {
      return stream;
    },
    async next() {
      if (peeked) {
        const p = peeked;
        peeked = undefined;
        return p;
      }
      return events.next();
    },
    async return() {
      peeked = undefined;
      controller.abort();
      return events.return(undefined);
    },
    async throw(err: unknown) {
      controller.abort();
      await events.return(undefined);
      throw err;
    },
    async [Symbol.asyncDispose]() {
      controller.abort();
    },
  } as AsyncGenerator<ExecutionResult, undefined>;
  return { stream };
}

/** A result that is only errors, with no `data` at all: nothing executed. */
function isRefusal(result: ExecutionResult): boolean {
  return !('data' in result) && Array.isArray(result.errors) && result.errors.length > 0;
}

/** `next` events as results, until `complete` or the end of the body. `return()` cancels the read in progress. */
function sseEvents(body: ReadableStream<Uint8Array>, controller: AbortController): AsyncGenerator<ExecutionResult, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let ended = false;
  const end = async (): Promise<IteratorResult<ExecutionResult, undefined>> => {
    if (!ended) {
      ended = true;
      controller.abort();
      await reader.cancel().catch(() => undefined);
    }
    return { done: true, value: undefined };
  };
  const it: AsyncGenerator<ExecutionResult, undefined> = {
    [Symbol.asyncIterator]() {
      return it;
    },
    async next() {
      while (!ended) {
        for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
          const lines = buffer.slice(0, i).split('\n');
          buffer = buffer.slice(i + 2);
          const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim();
          const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
          if (event === 'complete') return end();
          if (event === 'next' && data) return { done: false, value: JSON.parse(data) as ExecutionResult };
        }
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
        if (done || !value) return end();
        buffer += decoder.decode(value, { stream: true });
      }
      return { done: true, value: undefined };
    },
    return: end,
    async throw(err: unknown) {
      await end();
      throw err;
    },
    async [Symbol.asyncDispose]() {
      await end();
    },
  } as AsyncGenerator<ExecutionResult, undefined>;
  return it;
}

function errorsOf(text: string, status: number): GraphQLError[] {
  try {
    const parsed = JSON.parse(text) as { errors?: GraphQLFormattedError[] };
    if (Array.isArray(parsed.errors) && parsed.errors.length) return parsed.errors.map(toGraphQLError);
  } catch {
    // not JSON: below
  }
  return [new GraphQLError(`The gateway refused the operation (HTTP ${status}).`, { extensions: { http: { status } } })];
}

function toGraphQLError(e: GraphQLFormattedError): GraphQLError {
  const error = new GraphQLError(String(e?.message ?? 'Unexpected error.'), { path: e?.path, extensions: e?.extensions });
  if (e?.locations) (error as { locations?: unknown }).locations = e.locations;
  return error;
}
