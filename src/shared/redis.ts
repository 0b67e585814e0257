import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

/**
 * The one Redis connection a replica shares its state through (README "Running more than one").
 * Only with REDIS_URL set; without it every shared thing stays in the process, as with one replica.
 *
 * Redis being down must never fail a request: commands fail fast instead of queueing while the
 * connection is lost (`enableOfflineQueue: false`, one try per command), callers fall back to their
 * per-replica behaviour, and the loss and the recovery are logged once each, never per command.
 */
export interface SharedRedis {
  readonly client: Redis;
  /** True while the connection is up; callers that must not wait check it first. */
  readonly ready: boolean;
  /** A second connection for SUBSCRIBE (a subscribed connection cannot run other commands). */
  duplicate(): Redis;
  close(): Promise<void>;
}

/** The URL as it may be shown: no password, no query string. */
export function redisUrlForDisplay(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    u.username = '';
    u.search = '';
    return u.toString();
  } catch {
    return 'redis://(invalid url)';
  }
}

export function createSharedRedis(url: string, logger: Logger): SharedRedis {
  const options = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
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
      logger.warn({ redis: shown, err: err?.message }, 'Redis unreachable: caches, budgets, rate limits and report pollers fall back to this replica alone');
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
      const d = client.duplicate({ ...options, enableOfflineQueue: true });
      d.on('error', () => undefined); // reported once through the main connection
      extra.push(d);
      return d;
    },
    async close() {
      for (const c of [client, ...extra]) c.disconnect();
    },
  };
}
