import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWireDate, isWireDate } from '../../../src/simulators/uis/wire-dates.js';

/** The zone's wall clock for an instant, straight from Intl, as the oracle. */
function wallClock(ms: number, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

describe('UIS wire dates (simulator side, uis-data-api.md §10)', () => {
  it('renders an instant in the account zone as YYYY-MM-DD hh:mm:ss', () => {
    const ms = Date.UTC(2026, 0, 15, 9, 30, 5, 999);
    expect(formatWireDate(ms, 'Europe/Moscow')).toBe('2026-01-15 12:30:05');
    expect(formatWireDate(ms, 'UTC')).toBe('2026-01-15 09:30:05');
    expect(formatWireDate(ms, 'Asia/Kathmandu')).toBe('2026-01-15 15:15:05');
  });

  it('follows a zone across its DST changes, on the day they happen', () => {
    // Berlin springs forward at 01:00 UTC on 2026-03-29 and falls back at 01:00 UTC on 2026-10-25.
    expect(formatWireDate(Date.UTC(2026, 2, 29, 0, 59, 59), 'Europe/Berlin')).toBe('2026-03-29 01:59:59');
    expect(formatWireDate(Date.UTC(2026, 2, 29, 1, 0, 0), 'Europe/Berlin')).toBe('2026-03-29 03:00:00');
    expect(formatWireDate(Date.UTC(2026, 9, 25, 0, 59, 59), 'Europe/Berlin')).toBe('2026-10-25 02:59:59');
    expect(formatWireDate(Date.UTC(2026, 9, 25, 1, 0, 0), 'Europe/Berlin')).toBe('2026-10-25 02:00:00');
  });

  it('agrees with the zone’s wall clock for any instant in any of several zones', () => {
    const zones = ['Europe/Moscow', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        expect(formatWireDate(ms, zone)).toBe(wallClock(ms, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts only the exact wire form of a real calendar time', () => {
    expect(isWireDate('2024-02-29 23:59:59')).toBe(true);
    expect(isWireDate('2026-12-31 00:00:00')).toBe(true);
    for (const bad of ['2023-02-29 10:00:00', '2024-04-31 00:00:00', '2024-01-01 24:00:00', '2024-01-01 00:60:00', '2024-13-01 00:00:00', '2024-01-01T00:00:00', '2024-01-01 00:00:00Z', ' 2024-01-01 00:00:00', '2024-1-01 00:00:00', '']) {
      expect(isWireDate(bad), bad).toBe(false);
    }
    expect(isWireDate(20240101)).toBe(false);
    expect(isWireDate(null)).toBe(false);
  });
});
