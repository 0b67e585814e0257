import { InvalidInputError } from '../mutation-errors.js';

/**
 * Input checks shared by the Reporter blocking, experiment and report mutations. Each throws an
 * InvalidInputError naming the offending field, before any upstream call (issue 4, Semantics).
 */

/** A required id or name: trimmed, never blank. */
export function required(value: string, field: string, what = field): string {
  const v = value.trim();
  if (v === '') throw new InvalidInputError(`\`${what}\` must not be empty`, field);
  return v;
}

/** An optional free text: null when absent, refused when present but blank. */
export function optionalText(value: string | null | undefined, field: string, max = 2000): string | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (v === '') throw new InvalidInputError(`\`${field}\` must not be blank (leave it out instead)`, field);
  if (v.length > max) throw new InvalidInputError(`\`${field}\` must be at most ${max} characters`, field);
  return v;
}

/** Real zones lie within UTC−12:00 … UTC+14:00; sent as the `Timezone` header (GUESS §1.1: minutes). */
export function utcOffset(value: number | null | undefined, field = 'utcOffsetMinutes'): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || Math.abs(value) > 14 * 60) throw new InvalidInputError(`\`${field}\` must be between -840 and 840`, field);
  return value;
}

/** The `language` header: a language tag such as `en` or `ru` (GUESS §1.1). */
export function language(value: string | null | undefined, field = 'language'): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(value)) throw new InvalidInputError(`\`${field}\` must be a language tag such as \`en\` or \`ru\``, field);
  return value;
}

/** Bot ids of a report or filter: none blank, none repeated. */
export function botIds(values: readonly string[] | null | undefined, field = 'botIds'): string[] | undefined {
  if (!values?.length) return undefined;
  const out = values.map((b, i) => required(b, `${field}[${i}]`, field));
  if (new Set(out).size !== out.length) throw new InvalidInputError(`\`${field}\` must not repeat an id`, field);
  return out;
}
