import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';

export interface SubscriptionLimits {
  /** Open subscriptions in this process (MAX_SUBSCRIPTIONS); 0 refuses every subscription. */
  max: number;
  /** Open subscriptions per principal (MAX_SUBSCRIPTIONS_PER_CALLER). */
  maxPerCaller: number;
}

/** Counts open subscriptions, for tests and the limit itself. */
export interface SubscriptionCounter {
  total(): number;
  of(principal: string): number;
}

/**
 * Caps open subscriptions, in the process and per principal. Each open stream holds an SSE response
 * and a report-task poller's watcher (one poller per distinct task id), so without a cap a caller
 * opening streams for ever-new ids starts ever more pollers. The slot is taken before the
 * subscription starts (concurrent requests cannot both take the last one) and given back when the
 * stream ends, whether it completed, failed or the client left. The next one over the cap gets
 * TOO_MANY_SUBSCRIPTIONS and starts nothing, so pollers ≤ open subscriptions ≤ MAX_SUBSCRIPTIONS.
 */
export function useSubscriptionLimit(limits: SubscriptionLimits): { plugin: Plugin<Context>; counter: SubscriptionCounter } {
  let total = 0;
  const perCaller = new Map<string, number>();
  const keyOf = (ctx: Context) => `${ctx.principal.tenant}/${ctx.principal.name}`;
  const release = (key: string) => {
    total -= 1;
    const n = (perCaller.get(key) ?? 1) - 1;
    if (n <= 0) perCaller.delete(key);
    else perCaller.set(key, n);
  };
  const plugin: Plugin<Context> = {
    onSubscribe({ args, setResultAndStopExecution }) {
      const key = keyOf(args.contextValue);
      const mine = perCaller.get(key) ?? 0;
      const refusal =
        total >= limits.max ? `The gateway serves its maximum of ${limits.max} open subscriptions (MAX_SUBSCRIPTIONS); try again later.`
        : mine >= limits.maxPerCaller ? `You have ${mine} open subscriptions, the most one caller may hold (MAX_SUBSCRIPTIONS_PER_CALLER = ${limits.maxPerCaller}); close one first.`
        : undefined;
      if (refusal) {
        setResultAndStopExecution({ errors: [new GraphQLError(refusal, { extensions: { code: ErrorCode.TOO_MANY_SUBSCRIPTIONS } })] });
        return;
      }
      total += 1;
      perCaller.set(key, mine + 1);
      let released = false;
      const once = () => {
        if (!released) {
          released = true;
          release(key);
        }
      };
      return {
        onSubscribeResult({ result }) {
          // An error instead of a stream (bad id, missing scope): nothing stays open.
          if (!(result && typeof result === 'object' && Symbol.asyncIterator in result)) {
            once();
            return;
          }
          return { onEnd: once };
        },
        onSubscribeError() {
          once();
        },
      };
    },
  };
  return { plugin, counter: { total: () => total, of: (principal) => perCaller.get(principal) ?? 0 } };
}
