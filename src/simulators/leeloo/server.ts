import { SimServer, type Handler, type SimResponse } from '../harness.js';
import type { LeelooData } from './data.js';
import { registerReadRoutes } from './routes-read.js';
import { registerWriteRoutes } from './routes-write.js';
import { LeelooState } from './state.js';
import { noRouteAnswer, RATE_LIMIT_TEXT, unauthorizedAnswer } from './wire.js';

export interface LeelooSimulatorOptions {
  data: LeelooData;
  /** The company token expected in `X-Leeloo-AuthToken` (compared exactly, §2). */
  token: string;
  /** Latency added to every request. @default 0 */
  latencyMs?: number;
  /**
   * Requests per token per window before the plain-text 429 (§3.3: DOC-LIMITS says 300/min; the
   * docs are low-trust there). Off by default, so that gateway tests and benchmarks are not
   * throttled; set it to exercise the throttle. @default undefined (no limit)
   */
  rateLimitPerMinute?: number;
  /** Length of the fixed rate-limit window; tests shorten it. @default 60000 */
  rateLimitWindowMs?: number;
  /** Clock for timestamps of writes and for the rate-limit window. @default Date.now */
  now?: () => number;
}

/**
 * A Leeloo CRM public API v1 on loopback: routes under `/api/v1` (client base URL
 * `${origin}/api/v1`), the §3 envelopes, §4 paging, §5 endpoints, auth by `X-Leeloo-AuthToken`,
 * an optional express-rate-limit style throttle, and fault injection through SimServer with the
 * endpoint labels the client uses (`GET accounts/:id`, `PUT accounts/:id/add-tag`, …).
 */
export function createLeelooSimulator(opts: LeelooSimulatorOptions): SimServer {
  const now = opts.now ?? Date.now;
  const state = new LeelooState(opts.data, now);
  const limiter = opts.rateLimitPerMinute ? new FixedWindowLimiter(opts.rateLimitPerMinute, opts.rateLimitWindowMs ?? 60_000, now) : undefined;

  const sim = new SimServer('leeloo', {
    latencyMs: opts.latencyMs,
    renderFault: (fault) => (fault.kind === 'rateLimit' ? rateLimitAnswer(fault.retryAfterSec ?? 1) : undefined),
    notFound: noRouteAnswer,
  });

  // Throttle first, as express-rate-limit sits ahead of the routers; then the token (§2).
  const guard = (handler: Handler): Handler => async (req) => {
    const raw = req.headers['x-leeloo-authtoken'];
    const token = Array.isArray(raw) ? raw[0] : raw;
    if (limiter) {
      const verdict = limiter.take(token ?? '');
      if (!verdict.allowed) return withHeaders(rateLimitAnswer(verdict.resetSec), verdict.headers);
      const answer = token === opts.token ? await handler(req) : unauthorizedAnswer(state.rng);
      return withHeaders(answer, verdict.headers);
    }
    return token === opts.token ? handler(req) : unauthorizedAnswer(state.rng);
  };

  registerReadRoutes(sim, state, guard);
  registerWriteRoutes(sim, state, guard);
  return sim;
}

/**
 * §3.3: the throttle answer is express-rate-limit's default: plain text, not JSON (CONFIRMED);
 * HTTP 429 with Retry-After is that package's default too (INFERRED).
 */
function rateLimitAnswer(retryAfterSec: number): SimResponse {
  return { status: 429, text: RATE_LIMIT_TEXT, headers: { 'retry-after': String(retryAfterSec) } };
}

function withHeaders(answer: SimResponse, headers: Record<string, string>): SimResponse {
  return { ...answer, headers: { ...headers, ...answer.headers } };
}

/** express-rate-limit's MemoryStore: a fixed window per key, with `X-RateLimit-*` headers (INFERRED). */
class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; used: number }>();

  constructor(private readonly max: number, private readonly windowMs: number, private readonly now: () => number) {}

  take(key: string): { allowed: boolean; resetSec: number; headers: Record<string, string> } {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || t - w.start >= this.windowMs) {
      w = { start: t, used: 0 };
      this.windows.set(key, w);
    }
    w.used += 1;
    const resetSec = Math.max(1, Math.ceil((w.start + this.windowMs - t) / 1000));
    const headers = { 'x-ratelimit-limit': String(this.max), 'x-ratelimit-remaining': String(Math.max(0, this.max - w.used)) };
    return { allowed: w.used <= this.max, resetSec, headers };
  }
}
