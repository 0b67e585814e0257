import { describe, expect, it } from 'vitest';
import { normaliseLeelooPhone } from '../../../src/backends/leeloo/phone.js';
import { formatPhoneForLeeloo } from '../../../src/simulators/dataset/people.js';

describe('normaliseLeelooPhone', () => {
  it.each([
    ['+79161234567', '79161234567'],
    ['+7 (916) 123-45-67', '79161234567'],
    ['89161234567', '79161234567'],
    ['8 (916) 123-45-67', '79161234567'],
    ['+7 916 123 4567', '79161234567'],
    ['79161234567', '79161234567'],
    ['9161234567', '79161234567'],
    ['+89161234567', '79161234567'],
    ['  +7.916.123.45.67 ', '79161234567'],
    ['+380676665544', '380676665544'],
    ['00380676665544', '380676665544'],
    ['380676665544', '380676665544'],
    ['+84912345678', '84912345678'],
  ])('turns %j into %j', (raw, canonical) => {
    expect(normaliseLeelooPhone(raw)).toBe(canonical);
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['   '],
    ['NOT_DEFINED'],
    ['call me maybe'],
    ['+7 916 123-45-67 доб. 12'],
    ['12345'],
    ['7+9161234567'],
    ['+1234567890123456'],
  ])('returns null for junk %j', (raw) => {
    expect(normaliseLeelooPhone(raw)).toBeNull();
  });

  it('maps every format the simulator dataset writes back to the canonical UIS digits', () => {
    const digits = '79031234501';
    const styles = [0, 1, 2, 3].map((style) => formatPhoneForLeeloo(digits, style));
    expect(new Set(styles).size).toBe(4);
    expect(styles.map(normaliseLeelooPhone)).toEqual([digits, digits, digits, digits]);
  });
});
