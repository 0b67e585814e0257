/**
 * Apart from redis.ts so that showing the configured URL (the start-up line) does not load ioredis:
 * a gateway without REDIS_URL never loads it (shared/state.ts `openSharedState`).
 */

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
