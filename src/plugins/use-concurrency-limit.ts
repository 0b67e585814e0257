import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';
import { isDeadlineExceeded } from '../upstream/deadline.js';
import type { OperationDeadlines } from './use-deadline.js';

/**
 * At most `max` GraphQL requests execute at once; the rest wait their turn in arrival order (FIFO).
 *
 * Why: under heavy load every in-flight operation holds its upstream bodies, parsed rows and result
 * tree at once, and on a CPU-bound process the operations only interleave, none finishes sooner;
 * in arrival order the early ones finish early. It bounds the live data, not the heap V8 chooses to
 * keep: measured at concurrency 100 it cut peak RSS by 15–25 %, and together with a heap cap
 * (--max-old-space-size) it kept it near 150–170 MB (bench/RESULTS.md).
 * The cost: a backend that hangs until its timeout holds slots that requests to healthy backends
 * then wait for, so the limit is off unless MAX_CONCURRENT_OPERATIONS sets it, and the wait counts
 * against the operation deadline (OPERATION_TIMEOUT_MS): a request still queued when its deadline
 * passes leaves the queue and is answered 503 with UPSTREAM_TIMEOUT, never executed. A client that
 * leaves while queued frees its place too. (p-limit, used before, cannot take a waiter back out.)
 *
 * The slot is held while Yoga builds the Response: the whole execution for a query or mutation, only
 * the subscribe step for a subscription (its SSE stream then runs without a slot). Requests that
 * other plugins answer in onRequest (`/health`, GraphiQL, `/metrics`, request guards) never queue.
 */
export function useConcurrencyLimit(max: number, deadlines?: OperationDeadlines): Plugin {
  let active = 0;
  const queue: Array<() => void> = [];

  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };

  /** Resolves true with a slot, or false when `signal` aborts first (the waiter leaves the queue). */
  const acquire = (signal?: AbortSignal): Promise<boolean> => {
    if (active < max) {
      active++;
      return Promise.resolve(true);
    }
    if (signal?.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(true);
      };
      const onAbort = () => {
        const i = queue.indexOf(grant);
        if (i >= 0) queue.splice(i, 1);
        resolve(false);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(grant);
    });
  };

  return {
    onRequest({ requestHandler, setRequestHandler, fetchAPI }) {
      setRequestHandler(async (request, serverContext) => {
        const signal = deadlines?.of(request)?.signal ?? request.signal;
        if (!(await acquire(signal))) {
          const timedOut = isDeadlineExceeded(signal.reason);
          const message = timedOut
            ? `The operation deadline (OPERATION_TIMEOUT_MS ${deadlines?.timeoutMs} ms) passed while it waited for an execution slot (MAX_CONCURRENT_OPERATIONS ${max})`
            : 'The request was cancelled while it waited for an execution slot';
          const code = timedOut ? ErrorCode.UPSTREAM_TIMEOUT : ErrorCode.UPSTREAM_ERROR;
          return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
            status: 503,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          });
        }
        try {
          return await requestHandler(request, serverContext);
        } finally {
          release();
        }
      });
    },
  };
}
