/** Retry policy for upstream reads. Writes are never retried: the caller cannot know whether they applied. */
export interface RetryOptions {
  /** Retries after the first attempt. @default 2 */
  maxRetries: number;
  /** First backoff step in ms; doubles every attempt. @default 100 */
  baseDelayMs: number;
  /** Upper bound of one backoff step. @default 2000 */
  maxDelayMs: number;
  /**
   * The longest wait an upstream may ask for (Retry-After, UIS `*_reset`) that we still honour.
   * Longer asks fail fast with UPSTREAM_RATE_LIMITED rather than hold the GraphQL request.
   * @default 3000
   */
  maxRetryAfterMs: number;
}

export const defaultRetryOptions: RetryOptions = {
  maxRetries: 2,
  baseDelayMs: 100,
  maxDelayMs: 2000,
  maxRetryAfterMs: 3000,
};

/**
 * How long to wait before retrying a failed read, or undefined to fail now. One rule for the three
 * backends (README "Errors"): only retryable failures; an upstream-requested wait (Retry-After,
 * UIS `*_reset`) is honoured when it is at most `maxRetryAfterMs` and fails fast when longer; and no
 * wait may end at or past the operation deadline (`remainingMs`), where the retry could not finish.
 */
export function retryDelay(
  failure: { retryable: boolean; retryAfterMs?: number },
  attempt: number,
  opts: RetryOptions,
  remainingMs = Number.POSITIVE_INFINITY,
  random: () => number = Math.random,
): number | undefined {
  if (!failure.retryable || attempt >= opts.maxRetries) return undefined;
  if (failure.retryAfterMs !== undefined && failure.retryAfterMs > opts.maxRetryAfterMs) return undefined;
  const wait = Math.max(failure.retryAfterMs ?? 0, backoffDelay(attempt, opts, random));
  return wait < remainingMs ? wait : undefined;
}

/** Exponential backoff with full jitter (AWS architecture blog's "full jitter"). */
export function backoffDelay(attempt: number, opts: RetryOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Parses Retry-After (seconds or an HTTP date) into ms; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
