import pLimit from 'p-limit';
import type { Plugin } from 'graphql-yoga';

/**
 * At most `max` GraphQL requests execute at once; the rest wait their turn in arrival order.
 *
 * Why: under heavy load every in-flight operation holds its upstream bodies, parsed rows and result
 * tree at once, and on a CPU-bound process the operations only interleave, none finishes sooner;
 * in arrival order the early ones finish early. It bounds the live data, not the heap V8 chooses to
 * keep: measured at concurrency 100 it cut peak RSS by 15–25 %, and together with a heap cap
 * (--max-old-space-size) it kept it near 150–170 MB (bench/RESULTS.md).
 * The cost: a backend that hangs until its timeout holds slots that requests to healthy backends
 * then wait for, so the limit is off unless MAX_CONCURRENT_OPERATIONS sets it.
 *
 * The slot is held while Yoga builds the Response: the whole execution for a query or mutation, only
 * the subscribe step for a subscription (its SSE stream then runs without a slot). Requests that
 * other plugins answer in onRequest (`/health`, GraphiQL, `/metrics`, request guards) never queue.
 */
export function useConcurrencyLimit(max: number): Plugin {
  const limit = pLimit(max);
  return {
    onRequest({ requestHandler, setRequestHandler }) {
      setRequestHandler((request, serverContext) => limit(() => requestHandler(request, serverContext)));
    },
  };
}
