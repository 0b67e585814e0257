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
 * Caps open subscriptions, in the process and per principal; `@live` query streams count as
 * subscriptions too (`take`). Each open stream holds a response and a report-task poller's watcher
 * or a live query's coordinator (one per distinct task id or query), so without a cap a caller
 * opening streams for ever-new ids starts ever more pollers. The slot is taken before the
 * subscription starts (concurrent requests cannot both take the last one) and given back when the
 * stream ends, whether it completed, failed or the client left. The next one over the cap gets
 * TOO_MANY_SUBSCRIPTIONS and starts nothing, so pollers ≤ open subscriptions ≤ MAX_SUBSCRIPTIONS.
 */
export function useSubscriptionLimit(limits: SubscriptionLimits): {
  plugin: Plugin<Context>;
  counter: SubscriptionCounter;
  /** Takes a slot for a stream that is not a subscription operation (a `@live` query: plugins/use-live-query.ts). */
  take(ctx: Context): { release(): void } | { refused: GraphQLError };
} {
  let total = 0;
  const perCaller = new Map<string, number>();
  const keyOf = (ctx: Context) => `${ctx.principal.tenant}/${ctx.principal.name}`;
  const release = (key: string) => {
    total -= 1;
    const n = (perCaller.get(key) ?? 1) - 1;
    if (n <= 0) perCaller.delete(key);
    else perCaller.set(key, n);
  };
  /** One slot, released at most once; or the refusal of the next one over a cap. */
  const take = (ctx: Context): { release(): void } | { refused: GraphQLError } => {
    const key = keyOf(ctx);
    const mine = perCaller.get(key) ?? 0;
    const refusal =
      total >= limits.max ? `The gateway serves its maximum of ${limits.max} open subscriptions (MAX_SUBSCRIPTIONS); try again later.`
      : mine >= limits.maxPerCaller ? `You have ${mine} open subscriptions, the most one caller may hold (MAX_SUBSCRIPTIONS_PER_CALLER = ${limits.maxPerCaller}); close one first.`
      : undefined;
    if (refusal) return { refused: new GraphQLError(refusal, { extensions: { code: ErrorCode.TOO_MANY_SUBSCRIPTIONS } }) };
    total += 1;
    perCaller.set(key, mine + 1);
    let released = false;
    return {
      release() {
        if (!released) {
          released = true;
          release(key);
        }
      },
    };
  };
  const plugin: Plugin<Context> = {
    onSubscribe({ args, setResultAndStopExecution }) {
      const slot = take(args.contextValue);
      if ('refused' in slot) {
        setResultAndStopExecution({ errors: [slot.refused] });
        return;
      }
      const once = slot.release;
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
  return { plugin, counter: { total: () => total, of: (principal) => perCaller.get(principal) ?? 0 }, take };
}
