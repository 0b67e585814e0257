/**
 * The resilience part of the configuration (README "Resilience"): shared reads, bulkheads and
 * circuit breakers. config.ts collects every problem of every part into one start-up error; this
 * part only adds its own to `problems`.
 */
export interface ResilienceConfig {
  /** SHARED_READS: identical upstream reads in flight at once share one request (upstream/shared-reads.ts). @default true */
  sharedReads: boolean;
}

/** SHARED_READS. */
export function resilienceConfig(
  read: (name: string) => string | undefined,
  _int: (name: string, fallback: number, min: number, max: number) => number,
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
  };
}
