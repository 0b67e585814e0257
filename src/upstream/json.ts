import { isSafeNumber, parse } from 'lossless-json';

/**
 * JSON.parse that keeps 64-bit integers exact: numbers past 2^53 (Reporter label ids, accountId,
 * blockedBy; UIS ids) become decimal strings instead of silently rounded doubles (reporter-api.md §5).
 */
export function parseJson(text: string): unknown {
  return parse(text, null, (value: string) => (isSafeNumber(value) ? Number(value) : value));
}
