import fc from 'fast-check';
import { TEST_TOKENS } from './gateway.js';
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
};

/** A piece of a secret: the whole of it, or any 7 or more consecutive characters. */
export const pieceOf = (secret: string) =>
  fc.integer({ min: 0, max: secret.length - 7 }).chain((start) => fc.integer({ min: start + 7, max: secret.length }).map((end) => secret.slice(start, end)));

export const encodingArgs = fc.record({
  subset: fc.array(fc.boolean(), { minLength: 1, maxLength: 9 }),
  upper: fc.boolean(),
  prefix: fc.uint8Array({ maxLength: 5 }).map((a) => Buffer.from(a)),
  suffix: fc.uint8Array({ maxLength: 5 }).map((a) => Buffer.from(a)),
});

