import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultRetryOptions, parseRetryAfter, retryDelay } from '../../src/upstream/retry.js';

describe('retry policy', () => {
  it('doubles the backoff ceiling per attempt with jitter in its upper half', () => {
    const opts = { ...defaultRetryOptions, baseDelayMs: 100, maxDelayMs: 10_000 };
    expect(backoffDelay(0, opts, () => 0)).toBe(50);
    expect(backoffDelay(0, opts, () => 1)).toBe(100);
    expect(backoffDelay(2, opts, () => 1)).toBe(400);
  });

  it('caps the backoff at maxDelayMs', () => {
    expect(backoffDelay(20, { ...defaultRetryOptions, maxDelayMs: 2000 }, () => 1)).toBe(2000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(['1'])).toBe(1000);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  describe('retryDelay (one rule for the three backends)', () => {
    const opts = defaultRetryOptions;
    const jitter = () => 1;

    it('waits the backoff for a retryable failure and gives up after maxRetries', () => {
      expect(retryDelay({ retryable: true }, 0, opts, undefined, jitter)).toBe(100);
      expect(retryDelay({ retryable: true }, 1, opts, undefined, jitter)).toBe(200);
      expect(retryDelay({ retryable: true }, 2, opts, undefined, jitter)).toBeUndefined();
      expect(retryDelay({ retryable: false }, 0, opts, undefined, jitter)).toBeUndefined();
    });

    it('waits what the upstream asked for when it is at most 3 s, and fails fast when longer', () => {
      expect(retryDelay({ retryable: true, retryAfterMs: 1000 }, 0, opts, undefined, jitter)).toBe(1000);
      expect(retryDelay({ retryable: true, retryAfterMs: 3000 }, 0, opts, undefined, jitter)).toBe(3000);
      expect(retryDelay({ retryable: true, retryAfterMs: 3001 }, 0, opts, undefined, jitter)).toBeUndefined();
    });

    it('never waits to or past the operation deadline', () => {
      expect(retryDelay({ retryable: true, retryAfterMs: 1000 }, 0, opts, 1001, jitter)).toBe(1000);
      expect(retryDelay({ retryable: true, retryAfterMs: 1000 }, 0, opts, 1000, jitter)).toBeUndefined();
      expect(retryDelay({ retryable: true }, 0, opts, 50, jitter)).toBeUndefined();
    });
  });
});
