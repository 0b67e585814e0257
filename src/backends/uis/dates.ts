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

/** True when `text` has the exact wire shape `YYYY-MM-DD hh:mm:ss` and is a real calendar time. */
export function isUisDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const m = WIRE_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}

/** A UIS wire date in `zone` as a Date; undefined when it is not in the wire format. */
export function parseUisDate(text: string, zone: string = MOSCOW_TZ): Date | undefined {
  if (!isUisDate(text)) return undefined;
  const [y, mo, d, h, mi, s] = WIRE_DATE.exec(text)!.slice(1).map(Number);
  const naive = Date.UTC(y, mo - 1, d, h, mi, s);
  // Two passes settle the offset around a DST change in zones that have one.
  const first = naive - zoneOffsetMs(zone, new Date(naive));
  return new Date(naive - zoneOffsetMs(zone, new Date(first)));
}
