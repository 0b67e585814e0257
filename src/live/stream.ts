import type { ExecutionResult } from 'graphql';
import type { LiveSubscriber } from './coordinator.js';
import type { LiveResult } from './result.js';

/**
 * One subscriber's stream of a live query: an async iterator of whole results, as Yoga's SSE and
 * multipart processors and graphql-ws consume it.
 *
 * Written as an iterator object, not an async generator: a generator waiting for its next value
 * cannot be returned until a value comes, so a client leaving a quiet live query would stay
 * subscribed until the data changed. Here `return()` (the client left: Yoga cancels the response,
 * graphql-ws gets `complete` or a closed socket) and `signal` end it at once, and `onEnd` runs once.
 *
 * Only the newest result waits for a slow reader: a live query's subscriber needs the state now,
 * not every state in between, so a stalled client holds one result, never a growing queue.
 */
export function liveStream(
  attach: (subscriber: LiveSubscriber) => void,
  detach: (subscriber: LiveSubscriber) => void,
  opts: { signal?: AbortSignal; onEnd?: () => void } = {},
): AsyncGenerator<ExecutionResult, undefined, unknown> {
  let pending: LiveResult | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const subscriber: LiveSubscriber = {
    push(result) {
      pending = result;
      wake?.();
    },
    end: () => void end(),
  };
  const end = (): IteratorResult<ExecutionResult, undefined> => {
    if (!ended) {
      ended = true;
      pending = undefined;
      opts.signal?.removeEventListener('abort', onAbort);
      detach(subscriber);
      opts.onEnd?.();
      wake?.();
    }
    return { done: true, value: undefined };
  };
  const onAbort = () => void end();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  attach(subscriber);
  if (opts.signal?.aborted) end();

  const stream: AsyncGenerator<ExecutionResult, undefined, unknown> = {
    [Symbol.asyncIterator]() {
      return stream;
    },
    async next() {
      while (!pending && !ended) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (ended || !pending) return end();
      const { result } = pending;
      pending = undefined;
      return { done: false, value: result };
    },
    async return() {
      return end();
    },
    async throw(err: unknown) {
      end();
      throw err;
    },
    // TS 5.6+ types AsyncGenerator with AsyncDisposable; nothing to dispose beyond `return`.
    async [Symbol.asyncDispose]() {
      end();
    },
  } as AsyncGenerator<ExecutionResult, undefined, unknown>;
  return stream;
}
