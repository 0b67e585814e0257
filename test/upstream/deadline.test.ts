import { describe, expect, it } from 'vitest';
import { createDeadline, DeadlineExceeded, isDeadlineExceeded, remainingMs } from '../../src/upstream/deadline.js';

describe('operation deadline', () => {
  it('aborts with DeadlineExceeded when the time is up', async () => {
    const d = createDeadline(30);
    expect(d.signal.aborted).toBe(false);
    await new Promise((resolve) => d.signal.addEventListener('abort', resolve, { once: true }));
    expect(d.signal.reason).toBeInstanceOf(DeadlineExceeded);
    expect(isDeadlineExceeded(d.signal.reason)).toBe(true);
    expect(remainingMs(d.signal)).toBe(0);
  });

  it('knows how much time is left, and that a plain signal has no deadline', () => {
    const start = performance.now();
    const d = createDeadline(1000, undefined, start);
    expect(remainingMs(d.signal, start + 250)).toBeCloseTo(750, 6);
    expect(remainingMs(new AbortController().signal)).toBe(Number.POSITIVE_INFINITY);
    expect(remainingMs(undefined)).toBe(Number.POSITIVE_INFINITY);
    d.dispose();
  });

  it('aborts with the parent’s reason when the client leaves, which is not a deadline', () => {
    const parent = new AbortController();
    const d = createDeadline(10_000, parent.signal);
    const gone = new Error('client left');
    parent.abort(gone);
    expect(d.signal.reason).toBe(gone);
    expect(isDeadlineExceeded(d.signal.reason)).toBe(false);
    d.dispose();
  });

  it('stops its timer when disposed', async () => {
    const d = createDeadline(20);
    d.dispose();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(d.signal.aborted).toBe(false);
  });
});
