import { describe, expect, it } from 'vitest';
import { formatUisDate, isUisDate, parseUisDate } from '../../../src/backends/uis/dates.js';
import { ALL_CALLS_REPORT_FIELDS, CALLS_REPORT_FIELDS, defaultFields, filterableFields, sortableFields } from '../../../src/backends/uis/fields.js';

describe('calls_report field metadata', () => {
  it('marks exactly the documented default fields (§12.13)', () => {
    expect(defaultFields(CALLS_REPORT_FIELDS).sort()).toEqual(
      [
        'id', 'start_time', 'finish_time', 'finish_reason', 'direction', 'cpn_region_id', 'cpn_region_name', 'cpn_country_name',
        'cpn_country_id', 'source', 'is_lost', 'contact_phone_number', 'communication_id', 'communication_type', 'wait_duration',
        'total_wait_duration', 'talk_duration', 'clean_talk_duration', 'total_duration', 'call_records', 'wav_call_records',
        'full_record_file_link', 'virtual_phone_number',
      ].sort(),
    );
  });

  it('lets the gateway filter by ids, phones, tags and employees but not by start_time', () => {
    const filterable = filterableFields(CALLS_REPORT_FIELDS);
    expect(filterable).toEqual(expect.arrayContaining(['id', 'communication_id', 'contact_phone_number', 'tags', 'employees']));
    expect(filterable).not.toContain('start_time');
    expect(sortableFields(CALLS_REPORT_FIELDS)).toEqual(expect.arrayContaining(['start_time', 'direction', 'finish_reason']));
    expect(sortableFields(CALLS_REPORT_FIELDS)).not.toContain('talk_duration');
  });

  it('lists every documented field for full rows, without recognized_text', () => {
    expect(ALL_CALLS_REPORT_FIELDS).toHaveLength(Object.keys(CALLS_REPORT_FIELDS).length - 1);
    expect(ALL_CALLS_REPORT_FIELDS).not.toContain('recognized_text');
  });
});

describe('UIS wire dates', () => {
  it('formats and parses Moscow time (UTC+3 all year)', () => {
    expect(formatUisDate(new Date('2026-01-15T21:30:05Z'))).toBe('2026-01-16 00:30:05');
    expect(formatUisDate(new Date('2026-07-15T21:30:05Z'))).toBe('2026-07-16 00:30:05');
    expect(parseUisDate('2026-01-16 00:30:05')?.toISOString()).toBe('2026-01-15T21:30:05.000Z');
  });

  it('converts other zones through Intl, including DST', () => {
    expect(formatUisDate(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe('2026-07-01 14:00:00');
    expect(parseUisDate('2026-01-01 13:00:00', 'Europe/Berlin')?.toISOString()).toBe('2026-01-01T12:00:00.000Z');
  });

  it('accepts only the exact wire shape and real calendar times', () => {
    expect(isUisDate('2026-02-28 23:59:59')).toBe(true);
    expect(isUisDate('2026-02-30 10:00:00')).toBe(false);
    expect(isUisDate('2026-02-01T10:00:00')).toBe(false);
    expect(parseUisDate('yesterday')).toBeUndefined();
    expect(isUisDate('2028-02-29 12:00:00')).toBe(true);
    expect(isUisDate('2026-02-29 12:00:00')).toBe(false);
    expect(isUisDate('2026-03-01 24:00:00')).toBe(false);
    expect(isUisDate('2026-03-01 23:60:00')).toBe(false);
    expect(isUisDate('2026-03-01 23:59:60')).toBe(false);
    expect(isUisDate(20260301)).toBe(false);
    expect(parseUisDate('2026-13-01 00:00:00', 'UTC')).toBeUndefined();
  });
});
