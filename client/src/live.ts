import type { DocumentNode, ExecutionResult, GraphQLFormattedError } from 'graphql';
import type { Client as SseClient, RequestParams } from 'graphql-sse';

/** One result of a live query, whole: `data` and `errors` side by side (a failing backend nulls only its own fields). */
export interface LiveResult<R> {
  data: R | null;
  errors?: GraphQLFormattedError[];
}

/** Whether the document's operation is marked `@live` (and not `@live(if: false)`). */
export function isLiveDocument(document: DocumentNode): boolean {
  return document.definitions.some(
    (d) =>
      d.kind === 'OperationDefinition' &&
      d.operation === 'query' &&
      (d.directives ?? []).some((dir) => dir.name.value === 'live' && !(dir.arguments ?? []).some((a) => a.name.value === 'if' && a.value.kind === 'BooleanValue' && !a.value.value)),
  );
}

/**
 * A live query as an async iterator of whole results: the current one first, then one each time the
 * result changes on the gateway (one execution per interval serves every subscriber; mutations and
 * backend notifications push at once). It never ends by itself while the gateway runs: `break`, or
 * `return()`, closes the stream (graphql-sse disposes its request). A transport failure (the
 * gateway refusing the request, the network) rejects `next()`; GraphQL errors arrive as results.
 */
export function liveResults<R>(sse: SseClient, params: RequestParams): AsyncIterableIterator<LiveResult<R>, undefined> {
  // On the wire a result's errors are formatted errors (JSON), whatever graphql-sse's type says.
  const results = sse.iterate<R>(params) as AsyncIterableIterator<ExecutionResult<R>>;
  const close = async (): Promise<IteratorReturnResult<undefined>> => {
    await results.return?.();
    return { done: true, value: undefined };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<LiveResult<R>>> {
      const step = await results.next();
      if (step.done) return { done: true, value: undefined };
      const { data, errors } = step.value;
      return { done: false, value: errors?.length ? { data: data ?? null, errors: errors as unknown as GraphQLFormattedError[] } : { data: data ?? null } };
    },
    return: close,
    async throw(error?: unknown) {
      await close();
      throw error;
    },
  };
}
