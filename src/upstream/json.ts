import { isSafeNumber, parse } from 'lossless-json';

/** 16 or more digits in a row: the only way a JSON number can pass 2^53 (9007199254740992). */
const LONG_DIGITS = /\d{16}/;

/**
 * JSON.parse that keeps 64-bit integers exact: numbers past 2^53 (Reporter label ids, accountId,
 * blockedBy; UIS ids) become decimal strings instead of silently rounded doubles (reporter-api.md §5).
 * Bodies without a 16-digit run cannot hold such a number, so they take the native parser, which
 * is several times faster (the bench showed the lossless parser on every hot path).
 */
export function parseJson(text: string): unknown {
  if (!LONG_DIGITS.test(text)) return JSON.parse(text);
  return parse(text, null, (value: string) => (isSafeNumber(value) ? Number(value) : value));
}
