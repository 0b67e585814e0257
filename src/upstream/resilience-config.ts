/**
 * The resilience part of the configuration (README "Resilience"): shared reads, bulkheads and
 * circuit breakers. config.ts collects every problem of every part into one start-up error; this
 * part only adds its own to `problems`.
 */
export interface ResilienceConfig {
  /** SHARED_READS: identical upstream reads in flight at once share one request (upstream/shared-reads.ts). @default true */
  sharedReads: boolean;
  /**
   * BULKHEAD_SHARE: the most of MAX_CONCURRENT_OPERATIONS one tenant's backend may hold, as a fraction
   * (the variable is a percentage; 100 turns the bulkheads off). @default 0.5
   */
  bulkheadShare: number;
  /** Circuit breakers per tenant and backend (upstream/breaker.ts). */
  breaker: {
    /** BREAKER: on unless `off`. @default true */
    enabled: boolean;
    /** BREAKER_FAILURES: consecutive unhealthy failures that open it. @default 5 */
    failures: number;
    /** BREAKER_COOLDOWN_MS: how long it stays open before one read probes. @default 5000 */
    cooldownMs: number;
    /** BREAKER_PROBE_WAIT_MS: how long the probe's caller waits for it before failing fast. @default 100 */
    probeWaitMs: number;
  };
}

/** SHARED_READS, BULKHEAD_SHARE, BREAKER, BREAKER_FAILURES, BREAKER_COOLDOWN_MS, BREAKER_PROBE_WAIT_MS. */
export function resilienceConfig(
  read: (name: string) => string | undefined,
  int: (name: string, fallback: number, min: number, max: number) => number,
  problems: string[],
): ResilienceConfig {
  const onOff = (name: string, fallback: boolean): boolean => {
    const raw = read(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (raw === 'on' || raw === 'off') return raw === 'on';
    problems.push(`${name} must be "on" or "off" (got "${raw}")`);
    return fallback;
  };
  return {
    sharedReads: onOff('SHARED_READS', true),
    bulkheadShare: int('BULKHEAD_SHARE', 50, 1, 100) / 100,
    breaker: {
      enabled: onOff('BREAKER', true),
      failures: int('BREAKER_FAILURES', 5, 1, 1000),
      cooldownMs: int('BREAKER_COOLDOWN_MS', 5000, 100, 600_000),
      probeWaitMs: int('BREAKER_PROBE_WAIT_MS', 100, 0, 60_000),
    },
  };
}
