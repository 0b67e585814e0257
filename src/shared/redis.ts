import { Redis } from 'ioredis';
import { redisUrlForDisplay } from './redis-url.js';
import type { Logger } from '../observability/logger.js';

/**
 * The one Redis connection a replica shares its state through (README "Running more than one").
 * Only with REDIS_URL set; without it every shared thing stays in the process, as with one replica.
 *
 * Redis being down must never fail a request: commands fail fast instead of queueing while the
 * connection is lost (`enableOfflineQueue: false`, never retried after a reconnect), callers fall back
 * to their per-replica behaviour, and the loss and the recovery are logged once each, never per command.
 *
 * A Redis that hangs (SIGSTOP, a partition that keeps the TCP connection open, a server stuck in a
 * slow command) is treated like a dead one: every command has `commandTimeout` (REDIS_TIMEOUT_MS), and
 * a connection that receives nothing for that long while a command waits is destroyed
 * (`socketTimeout`), which marks Redis unready (one warning) until a reconnect's handshake is answered
 * again. So a stall costs each request in flight at that moment at most one timeout, and the requests
 * after it none: they see `ready === false` and use this process's own state.
 */
export interface SharedRedis {
  readonly client: Redis;
  /** True while the connection is up; callers that must not wait check it first. */
  readonly ready: boolean;
  /** A second connection for SUBSCRIBE (a subscribed connection cannot run other commands). */
  duplicate(): Redis;
  close(): Promise<void>;
}

/** REDIS_TIMEOUT_MS's default: Redis answers in well under a millisecond; this is a stall, not a slow answer. */
export const DEFAULT_REDIS_TIMEOUT_MS = 500;

/** @param opts.timeoutMs how long a command may wait for its answer (REDIS_TIMEOUT_MS) @default 500 */
export function createSharedRedis(url: string, logger: Logger, opts: { timeoutMs?: number } = {}): SharedRedis {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS;
  const options = {
    enableOfflineQueue: false,
    // A command caught by a lost connection fails at once instead of waiting for the reconnect.
    maxRetriesPerRequest: 0,
    commandTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    connectTimeout: Math.max(2000, timeoutMs),
    // Keep reconnecting (capped backoff): Redis coming back restores sharing without a restart.
    retryStrategy: (times: number) => Math.min(times * 200, 2000),
    lazyConnect: false,
  };
  const client = new Redis(url, options);
  const shown = redisUrlForDisplay(url);
  let up = false;
  let warned = false;
  client.on('ready', () => {
    up = true;
    if (warned) logger.info({ redis: shown }, 'Redis is back: shared state across replicas resumes');
    warned = false;
  });
  const down = (err?: Error) => {
    const wasUp = up;
    up = false;
    if (!warned && (wasUp || err)) {
      warned = true;
      logger.warn(
        { redis: shown, err: err?.message, timeoutMs },
        'Redis unreachable or not answering: caches, budgets, rate limits and report pollers fall back to this replica alone',
      );
    }
  };
  client.on('error', (err: Error) => down(err));
  client.on('close', () => down());
  const extra: Redis[] = [];
  return {
    client,
    get ready() {
      return up;
    },
    duplicate() {
      // The subscriber waits for messages, not answers, and nothing a request awaits runs on it; the
      // event target does not catch a failed SUBSCRIBE, so its commands queue instead of timing out.
      const d = client.duplicate({ ...options, enableOfflineQueue: true, commandTimeout: undefined, socketTimeout: undefined, maxRetriesPerRequest: null });
      d.on('error', () => undefined); // reported once through the main connection
      // The event target (@graphql-yoga/redis-event-target) neither awaits nor catches (UN)SUBSCRIBE: one
      // still pending when the connection closes (shutdown, an outage) must not become an unhandled rejection.
      for (const name of ['subscribe', 'unsubscribe', 'psubscribe', 'punsubscribe'] as const) {
        const original = d[name].bind(d) as (...args: unknown[]) => Promise<unknown>;
        (d as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
          const pending = original(...args);
          pending.catch(() => undefined);
          return pending;
        };
      }
      extra.push(d);
      return d;
    },
    async close() {
      for (const c of [client, ...extra]) c.disconnect();
    },
  };
}
