import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from '../../src/upstream/redact.js';
import { leaksOf, minPlainPiece } from '../helpers/secret-oracle.js';

/**
 * The redactor removes any piece of a configured token from upstream bodies, so the question is also
 * the other way round: what ordinary data it must leave alone. With realistic random tokens (a
 * Reporter token is 8 characters, `:` and 40 hex; UIS and Leeloo ones alphanumeric), 7-character
 * pieces of any kind turned about one tenant in five's phone numbers, call ids, epoch milliseconds,
 * Leeloo ObjectIds or UUIDs (20 000 of each) into `[REDACTED]` somewhere: a run of 7 digits is 23 bits,
 * of 7 hex 28. A piece made only of hex now counts from 8 characters and one made only of digits from
 * 10; any other from 7 (secret-matcher.ts).
 */
const DIGITS = '0123456789';
const HEX = `${DIGITS}abcdef`;
const ALNUM = `${DIGITS}abcdefghijklmnopqrstuvwxyz`;
const str = (alphabet: string, min: number, max = min) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });

/** Tokens shaped as the backends issue them (specs: the Reporter's project token, UIS access_token, Leeloo's ~100 lowercase characters). */
const realisticToken = fc.oneof(
  fc.tuple(str(ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 8), str(HEX, 40)).map(([p, h]) => `${p}:${h}`),
  str(ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 32),
  str(ALNUM, 100),
);

describe('ordinary data that shares a short run with a token is left alone', () => {
  it('redacts a value sharing a run with a token exactly when the run is long enough for what it is made of (7; 8 if hex only; 10 if digits only)', () => {
    fc.assert(
      fc.property(
        realisticToken.chain((token) =>
          fc.record({
            token: fc.constant(token),
            start: fc.nat(token.length - 12),
            length: fc.integer({ min: 5, max: 12 }),
            left: fc.nat(),
            right: fc.nat(),
          }),
        ),
        ({ token, start, length, left, right }) => {
          const run = token.slice(start, start + length);
          // Data around the run of the run's own kind (a phone number around digits, an id around hex), never continuing the token.
          const alphabet = /^\d+$/.test(run) ? DIGITS : /^[0-9a-f]+$/i.test(run) ? HEX : ALNUM;
          const before = alphabet[left % alphabet.length]!;
          const after = alphabet[right % alphabet.length]!;
          fc.pre(before.toLowerCase() !== token[start - 1]?.toLowerCase() && after.toLowerCase() !== token[start + length]?.toLowerCase());
          const value = `+7${before}${run}${after}`;
          const shouldGo = length >= minPlainPiece(run.toLowerCase());
          // Only where the independent oracle sees exactly this run (not a longer one by chance, nor the reversed token).
          fc.pre((leaksOf(value, token).length > 0) === shouldGo);
          const redactor = new Redactor([token]);
          const body = JSON.stringify({ phone: value });
          for (const out of [redactor.redact(body), redactor.scrubBody(Buffer.from(body))]) {
            expect({ run, out: out.includes(REDACTED) }).toEqual({ run, out: shouldGo });
            if (!shouldGo) expect(out).toBe(body);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('leaves phone numbers, call ids and dates intact next to a Reporter token whose hex holds their digits', () => {
    const token = 'prj4Kx9q:5d2e918039277104b6fa0e8d3c1b7a6f9e2d4c8a';
    const redactor = new Redactor([token]);
    const data = { phone: '+7 (918) 039-27-71', phone2: '89180392700', callId: 3927710, iso: '2026-12-06T11:03:58Z', objectId: '04b6fa0c1d2e3f405a6b7c8d' };
    const body = JSON.stringify(data);
    expect(redactor.scrubBody(Buffer.from(body))).toBe(body);
    expect(redactor.redact(body)).toBe(body);
    // Past the thresholds it is the token's: 10 digits, 8 hex, 7 of anything else.
    for (const leaked of ['tel 9180392771', 'id 04b6fa0e', 'key 4Kx9q:5']) expect(redactor.redact(leaked)).toContain(REDACTED);
  });
});
