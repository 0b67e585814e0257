import { Rng } from './dataset/prng.js';

/**
 * Arrivals at an average rate, as independent clients make them (a Poisson process: exponential
 * gaps, seeded). `advance(now)` hands every arrival due by `now` to `arrive`, at its own time, so
 * a clock stepped by a test and the wall clock of a running simulator give the same traffic.
 */
export class Traffic {
  private next: number;
  private readonly rng: Rng;

  constructor(
    /** Arrivals per minute on average; 0 for none. */
    private readonly perMinute: number,
    seed: number,
    /** When the first gap starts. */
    from: number,
    private readonly arrive: (at: number) => void,
  ) {
    this.rng = new Rng(seed);
    this.next = from + this.gap();
  }

  advance(now: number): void {
    if (this.perMinute <= 0) return;
    while (this.next <= now) {
      this.arrive(this.next);
      this.next += this.gap();
    }
  }

  private gap(): number {
    if (this.perMinute <= 0) return Number.POSITIVE_INFINITY;
    return Math.max(1, Math.round((-Math.log(1 - this.rng.next()) / this.perMinute) * 60_000));
  }
}
