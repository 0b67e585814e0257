import type { SharedRedis } from './redis.js';

/**
 * One upstream request budget per tenant and backend, shared by every replica, so N replicas
 * together never send more than the upstream allows one account (UIS counts points per account,
 * uis-data-api.md §11.8; Leeloo throttles per token, leeloo-api.md §3.3).
 *
 * A budget has windows (UIS: a minute and a day). Each window holds what is left and when it
 * resets. Its size comes from the upstream itself where it says (UIS `metadata.limits` on every
 * `get.*` answer: `observe`) or from configuration (Leeloo, which says nothing). Every request
 * takes one unit from every window first (`take`); a spent window refuses until it resets, and
 * the request fails fast with UPSTREAM_RATE_LIMITED (or waits, when the reset is near: http.ts's
 * retry policy) instead of being sent to be refused upstream.
 *
 * What the upstream reports wins over our count when it is lower (other clients of the account
 * spend points too), and its reset re-aligns our window with its own.
 */
export interface BudgetWindow {
  /** `minute`, `day`. */
  name: string;
  /** The window's length when we open it ourselves. */
  windowMs: number;
  /** The window's size from configuration; undefined: learned from the upstream (until then, no limit). */
  limit?: number;
}

export type BudgetDecision = { ok: true } | { ok: false; window: string; retryAfterMs: number };

export interface BudgetStore {
  take(scope: string, windows: readonly BudgetWindow[]): Promise<BudgetDecision>;
  /** What the upstream says about a window: its size, what is left, and ms until it resets. */
  observe(scope: string, window: string, seen: { limit: number; remaining: number; resetMs: number }): Promise<void>;
}

/** A limit learned from the upstream is remembered this long after it was last seen. */
const LIMIT_MEMORY_MS = 2 * 86_400_000;

export class MemoryBudgetStore implements BudgetStore {
  private readonly left = new Map<string, { remaining: number; resetAt: number }>();
  private readonly limits = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async take(scope: string, windows: readonly BudgetWindow[]): Promise<BudgetDecision> {
    const now = this.now();
    const plan: Array<() => void> = [];
    for (const w of windows) {
      const key = `${scope}:${w.name}`;
      const state = this.left.get(key);
      if (state && state.resetAt > now) {
        if (state.remaining <= 0) return { ok: false, window: w.name, retryAfterMs: state.resetAt - now };
        plan.push(() => (state.remaining -= 1));
        continue;
      }
      const limit = this.limits.get(key) ?? w.limit;
      if (limit === undefined) continue;
      if (limit <= 0) return { ok: false, window: w.name, retryAfterMs: w.windowMs };
      plan.push(() => this.left.set(key, { remaining: limit - 1, resetAt: now + w.windowMs }));
    }
    for (const apply of plan) apply();
    return { ok: true };
  }

  async observe(scope: string, window: string, seen: { limit: number; remaining: number; resetMs: number }): Promise<void> {
    const key = `${scope}:${window}`;
    const now = this.now();
    this.limits.set(key, seen.limit);
    const state = this.left.get(key);
    let remaining = seen.remaining;
    // The same upstream window as ours (its reset is not later): keep the lower count, ours includes requests still in flight.
    if (state && state.resetAt > now && now + seen.resetMs <= state.resetAt + 1000) remaining = Math.min(remaining, state.remaining);
    this.left.set(key, { remaining, resetAt: now + Math.max(1, seen.resetMs) });
  }
}

// KEYS: per window its remaining key then its limit key; ARGV: per window its length then its configured limit (-1: none).
const TAKE = `
local n = #KEYS / 2
local plan = {}
for i = 1, n do
  local remKey, limKey = KEYS[2 * i - 1], KEYS[2 * i]
  local windowMs, conf = tonumber(ARGV[2 * i - 1]), tonumber(ARGV[2 * i])
  local rem = redis.call('GET', remKey)
  if rem then
    if tonumber(rem) <= 0 then
      local t = redis.call('PTTL', remKey)
      if t < 0 then t = windowMs end
      return {0, t, i}
    end
    plan[i] = 0
  else
    local lim = tonumber(redis.call('GET', limKey) or conf)
    if lim >= 0 then
      if lim == 0 then return {0, windowMs, i} end
      plan[i] = lim
    end
  end
end
for i = 1, n do
  if plan[i] == 0 then redis.call('DECR', KEYS[2 * i - 1])
  elseif plan[i] then redis.call('SET', KEYS[2 * i - 1], plan[i] - 1, 'PX', ARGV[2 * i - 1]) end
end
return {1, 0, 0}`;

// KEYS: remaining key, limit key; ARGV: limit, remaining, resetMs, limit memory ms.
const OBSERVE = `
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[4])
local reported, reset = tonumber(ARGV[2]), tonumber(ARGV[3])
local rem = redis.call('GET', KEYS[1])
if rem and reset <= redis.call('PTTL', KEYS[1]) + 1000 and tonumber(rem) < reported then reported = tonumber(rem) end
redis.call('SET', KEYS[1], reported, 'PX', math.max(reset, 1))
return 1`;

/**
 * The same windows in Redis, each decision one Lua script (atomic across replicas). Keys carry the
 * scope in a hash tag, so a cluster keeps one budget's keys on one slot. While Redis is unreachable
 * this replica keeps its own budget in memory: each replica then stays within the whole budget
 * alone, which can overshoot by the number of replicas until Redis is back (logged once).
 */
export class RedisBudgetStore implements BudgetStore {
  constructor(
    private readonly redis: SharedRedis,
    private readonly fallback: BudgetStore = new MemoryBudgetStore(),
  ) {}

  private keys(scope: string, window: string): [string, string] {
    return [`sb:budget:{${scope}}:${window}:left`, `sb:budget:{${scope}}:${window}:limit`];
  }

  async take(scope: string, windows: readonly BudgetWindow[]): Promise<BudgetDecision> {
    if (windows.length === 0) return { ok: true };
    if (!this.redis.ready) return this.fallback.take(scope, windows);
    const keys = windows.flatMap((w) => this.keys(scope, w.name));
    const args = windows.flatMap((w) => [String(Math.max(1, Math.round(w.windowMs))), String(w.limit ?? -1)]);
    try {
      const [ok, wait, index] = (await this.redis.client.eval(TAKE, keys.length, ...keys, ...args)) as [number, number, number];
      return ok === 1 ? { ok: true } : { ok: false, window: windows[index - 1]!.name, retryAfterMs: wait };
    } catch {
      return this.fallback.take(scope, windows);
    }
  }

  async observe(scope: string, window: string, seen: { limit: number; remaining: number; resetMs: number }): Promise<void> {
    // The fallback learns too, so an outage starts from what the upstream last said.
    await this.fallback.observe(scope, window, seen);
    if (!this.redis.ready) return;
    const args = [seen.limit, seen.remaining, Math.max(1, Math.round(seen.resetMs)), LIMIT_MEMORY_MS].map((n) => String(Math.floor(n)));
    await this.redis.client.eval(OBSERVE, 2, ...this.keys(scope, window), ...args).catch(() => undefined);
  }
}
