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
}

/** SHARED_READS, BULKHEAD_SHARE. */
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
  };
}
