import type { Plugin } from 'graphql-yoga';
import { createDeadline, type Deadline } from '../../upstream/deadline.js';

/**
 * OPERATION_TIMEOUT_MS: one deadline per GraphQL request, started when the request arrives (so time
 * spent waiting for a MAX_CONCURRENT_OPERATIONS slot counts), combined with the client's own signal,
 * and handed to every upstream call through the context (context.ts). Past it, pending upstream
 * calls abort and their fields fail with UPSTREAM_TIMEOUT (writes with outcome UNKNOWN).
 *
 * A subscription's stream is not bounded by it: the stream lives as long as its client
 * (context.requestSignal); only the subscribe step runs under the deadline.
 */
export interface OperationDeadlines {
  readonly timeoutMs: number;
  /** The deadline of a request that arrived; undefined for one this plugin never saw. */
  of(request: Request): Deadline | undefined;
}

export function createOperationDeadlines(timeoutMs: number): OperationDeadlines & {
  start(request: Request): Deadline;
  end(request: Request): void;
} {
  const deadlines = new WeakMap<Request, Deadline>();
  return {
    timeoutMs,
    of: (request) => deadlines.get(request),
    start(request) {
      const deadline = createDeadline(timeoutMs, request.signal);
      deadlines.set(request, deadline);
      return deadline;
    },
    end(request) {
      deadlines.get(request)?.dispose();
    },
  };
}

/** Must come before every plugin that may wait (use-concurrency-limit.ts) so the clock starts on arrival. */
export function useDeadline(deadlines: ReturnType<typeof createOperationDeadlines>): Plugin {
  return {
    onRequest({ request }) {
      deadlines.start(request);
    },
    onResponse({ request }) {
      deadlines.end(request);
    },
  };
}
