/**
 * UIS wire dates: `YYYY-MM-DD hh:mm:ss`, no offset, in the account's time zone (uis-data-api.md §10,
 * INFERRED; specs/README.md decision 5). The simulated account names its zone in `get.account`
 * (data.ts); these helpers render any instant in any IANA zone, so the simulator keeps its promise
 * whatever zone the account has, and a client that ignores the zone is caught by the tests.
 */

const WIRE_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const DAY_MS = 86_400_000;

const two = (n: number) => String(n).padStart(2, '0');

/** Calendar parts of a ms timestamp read in UTC, in wire form. */
function utcWire(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at `ms`, in ms, from the zone's own wall clock (Intl). */
function exactOffset(zone: string, ms: number): number {
  let f = partsFormatters.get(zone);
  if (!f) {
    const fields = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' } as const;
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', ...fields });
    partsFormatters.set(zone, f);
  }
  const whole = Math.floor(ms / 1000) * 1000;
  const part = Object.fromEntries(f.formatToParts(new Date(whole)).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second) - whole;
}

/**
 * Offsets by UTC day: when a day starts and ends on the same offset, every instant of it has that
 * offset (zones change at most once a day), so a whole dataset costs two Intl calls per day.
 */
const dayOffsets = new Map<string, [number, number]>();

function offsetAt(zone: string, ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  const key = `${zone}|${day}`;
  let bounds = dayOffsets.get(key);
  if (!bounds) {
    bounds = [exactOffset(zone, day * DAY_MS), exactOffset(zone, (day + 1) * DAY_MS - 1000)];
    dayOffsets.set(key, bounds);
  }
  return bounds[0] === bounds[1] ? bounds[0] : exactOffset(zone, ms);
}

/** An instant as a UIS wire date in `zone` (seconds precision, truncated). */
export function formatWireDate(ms: number, zone: string): string {
  const whole = Math.floor(ms / 1000) * 1000;
  return utcWire(whole + offsetAt(zone, whole));
}

/** True when `value` has the exact wire form and names a real calendar time (no 25:00, no 31 Feb). */
export function isWireDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = WIRE_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  // Date.UTC rolls an impossible part over into the next unit, so a round trip tells them apart.
  return utcWire(Date.UTC(y, mo - 1, d, h, mi, s)) === value;
}
