import type { UisLimits } from './types.js';

/**
 * The points budget of §11.8: each successful call costs 1 point from a daily and a per-minute
 * budget; an exhausted budget answers `-32029 limit_exceeded`. The real numbers are per tariff and
 * unpublished, so the defaults are generous enough for benchmarks; tests pass small ones.
 */
export interface BudgetOptions {
  /** @default 1000000 */
  dayLimit?: number;
  /** @default 20000 */
  minuteLimit?: number;
  /** Clock, for tests. @default Date.now */
  now?: () => number;
}

const MOSCOW_OFFSET_MS = 3 * 3_600_000;
const DAY_MS = 86_400_000;

export class PointsBudget {
  readonly dayLimit: number;
  readonly minuteLimit: number;
  private readonly now: () => number;
  private dayUsed = 0;
  private dayStart: number;
  private minuteUsed = 0;
  /** The per-minute window opens with its first call, so a burst never straddles two windows. */
  private minuteStart = Number.NEGATIVE_INFINITY;

  constructor(opts: BudgetOptions = {}) {
    this.dayLimit = opts.dayLimit ?? 1_000_000;
    this.minuteLimit = opts.minuteLimit ?? 20_000;
    this.now = opts.now ?? Date.now;
    this.dayStart = this.moscowMidnight(this.now());
  }

  /** Which budget is exhausted right now, if any. */
  exhausted(): 'day' | 'minute' | undefined {
    this.roll();
    if (this.dayUsed >= this.dayLimit) return 'day';
    if (this.minuteUsed >= this.minuteLimit) return 'minute';
    return undefined;
  }

  /** Charges one successful call (§11.8: only successful requests consume points). */
  consume(points = 1): void {
    this.roll();
    if (this.minuteUsed === 0) this.minuteStart = this.now();
    this.minuteUsed += points;
    this.dayUsed += points;
  }

  /** The `metadata.limits` object (§5). */
  snapshot(): Required<UisLimits> {
    this.roll();
    const now = this.now();
    const minuteReset = this.minuteUsed === 0 ? 60 : Math.max(1, Math.ceil((this.minuteStart + 60_000 - now) / 1000));
    return {
      day_limit: this.dayLimit,
      day_remaining: Math.max(0, this.dayLimit - this.dayUsed),
      day_reset: Math.max(1, Math.ceil((this.dayStart + DAY_MS - now) / 1000)),
      minute_limit: this.minuteLimit,
      minute_remaining: Math.max(0, this.minuteLimit - this.minuteUsed),
      minute_reset: minuteReset,
    };
  }

  reset(): void {
    this.dayUsed = 0;
    this.minuteUsed = 0;
    this.minuteStart = Number.NEGATIVE_INFINITY;
    this.dayStart = this.moscowMidnight(this.now());
  }

  private roll(): void {
    const now = this.now();
    if (now - this.minuteStart >= 60_000) {
      this.minuteUsed = 0;
      this.minuteStart = Number.NEGATIVE_INFINITY;
    }
    if (now - this.dayStart >= DAY_MS) {
      this.dayUsed = 0;
      this.dayStart = this.moscowMidnight(now);
    }
  }

  /** The day budget resets at midnight in the account's zone (Moscow, UTC+3 all year): INFERRED. */
  private moscowMidnight(t: number): number {
    return Math.floor((t + MOSCOW_OFFSET_MS) / DAY_MS) * DAY_MS - MOSCOW_OFFSET_MS;
  }
}
