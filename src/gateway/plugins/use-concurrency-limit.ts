import { GraphQLError, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';
import { Bulkhead } from '../../upstream/bulkhead.js';
import { isDeadlineExceeded } from '../../upstream/deadline.js';
import type { OperationDeadlines } from './use-deadline.js';

/**
 * MAX_CONCURRENT_OPERATIONS: at most `max` GraphQL operations execute at once; the rest wait their
 * turn in arrival order. With bulkheads: a tenant's backend may hold at most `poolMax` of the slots.
 *
 * Why a limit: under heavy load every in-flight operation holds its upstream bodies, parsed rows and
 * result tree at once, and on a CPU-bound process the operations only interleave, none finishes
 * sooner; in arrival order the early ones finish early. It bounds the live data, not the heap V8
 * chooses to keep: measured at concurrency 100 it cut peak RSS by 15–25 %, and with a heap cap
 * (--max-old-space-size) it kept it near 150–170 MB (bench/RESULTS.md).
 *
 * Why bulkheads: a backend that hangs until its timeout holds the slots of the operations waiting on
 * it; without a bound, sixteen such operations filled eight slots and a Reporter-only query waited
 * 7.7 s, a healthy tenant's 29.8 s (issue 21). So every operation also takes a slot in the pool of
 * each backend it touches, per tenant (`acme:uis`), read from its document before it runs
 * (schema/backend-map.ts), and a pool holds at most BULKHEAD_SHARE % of the slots: a hung backend
 * fills its own pool, the other backends and tenants keep the rest. The other design considered, to
 * give the slot back while an operation waits on upstream I/O, was not taken: the slot exists to
 * bound the data in flight, and an operation waiting on upstream still holds what it has, then
 * receives the bodies; releasing it would let every waiting operation fetch at once.
 * The cost: a load on one backend alone runs at most BULKHEAD_SHARE % of the slots at once (100 turns
 * the bulkheads off). Circuit breakers (upstream/breaker.ts) then stop the hung backend's operations
 * from waiting at all.
 *
 * The slots are taken at execution, after parsing and validation: requests that other plugins answer
 * earlier (`/health`, GraphiQL, `/metrics`, request guards, response-cache hits, coalesced waiters)
 * never queue. The wait counts against the operation deadline (OPERATION_TIMEOUT_MS): a request still
 * queued when its deadline passes leaves the queue and is answered 503 with UPSTREAM_TIMEOUT, never
 * executed; a client that leaves while queued frees its place too. A query or mutation holds its slots
 * for its whole execution, a subscription only for its subscribe step (its SSE stream then runs
 * without one).
 */
export interface ConcurrencyLimitOptions {
  /** BULKHEAD_SHARE as a fraction: the most of `max` one pool may hold. @default 1 (no bulkheads) */
  share?: number;
  /** The pools an operation touches (`tenant:backend`). @default none: the global limit only */
  poolsOf?: (args: ExecutionArgs) => readonly string[];
}

export function useConcurrencyLimit(max: number, deadlines?: OperationDeadlines, opts: ConcurrencyLimitOptions = {}): Plugin {
  const bulkhead = new Bulkhead(max, Math.max(1, Math.floor(max * (opts.share ?? 1))));
  // The operation's deadline: the context's own signal (context.ts; a live query's poll has one too), else the request's.
  const signalOf = (args: ExecutionArgs): AbortSignal | undefined => {
    const ctx = args.contextValue as { signal?: AbortSignal; request?: Request } | undefined;
    return ctx?.signal ?? (ctx?.request ? (deadlines?.of(ctx.request)?.signal ?? ctx.request.signal) : undefined);
  };
  const refused = (signal: AbortSignal | undefined) => {
    const timedOut = isDeadlineExceeded(signal?.reason);
    const message = timedOut
      ? `The operation deadline (OPERATION_TIMEOUT_MS ${deadlines?.timeoutMs} ms) passed while it waited for an execution slot (MAX_CONCURRENT_OPERATIONS ${max})`
      : 'The request was cancelled while it waited for an execution slot';
    const code = timedOut ? ErrorCode.UPSTREAM_TIMEOUT : ErrorCode.UPSTREAM_ERROR;
    // HTTP 503: nothing ran; the client may retry.
    return { errors: [new GraphQLError(message, { extensions: { code, http: { status: 503 } } })] };
  };
  /** The slots of the operation (its release function), or undefined when it was refused while it waited. */
  const gate = async (
    args: ExecutionArgs,
    stop: (result: ReturnType<typeof refused>) => void,
  ): Promise<(() => void) | undefined> => {
    const signal = signalOf(args);
    const release = await bulkhead.acquire(opts.poolsOf?.(args) ?? [], signal);
    if (!release) stop(refused(signal));
    return release;
  };
  return {
    async onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const release = await gate(args, setResultAndStopExecution);
      if (!release) return;
      // Released when the result is ready, and also if execution throws (then onExecuteDone never runs).
      setExecuteFn(async (a) => {
        try {
          return await executeFn(a);
        } finally {
          release();
        }
      });
      return { onExecuteDone: release };
    },
    async onSubscribe({ args, subscribeFn, setSubscribeFn, setResultAndStopExecution }) {
      const release = await gate(args, setResultAndStopExecution as (r: ReturnType<typeof refused>) => void);
      if (!release) return;
      setSubscribeFn(async (a) => {
        try {
          return await subscribeFn(a);
        } finally {
          release();
        }
      });
      return { onSubscribeResult: release, onSubscribeError: release };
    },
  };
}
