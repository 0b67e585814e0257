/**
 * A text with its escapes decoded, and where each decoded character came from: percent-encoding
 * (`%74`), HTML character references (`&#116;`, `&#x74;`, `&colon;`), and backslash escapes (`\u0074`,
 * `\x74`). Decoded up to three times over (`%26%23116%3B` is `&#116;` is `t`). The secret matcher
 * scans this view too, then maps what it finds back onto the original text, so an encoded secret is
 * removed where it stands.
 */
export interface DecodedView {
  text: string;
  /** For each character of `text`, where its source starts in the original. */
  start: Int32Array;
  /** For each character of `text`, where its source ends in the original (exclusive). */
  end: Int32Array;
}

/** HTML5 names of the ASCII characters a token can contain (letters and digits have none). */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', sol: '/', period: '.', comma: ',', lowbar: '_', UnderBar: '_',
  equals: '=', plus: '+', num: '#', dollar: '$', percnt: '%', excl: '!', quest: '?', commat: '@', lsqb: '[', lbrack: '[',
  rsqb: ']', rbrack: ']', lcub: '{', lbrace: '{', rcub: '}', rbrace: '}', lpar: '(', rpar: ')', ast: '*', midast: '*',
  semi: ';', bsol: '\\', verbar: '|', vert: '|', VerticalLine: '|', Hat: '^', grave: '`', DiacriticalGrave: '`', Tab: '\t', NewLine: '\n',
};

// The last group: JSON's escaped backslash and slash, so that an escape inside a JSON string
// (`"\\x74"` in the raw body) decodes in the next round, and a `\/` in a token reads as `/`.
// (Not `\"`: no token holds a quote, and quotes inside strings are common in bodies.)
const ESCAPE = /%([0-9a-f]{2})|&#(\d{1,7});|&#x([0-9a-f]{1,6});|&([A-Za-z]{2,16});|\\u([0-9a-f]{4})|\\x([0-9a-f]{2})|\\([\\/])/gi;

function decodeOnce(text: string): DecodedView | undefined {
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  let at = 0;
  let changed = false;
  const copy = (upTo: number) => {
    for (let i = at; i < upTo; i++) {
      start.push(i);
      end.push(i + 1);
    }
    out += text.slice(at, upTo);
  };
  for (const m of text.matchAll(ESCAPE)) {
    const [whole, pct, dec, hex, name, u, x, escaped] = m;
    const hexDigits = pct ?? u ?? x ?? hex;
    const code = hexDigits !== undefined ? parseInt(hexDigits, 16) : dec !== undefined ? parseInt(dec, 10) : undefined;
    const char = escaped ?? (code !== undefined ? (code <= 0x10ffff ? String.fromCodePoint(code) : undefined) : NAMED[name!]);
    if (char === undefined) continue;
    copy(m.index);
    for (let k = 0; k < char.length; k++) {
      start.push(m.index);
      end.push(m.index + whole.length);
    }
    out += char;
    at = m.index + whole.length;
    changed = true;
  }
  if (!changed) return undefined;
  copy(text.length);
  return { text: out, start: Int32Array.from(start), end: Int32Array.from(end) };
}

/** The decoded view, or undefined when there is nothing to decode. */
export function decodedView(text: string, rounds = 3): DecodedView | undefined {
  let view = decodeOnce(text);
  if (!view) return undefined;
  for (let r = 1; r < rounds; r++) {
    const next = decodeOnce(view.text);
    if (!next) break;
    // Compose: a character of the next round spans the originals of the characters it came from.
    const start = new Int32Array(next.text.length);
    const end = new Int32Array(next.text.length);
    for (let i = 0; i < next.text.length; i++) {
      start[i] = view.start[next.start[i]!]!;
      end[i] = view.end[next.end[i]! - 1]!;
    }
    view = { text: next.text, start, end };
  }
  return view;
}
