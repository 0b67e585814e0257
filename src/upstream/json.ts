import { isSafeNumber, parse } from 'lossless-json';

const MAX = Number.MAX_SAFE_INTEGER;

/** True when a parsed value holds a number past ±(2^53 − 1): the native parser may have rounded it. */
function hasUnsafeNumber(value: unknown): boolean {
  if (typeof value === 'number') return value > MAX || value < -MAX;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasUnsafeNumber(value[i])) return true;
    return false;
  }
  for (const key in value) if (hasUnsafeNumber((value as Record<string, unknown>)[key])) return true;
  return false;
}

/**
 * JSON.parse that keeps 64-bit integers exact: numbers past 2^53 (Reporter label ids, accountId,
 * blockedBy; UIS ids) become decimal strings instead of silently rounded doubles (reporter-api.md §5).
 * Any integer literal of 2^53 or more parses natively to a double of at least 2^53, so walking the
 * native result finds every body that needs the lossless parser. The walk costs about a fifth of
 * the regex scan for long digit runs it replaces (bench/RESULTS.md), and bodies without such numbers,
 * the usual case, never reach the lossless parser, which is several times slower than the native one.
 */
export function parseJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (!hasUnsafeNumber(value)) return value;
  return parse(text, null, (raw: string) => (isSafeNumber(raw) ? Number(raw) : raw));
}
