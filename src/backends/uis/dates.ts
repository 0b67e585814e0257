/**
 * UIS dates on the wire are `YYYY-MM-DD hh:mm:ss` without an offset, in the account's time zone
 * (§10, INFERRED; specs/README.md decision 5). The simulated account and the default live one are
 * `Europe/Moscow`, which has been UTC+3 all year since 2014 (no DST), so a fixed offset is exact.
 * Other zones go through Intl.
 */

export const MOSCOW_TZ = 'Europe/Moscow';
const MOSCOW_OFFSET_MS = 3 * 3_600_000;
const WIRE_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatUtcParts(d: Date): string {
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** One formatter per zone: constructing Intl.DateTimeFormat dominates the cost of a conversion. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset of `zone` from UTC at `at`, in ms (positive east of Greenwich). */
export function zoneOffsetMs(zone: string, at: Date): number {
  if (zone === MOSCOW_TZ) return MOSCOW_OFFSET_MS;
  const parts = formatterFor(zone).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** A Date as a UIS wire date in `zone` (seconds precision). */
export function formatUisDate(date: Date, zone: string = MOSCOW_TZ): string {
  return formatUtcParts(new Date(date.getTime() + zoneOffsetMs(zone, date)));
}

/**
 * The wire date read as if it were UTC, in ms; undefined unless `text` has the exact wire shape
 * `YYYY-MM-DD hh:mm:ss` and is a real calendar time. One regex pass and no intermediate arrays:
 * every call row carries several dates, so this is on the hot path of the calls page.
 */
function wireUtcMs(text: string): number | undefined {
  const m = WIRE_DATE.exec(text);
  if (!m) return undefined;
  const mo = +m[2];
  const d = +m[3];
  const h = +m[4];
  const mi = +m[5];
  const s = +m[6];
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const ms = Date.UTC(+m[1], mo - 1, d, h, mi, s);
  const t = new Date(ms);
  return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? ms : undefined;
}

/** True when `text` has the exact wire shape `YYYY-MM-DD hh:mm:ss` and is a real calendar time. */
export function isUisDate(text: unknown): text is string {
  return typeof text === 'string' && wireUtcMs(text) !== undefined;
}

/** A UIS wire date in `zone` as a Date; undefined when it is not in the wire format. */
export function parseUisDate(text: string, zone: string = MOSCOW_TZ): Date | undefined {
  const naive = wireUtcMs(text);
  if (naive === undefined) return undefined;
  if (zone === MOSCOW_TZ) return new Date(naive - MOSCOW_OFFSET_MS);
  // Two passes settle the offset around a DST change in zones that have one.
  const first = naive - zoneOffsetMs(zone, new Date(naive));
  return new Date(naive - zoneOffsetMs(zone, new Date(first)));
}
