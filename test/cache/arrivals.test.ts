import { describe, expect, it, vi } from 'vitest';
import { createArrivals } from '../../src/cache/arrivals.js';

/** Calls the plugin's onRequest hook as Yoga would, at the current performance.now(). */
function arrive(arrivals: ReturnType<typeof createArrivals>, request: Request) {
  (arrivals.plugin.onRequest as (p: { request: Request }) => void)({ request });
}

const req = (n: number) => new Request(`http://gw.test/graphql?n=${n}`);

describe('arrivals: how long a finished answer is kept for identical requests on their way', () => {
  it('lets go of an answer at once when no request is on its way', () => {
    const arrivals = createArrivals(10_000);
    const a = req(1);
    arrive(arrivals, a);
    arrivals.leave(a);
    const fn = vi.fn();
    arrivals.whenPassed(performance.now(), fn);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('keeps it while a request that arrived before it finished is still on its way, then lets go', () => {
    const arrivals = createArrivals(10_000);
    const early = req(1);
    arrive(arrivals, early);
    const fn = vi.fn();
    arrivals.whenPassed(performance.now() + 1, fn);
    expect(fn).not.toHaveBeenCalled();
    arrivals.leave(early);
    expect(fn).toHaveBeenCalledTimes(1);
    arrivals.leave(early);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('is not held back by requests that arrived after it finished', () => {
    const arrivals = createArrivals(10_000);
    const finished = performance.now();
    const later = req(2);
    vi.spyOn(performance, 'now').mockReturnValueOnce(finished + 5);
    arrive(arrivals, later);
    const fn = vi.fn();
    arrivals.whenPassed(finished, fn);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it('releases answers in order as the requests before each of them leave', () => {
    const arrivals = createArrivals(10_000);
    const now = vi.spyOn(performance, 'now');
    const [r1, r2] = [req(1), req(2)];
    now.mockReturnValue(100);
    arrive(arrivals, r1);
    now.mockReturnValue(200);
    arrive(arrivals, r2);
    now.mockReturnValue(300);
    const first = vi.fn();
    const second = vi.fn();
    arrivals.whenPassed(150, first); // r1 arrived before it
    arrivals.whenPassed(250, second); // r1 and r2 arrived before it
    arrivals.leave(r1);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
    arrivals.leave(r2);
    expect(second).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it('stops waiting for a request older than its maximum age (one whose answer was never seen leaving)', () => {
    const arrivals = createArrivals(1_000);
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(1_000);
    arrive(arrivals, req(1)); // never leaves
    now.mockReturnValue(1_500);
    const kept = vi.fn();
    arrivals.whenPassed(1_500, kept);
    expect(kept).not.toHaveBeenCalled();
    now.mockReturnValue(2_600);
    const late = vi.fn();
    arrivals.whenPassed(2_600, late);
    expect(late).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it('leaves through the plugin when the response is sent, and stamps the arrival time', () => {
    const arrivals = createArrivals(10_000);
    const now = vi.spyOn(performance, 'now').mockReturnValue(42);
    const r = req(1);
    arrive(arrivals, r);
    expect(arrivals.at(r)).toBe(42);
    now.mockReturnValue(50);
    const fn = vi.fn();
    arrivals.whenPassed(50, fn);
    expect(fn).not.toHaveBeenCalled();
    (arrivals.plugin.onResponse as (p: { request: Request }) => void)({ request: r });
    expect(fn).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });
});
