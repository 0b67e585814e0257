import { decodedView } from './decoded-view.js';
import { separatedView, separatedViewOf, wordRegions } from './separated-view.js';

/**
 * Finds every form a configured secret can take in a text: plain, case-changed, reversed, hex (either
 * case), base64 (standard and URL alphabets, any byte alignment, with or without padding), and,
 * through a decoded view of the text, percent-encoded (fully or partly), HTML entities (decimal, hex,
 * named) and `\uXXXX` / `\xHH` escapes; and not only whole secrets but any piece of one: 7 characters
 * of the plain or reversed secret (8 when they are all hex, 10 when all digits: MIN_HEX_PIECE), 7
 * bytes of its hex form (14 digits), 6 of its base64 (8 chars: what 7 bytes at the worst alignment
 * fully decide).
 *
 * Everything is computed once, at start: each form's windows (the pieces that identify it) go into
 * one set per length, and every 4-character gram of every form into a bitmap. A scan reads one 4-gram
 * every 4 characters (any piece of 7 or more characters contains one that starts at a multiple of 4),
 * so it costs one hash and one bit test per 4 characters of text; only a gram whose bit is set is
 * checked against the windows around it. Case is folded (ASCII) as the text is read, so the forms
 * are compared lower-cased: a base64 window then matches a few more strings than itself, all of
 * them 8 characters from a secret's alphabet (a false alarm about once in 10^12 windows).
 */
export const MIN_PIECE = 7;
/**
 * A plain piece made only of hex characters, or only of digits, must be longer: what makes a piece
 * count is the information it carries, and ordinary data is full of such runs (Leeloo's 24-hex ids,
 * UUIDs, phone numbers, call ids, epoch milliseconds). 7 hex characters are 28 bits, 7 digits 23: with
 * realistic random tokens (a Reporter token is 40 hex after its prefix) one tenant in five had a phone
 * number, an id or a timestamp of 20 000 each turned into `[REDACTED]`. 8 hex (32 bits) and 10 digits
 * (33 bits) keep a chance collision negligible (test/upstream/secret-false-alarms.test.ts).
 */
export const MIN_HEX_PIECE = 8;
export const MIN_DIGIT_PIECE = 10;
const HEX_WINDOW = 14;
const BASE64_WINDOW = 8;
const GRAM = 4;
const INDEX_BITS = 21;
const BITS = 1 << INDEX_BITS;

/** The base64 characters of `bytes` placed at byte offset `offset` (0–2) of a longer string: only those the bytes alone decide. */
function base64At(bytes: Buffer, offset: number, alphabet: 'base64' | 'base64url'): string {
  const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString(alphabet).replace(/=+$/, '');
  const first = Math.ceil((8 * offset) / 6);
  const last = Math.floor((8 * (offset + bytes.length)) / 6);
  return encoded.slice(first, last);
}

/**
 * Every encoded form of one secret, lower-cased, grouped by the window that identifies a piece of it.
 * Hex and base64 are taken of the secret as it is, reversed, and in either case, each way round (an
 * upstream that reverses or upper-cases a token before it encodes it: hex of the reversed token
 * passed the plain forms untouched); hex also with a separator between bytes (`de:ad:be`, `de ad be`,
 * `de-ad-be`, as debug dumps and fingerprints print them).
 */
export function formsOf(secret: string): { window: number; forms: string[] }[] {
  const reversed = [...secret].reverse().join('');
  const sources = [...new Set([secret, reversed, secret.toLowerCase(), secret.toUpperCase(), reversed.toLowerCase(), reversed.toUpperCase()])].map((s) => Buffer.from(s, 'utf8'));
  const base64: string[] = [];
  for (const bytes of sources) for (const alphabet of ['base64', 'base64url'] as const) for (let offset = 0; offset < 3; offset++) base64.push(base64At(bytes, offset, alphabet).toLowerCase());
  const hex = sources.map((bytes) => bytes.toString('hex'));
  const separated = [secret, reversed].flatMap((s) => HEX_SEPARATORS.map((sep) => Buffer.from(s, 'utf8').toString('hex').match(/../g)!.join(sep)));
  return [
    { window: MIN_PIECE, forms: [secret.toLowerCase(), reversed.toLowerCase()] },
    { window: HEX_WINDOW, forms: [...new Set(hex)] },
    { window: HEX_SEPARATED_WINDOW, forms: separated },
    { window: BASE64_WINDOW, forms: [...new Set(base64)] },
  ];
}

const HEX_SEPARATORS = [':', ' ', '-'];
/** 7 bytes as separated hex: 7 pairs and the 6 separators between them. */
const HEX_SEPARATED_WINDOW = 20;


/** ASCII lower case of a char code or byte. */
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** A 4-gram packed as the little-endian int32 an Int32Array over its bytes reads, letters folded (`| 0x20`). */
function packAt(s: string, i: number): number {
  return ((s.charCodeAt(i) & 0xff) | ((s.charCodeAt(i + 1) & 0xff) << 8) | ((s.charCodeAt(i + 2) & 0xff) << 16) | ((s.charCodeAt(i + 3) & 0xff) << 24)) | 0x20202020;
}

const bitOf = (packed: number) => Math.imul(packed, 0x9e3779b1) >>> (32 - INDEX_BITS);

export class SecretMatcher {
  private readonly bloom = new Uint32Array(BITS / 32);
  /**
   * Where each 4-gram occurs in the forms, as flat arrays rather than an object per occurrence: a
   * token has about 4 000 of them (mostly its base64 forms), and one object each cost ≈ 0.2–0.36 MB
   * per token, 54 MB for 300 (a hundred tenants); these arrays take ≈ 13 bytes per occurrence.
   * `grams` holds the distinct grams sorted; the occurrences of `grams[g]` are the indices
   * `firsts[g]` to `firsts[g + 1]` of `formOf` (into `forms`), `atOf` (the gram's place in that form)
   * and `minOf` (how long a match through it must be to count).
   */
  private readonly forms: string[] = [];
  private readonly grams: Int32Array;
  private readonly firsts: Uint32Array;
  private readonly formOf: Uint32Array;
  private readonly atOf: Uint32Array;
  private readonly minOf: Uint8Array;
  readonly size: number;

  constructor(secrets: Iterable<string>) {
    let count = 0;
    const keys: number[] = [];
    const formIds: number[] = [];
    const ats: number[] = [];
    const mins: number[] = [];
    for (const secret of secrets) {
      if (secret.length < MIN_PIECE) continue;
      count += 1;
      for (const { window, forms } of formsOf(secret)) {
        for (const form of forms) {
          const id = this.forms.push(form) - 1;
          for (let i = 0; i + GRAM <= form.length; i++) {
            const key = packAt(form, i);
            const h = bitOf(key);
            this.bloom[h >>> 5]! |= 1 << (h & 31);
            keys.push(key);
            formIds.push(id);
            ats.push(i);
            mins.push(window);
          }
        }
      }
    }
    this.size = count;
    const order = Uint32Array.from(keys.keys()).sort((a, b) => keys[a]! - keys[b]! || a - b);
    this.formOf = Uint32Array.from(order, (k) => formIds[k]!);
    this.atOf = Uint32Array.from(order, (k) => ats[k]!);
    this.minOf = Uint8Array.from(order, (k) => mins[k]!);
    const grams: number[] = [];
    const firsts: number[] = [];
    order.forEach((k, j) => {
      if (j === 0 || keys[k] !== keys[order[j - 1]!]) {
        grams.push(keys[k]!);
        firsts.push(j);
      }
    });
    firsts.push(order.length);
    this.grams = Int32Array.from(grams);
    this.firsts = Uint32Array.from(firsts);
  }

  /** The index of `key` in `grams`, or -1 (binary search: only grams the bloom lets through get here). */
  private gramIndex(key: number): number {
    let lo = 0;
    let hi = this.grams.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const g = this.grams[mid]!;
      if (g < key) lo = mid + 1;
      else if (g > key) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Whether any form of any secret is in the text. */
  test(text: string): boolean {
    return this.spans(text).length > 0;
  }

  /** The stretches [start, end) of `text` that hold a form of a secret, merged, in order. */
  spans(text: string): [number, number][] {
    if (this.size === 0) return [];
    return merge([...this.scan(text.length, (i) => text.charCodeAt(i), candidates(text, this.bloom), (i) => packAt(text, i)), ...this.escapedSpans(text), ...this.separatedSpans(text)]);
  }

  /** What only the separated view shows (`t o k e n`: separated-view.ts), mapped back onto `text`. */
  private separatedSpans(text: string, view = separatedView(text)): [number, number][] {
    if (!view) return [];
    const t = view.text;
    // Every gram, not one in four: a run is short, and its pieces need not start at a multiple of 4.
    const hits: number[] = [];
    for (let i = 0; i + GRAM <= t.length; i++) hits.push(i);
    return this.scan(t.length, (i) => t.charCodeAt(i), hits, (i) => packAt(t, i)).map(([a, b]) => [view.start[a]!, view.end[b - 1]!]);
  }

  /** What only the decoded view shows (a percent-, entity- or backslash-escaped form), mapped back onto `text`. */
  private escapedSpans(text: string): [number, number][] {
    if (!DECODABLE.test(text)) return [];
    const view = decodedView(text);
    if (!view) return [];
    const t = view.text;
    return this.scan(t.length, (i) => t.charCodeAt(i), candidates(t, this.bloom), (i) => packAt(t, i)).map(([a, b]) => [view.start[a]!, view.end[b - 1]!]);
  }

  /** Replaces every stretch that holds a form of a secret with `marker`. */
  scrub(text: string, marker: string): string {
    return replaceSpans(text, this.spans(text), marker);
  }

  /**
   * The same for an upstream body as it arrived, before it is decoded: one 32-bit read per sampled
   * 4-gram instead of four `charCodeAt`s (the scan then costs a fraction of parsing the body). Secrets
   * are ASCII, so every match is ASCII bytes and is replaced by `marker`; the rest of the body,
   * multi-byte characters included, is decoded as it was. Escaped forms are looked for in the text,
   * only when the body holds an escape's lead character (memchr).
   */
  scrubBody(body: Buffer, marker: string): string {
    if (this.size === 0) return body.toString('utf8');
    // An Int32Array over the bytes (int32 loads stay small integers; uint32 ones may not) needs a
    // 4-aligned offset; pooled Buffers may not have one.
    const aligned = body.byteOffset % 4 === 0 ? body : Buffer.from(body);
    const words = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2);
    const hits = wordCandidates(words, this.bloom);
    const where = wordRegions(words, aligned.length);
    const separated = where.length ? this.separatedSpans('', separatedViewOf(where, (a, b) => aligned.toString('latin1', a, b))) : [];
    const found = hits.length || separated.length ? merge([...this.scan(aligned.length, (i) => aligned[i]!, hits, (i) => words[i >>> 2]! | 0x20202020), ...separated]) : [];
    let text: string;
    if (found.length === 0) text = aligned.toString('utf8');
    else {
      text = '';
      let at = 0;
      for (const [a, b] of found) {
        text += aligned.toString('utf8', at, a) + marker;
        at = b;
      }
      text += aligned.toString('utf8', at);
    }
    if (aligned.indexOf(0x25) >= 0 || aligned.indexOf(0x26) >= 0 || aligned.indexOf(0x5c) >= 0 || readsAsAscii(aligned)) {
      text = replaceSpans(text, merge(this.escapedSpans(text)), marker);
    }
    return text;
  }

  /** Seeds each candidate gram into the forms it occurs in and extends the match both ways; long enough ones count. */
  private scan(n: number, codeAt: (i: number) => number, hits: number[], keyAt: (i: number) => number): [number, number][] {
    const found: [number, number][] = [];
    for (const i of hits) {
      const g = this.gramIndex(keyAt(i));
      if (g < 0) continue;
      for (let e = this.firsts[g]!; e < this.firsts[g + 1]!; e++) {
        const form = this.forms[this.formOf[e]!]!;
        const at = this.atOf[e]!;
        const min = this.minOf[e]!;
        let k = 0;
        while (k < GRAM && lower(codeAt(i + k)) === form.charCodeAt(at + k)) k++;
        if (k < GRAM) continue;
        let left = i;
        for (let q = at - 1; left > 0 && q >= 0 && lower(codeAt(left - 1)) === form.charCodeAt(q); q--) left--;
        let right = i + GRAM;
        for (let q = at + GRAM; right < n && q < form.length && lower(codeAt(right)) === form.charCodeAt(q); q++) right++;
        if (right - left < min) continue;
        if (min === MIN_PIECE && right - left < plainMinimum(codeAt, left, right)) continue;
        // A separated-hex form may have been extended over the spaces around it: they are the text's, not the secret's.
        while (codeAt(left) === 32) left++;
        while (codeAt(right - 1) === 32) right--;
        found.push([left, right]);
      }
    }
    return found;
  }
}

/** How long a plain match over [left, right) must be: longer when it is only hex characters, longer still when only digits. */
function plainMinimum(codeAt: (i: number) => number, left: number, right: number): number {
  let hex = false;
  for (let i = left; i < right; i++) {
    const c = lower(codeAt(i));
    if (c >= 48 && c <= 57) continue;
    if (c >= 97 && c <= 102) hex = true;
    else return MIN_PIECE;
  }
  return hex ? MIN_HEX_PIECE : MIN_DIGIT_PIECE;
}

const DECODABLE = /%[0-9a-f]{2}|&#?[a-z0-9]+;|\\u[0-9a-f]{4}|\\x[0-9a-f]{2}|\\[\\/]|[\uFF01-\uFF5E\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/i;

/**
 * Whether a body holds, as UTF-8, a character the decoded view reads as ASCII or as nothing
 * (decoded-view.ts): a fullwidth form U+FF01–FF5E (EF BC 81–BF, EF BD 80–9E), U+200B–200F (E2 80
 * 8B–8F), U+2060–2064 (E2 81 A0–A4), the BOM (EF BB BF) or a soft hyphen (C2 AD). Exact, so common
 * punctuation (— “ ” …, also E2 80 xx) does not send every body through the decoded view.
 */
function readsAsAscii(body: Buffer): boolean {
  for (let i = body.indexOf(0xe2); i >= 0 && i + 2 < body.length; i = body.indexOf(0xe2, i + 1)) {
    const b1 = body[i + 1]!;
    const b2 = body[i + 2]!;
    if ((b1 === 0x80 && b2 >= 0x8b && b2 <= 0x8f) || (b1 === 0x81 && b2 >= 0xa0 && b2 <= 0xa4)) return true;
  }
  for (let i = body.indexOf(0xef); i >= 0 && i + 2 < body.length; i = body.indexOf(0xef, i + 1)) {
    const b1 = body[i + 1]!;
    const b2 = body[i + 2]!;
    if ((b1 === 0xbc && b2 >= 0x81) || (b1 === 0xbd && b2 <= 0x9e) || (b1 === 0xbb && b2 === 0xbf)) return true;
  }
  for (let i = body.indexOf(0xc2); i >= 0 && i + 1 < body.length; i = body.indexOf(0xc2, i + 1)) if (body[i + 1] === 0xad) return true;
  return false;
}

/** Where a sampled 4-gram's bit is set: the only places worth a closer look (the hot loop, kept apart and small). */
function candidates(text: string, bloom: Uint32Array): number[] {
  const hits: number[] = [];
  const last = text.length - GRAM;
  for (let i = 0; i <= last; i += GRAM) {
    const h = bitOf(packAt(text, i));
    if ((bloom[h >>> 5]! >>> (h & 31)) & 1) hits.push(i);
  }
  return hits;
}

/** Byte offsets of the 4-byte words whose bit is set (the hot loop of scrubBody, kept apart and small). */
function wordCandidates(words: Int32Array, bloom: Uint32Array): number[] {
  const hits: number[] = [];
  for (let w = 0; w < words.length; w++) {
    const h = Math.imul(words[w]! | 0x20202020, 0x9e3779b1) >>> (32 - INDEX_BITS);
    if ((bloom[h >>> 5]! >>> (h & 31)) & 1) hits.push(w << 2);
  }
  return hits;
}

function replaceSpans(text: string, spans: [number, number][], marker: string): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [a, b] of spans) {
    out += text.slice(at, a) + marker;
    at = b;
  }
  return out + text.slice(at);
}

function merge(spans: [number, number][]): [number, number][] {
  if (spans.length < 2) return spans;
  spans.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [[...spans[0]!]];
  for (const [a, b] of spans.slice(1)) {
    const last = out[out.length - 1]!;
    if (a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
