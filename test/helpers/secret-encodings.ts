import fc from 'fast-check';
import { TEST_TOKENS } from './gateway.js';
import { minPlainPiece } from './secret-oracle.js';
import { TENANT_TOKENS } from './tenants.js';

/** The forms an upstream may echo a secret in, for the redaction properties (test/upstream/secret-matcher.test.ts, test/security/secret-encodings.test.ts). */
/** The single-tenant tests' three tokens and the two tenants' six. */
export const ALL_TOKENS = [...Object.values(TEST_TOKENS), ...Object.values(TENANT_TOKENS.acme), ...Object.values(TENANT_TOKENS.globex)];

const hex2 = (c: number, upper: boolean) => (upper ? c.toString(16).toUpperCase() : c.toString(16)).padStart(2, '0');
const NAMED: Record<string, string> = { ':': '&colon;', '-': '&#45;', '/': '&sol;', '.': '&period;', _: '&lowbar;', '+': '&plus;', '=': '&equals;' };

/** An encoding of a piece of a secret, as an upstream might echo it; `subset` picks which characters get escaped. */
export type Encoding = (piece: string, rnd: { subset: boolean[]; upper: boolean; prefix: Buffer; suffix: Buffer }) => string;

export const ENCODINGS: Record<string, Encoding> = {
  plain: (p) => p,
  upper: (p) => p.toUpperCase(),
  mixedCase: (p, r) => [...p].map((c, i) => (r.subset[i % r.subset.length] ? c.toUpperCase() : c.toLowerCase())).join(''),
  reversed: (p) => [...p].reverse().join(''),
  reversedUpper: (p) => [...p].reverse().join('').toUpperCase(),
  hex: (p) => Buffer.from(p).toString('hex'),
  hexUpper: (p) => Buffer.from(p).toString('hex').toUpperCase(),
  base64: (p, r) => Buffer.concat([r.prefix, Buffer.from(p), r.suffix]).toString('base64'),
  base64NoPad: (p, r) => Buffer.concat([r.prefix, Buffer.from(p), r.suffix]).toString('base64').replace(/=+$/, ''),
  base64url: (p, r) => Buffer.concat([r.prefix, Buffer.from(p), r.suffix]).toString('base64url'),
  percentFull: (p, r) => [...p].map((c) => `%${hex2(c.charCodeAt(0), r.upper)}`).join(''),
  percentPartial: (p, r) => [...p].map((c, i) => (r.subset[i % r.subset.length] ? `%${hex2(c.charCodeAt(0), r.upper)}` : c)).join(''),
  htmlDecimal: (p, r) => [...p].map((c, i) => (r.subset[i % r.subset.length] ? `&#${c.charCodeAt(0)};` : c)).join(''),
  htmlHex: (p, r) => [...p].map((c, i) => (r.subset[i % r.subset.length] ? `&#x${c.charCodeAt(0).toString(16)};` : c)).join(''),
  htmlNamed: (p) => [...p].map((c) => NAMED[c] ?? `&#${c.charCodeAt(0)};`).join(''),
  unicodeEscapes: (p, r) => [...p].map((c, i) => (r.subset[i % r.subset.length] ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join(''),
  hexEscapes: (p) => [...p].map((c) => `\\x${hex2(c.charCodeAt(0), false)}`).join(''),
  percentOfEntities: (p) => encodeURIComponent([...p].map((c) => `&#${c.charCodeAt(0)};`).join('')),
  // encoded after a reversal or a change of case; hex with a separator between bytes (issue 18's red-team probe)
  hexOfReversed: (p) => Buffer.from([...p].reverse().join('')).toString('hex'),
  hexOfUpper: (p) => Buffer.from(p.toUpperCase()).toString('hex'),
  base64OfReversed: (p, r) => Buffer.concat([r.prefix, Buffer.from([...p].reverse().join('')), r.suffix]).toString('base64'),
  base64OfUpper: (p, r) => Buffer.concat([r.prefix, Buffer.from(p.toUpperCase()), r.suffix]).toString('base64'),
  base64urlOfLowerReversed: (p, r) => Buffer.concat([r.prefix, Buffer.from([...p.toLowerCase()].reverse().join('')), r.suffix]).toString('base64url'),
  hexColons: (p, r) => [...Buffer.from(p)].map((b) => hex2(b, r.upper)).join(':'),
  hexSpaced: (p) => Buffer.from(p).toString('hex').match(/../g)!.join(' '),
  hexDashedReversed: (p) => Buffer.from([...p].reverse().join('')).toString('hex').match(/../g)!.join('-'),
  fullwidth: (p, r) => [...p].map((c, i) => (r.subset[i % r.subset.length] && c > ' ' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''),
  zeroWidth: (p, r) => [...p].join(r.upper ? '\u200b' : '\u2060'),
  softHyphens: (p) => [...p].join('\u00ad'),
  // a visible separator between every character (issue 18's red-team probe: `t o k e n`)
  spaced: (p, r) => [...p].join(r.upper ? ' ' : '  '),
  dashed: (p) => [...p].join('-'),
  commaSeparated: (p) => [...p].join(', '),
  piped: (p) => [...p].join(' | '),
};

/**
 * A piece of a secret: the whole of it, or any 7 or more consecutive characters (8 or more when they
 * are all hex, 10 when all digits: shorter runs of those are ordinary data, secret-matcher.ts).
 */
export const pieceOf = (secret: string) =>
  fc
    .integer({ min: 0, max: secret.length - 7 })
    .chain((start) => fc.integer({ min: start + 7, max: secret.length }).map((end) => secret.slice(start, end)))
    .filter((piece) => piece.length >= minPlainPiece(piece));

export const encodingArgs = fc.record({
  subset: fc.array(fc.boolean(), { minLength: 1, maxLength: 9 }),
  upper: fc.boolean(),
  prefix: fc.uint8Array({ maxLength: 5 }).map((a) => Buffer.from(a)),
  suffix: fc.uint8Array({ maxLength: 5 }).map((a) => Buffer.from(a)),
});

