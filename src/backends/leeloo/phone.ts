/**
 * Leeloo account phones are whatever the subscriber typed or the messenger passed on (§5.2):
 * `+79161234567`, `+7 (916) 123-45-67`, `89161234567`, `+7 916 123 4567`, `+380676665544`.
 * UIS writes numbers as bare digits (`79161234567`), so the gateway joins on canonical digits:
 * E.164 without the plus, with the Russian trunk prefix `8` rewritten to the country code `7`.
 */

/** Characters people put between digits; anything else (letters, `доб.`) makes the value junk. */
const PHONE_CHARS = /^\+?[\d\s().\-/]+$/;

/**
 * Canonical digits of a phone, or null for junk, blanks and the `NOT_DEFINED` sentinel.
 * - `+…` or `00…`: international as written (10–15 digits), except `+89…` with 11 digits, the
 *   common mis-typing of a Russian `8 9…` mobile (no country calling code starts with 89);
 * - 11 digits starting with `8` or `7`: Russian, becomes `7…`;
 * - 10 digits starting with `9`: a Russian mobile without prefix, becomes `79…`;
 * - other 12–15 digit strings: international without the plus.
 */
export function normaliseLeelooPhone(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  if (!text || !PHONE_CHARS.test(text)) return null;
  let digits = text.replace(/\D/g, '');
  const international = text.startsWith('+') || digits.startsWith('00');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (international) {
    if (digits.length === 11 && digits.startsWith('89')) return `7${digits.slice(1)}`;
    return digits.length >= 10 && digits.length <= 15 ? digits : null;
  }
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) return `7${digits.slice(1)}`;
  if (digits.length === 10 && digits.startsWith('9')) return `7${digits}`;
  if (digits.length >= 12 && digits.length <= 15) return digits;
  return null;
}
