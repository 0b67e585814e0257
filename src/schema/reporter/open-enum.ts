/**
 * Upstream enumerations that may grow (report statuses, report kinds, experiment statuses) are
 * exposed as a GraphQL enum with an UNKNOWN fallback beside the raw string, so a value added
 * upstream never breaks a response (reporter-api.md §5: "treat all enum-typed response strings as
 * open"). This maps a raw value onto the known ones.
 */
export function knownOrUnknown<T extends string>(raw: string | null | undefined, known: readonly T[]): T | 'UNKNOWN' | null {
  if (raw === null || raw === undefined || raw === '') return null;
  return (known as readonly string[]).includes(raw) ? (raw as T) : 'UNKNOWN';
}

/** Enum value definitions for `builder.enumType`, each with its description, plus UNKNOWN. */
export function openEnumValues<T extends string>(
  known: Record<T, string>,
  unknown: string,
): Record<T | 'UNKNOWN', { value: T | 'UNKNOWN'; description: string }> {
  const out = {} as Record<T | 'UNKNOWN', { value: T | 'UNKNOWN'; description: string }>;
  for (const [value, description] of Object.entries(known) as [T, string][]) out[value] = { value, description };
  out.UNKNOWN = { value: 'UNKNOWN', description: unknown };
  return out;
}
