import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from '../../src/upstream/redact.js';
import { ALL_TOKENS, encodingArgs, ENCODINGS, pieceOf } from '../helpers/secret-encodings.js';
import { leaksOf } from '../helpers/secret-oracle.js';

/**
 * Finding 4 of issue 18: an upstream echoing its token base64-, hex- or percent-encoded, reversed,
 * case-changed, as HTML entities, as `\uXXXX` escapes or in pieces of 7 characters put it into
 * responses. The property: any piece (7 characters or more) of any of nine tokens (three of the
 * single-tenant tests, six of two tenants), in any of those
 * encodings, anywhere in a text, is gone after the redactor (both its string path and its upstream
 * body path), as an independent decoding oracle (helpers/secret-oracle.ts) judges.
 */
describe('every form of every secret leaves a text', () => {
  const redactor = new Redactor(ALL_TOKENS);
  const context = fc.string({ maxLength: 40 }).filter((s) => !/[%&\\]/.test(s));

  it('finds a piece of any secret in any encoding at any position (string and upstream-body paths)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_TOKENS).chain((secret) => fc.tuple(fc.constant(secret), pieceOf(secret))),
        fc.constantFrom(...Object.keys(ENCODINGS)),
        encodingArgs,
        context,
        context,
        ([secret, piece], name, args, before, after) => {
          const text = `${before}${ENCODINGS[name]!(piece, args)}${after}`;
          // The oracle sees the piece before redaction: the property tests something.
          expect(leaksOf(text, secret).length).toBeGreaterThan(0);
          for (const out of [redactor.redact(text), redactor.scrubBody(Buffer.from(text))]) {
            expect({ name, piece, leaks: leaksOf(out, secret) }).toEqual({ name, piece, leaks: [] });
            expect(out).toContain(REDACTED);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('leaves text without a secret exactly as it was', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        fc.pre(ALL_TOKENS.every((s) => leaksOf(text, s).length === 0));
        expect(redactor.redact(text)).toBe(text);
        expect(redactor.scrubBody(Buffer.from(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a JSON body parseable and its other values intact when a data field holds a token', () => {
    const body = JSON.stringify({ data: [{ id: 'c23feb98-04ce-4631', name: `Irina ${Buffer.from(ALL_TOKENS[1]!).toString('base64')}`, note: 'Привет' }] });
    const parsed = JSON.parse(redactor.scrubBody(Buffer.from(body))) as { data: { id: string; name: string; note: string }[] };
    expect(parsed.data[0]).toEqual({ id: 'c23feb98-04ce-4631', name: expect.stringMatching(/^Irina .*\[REDACTED\]/), note: 'Привет' });
  });
});
