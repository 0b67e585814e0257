/**
 * An independent judge of whether a text still holds a secret: it decodes instead of encoding.
 * Escapes (percent, HTML references, backslash) are undone; then any 7 characters of the secret
 * (either case, either direction; 8 if they are all hex, 10 if all digits), or any 7 of its bytes (either case, either direction) found by
 * decoding every hex run (bare or with a separator between bytes) and every base64 run (both
 * alphabets, every offset), count as a leak; so do those pieces read from every stretch where each
 * character is followed by 1 to 3 separators (space, `|,._-/:;`): a secret spelled `t o k e n`. The matcher under test works the other
 * way round (it encodes the secrets once and looks for them), so the two do not share a mistake.
 */
const PIECE = 7;
const SPREAD = [1, 2, 3].map((gap) => new RegExp(`(?:[^\\s"\\\\][ \\t|,._\\-/:;]{${gap}}){6,}[^\\s"\\\\]`, 'g'));

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', sol: '/', period: '.', comma: ',', lowbar: '_', equals: '=', plus: '+', num: '#', dollar: '$', percnt: '%', excl: '!', quest: '?', commat: '@', semi: ';', bsol: '\\', verbar: '|', Hat: '^', grave: '`', lpar: '(', rpar: ')', ast: '*', lsqb: '[', rsqb: ']', lcub: '{', rcub: '}' };

export function unescapeAll(text: string): string {
  let out = text;
  for (let round = 0; round < 3; round++) {
    const next = out
      // JSON's own escapes first, so an escape inside a JSON string (`\\x74`) decodes next.
      .replace(/\\([\\/"])/g, '$1')
      .replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
      .replace(/&([a-z]+);/gi, (m, n: string) => NAMED[n] ?? m)
      .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      // Unicode that reads as ASCII: NFKC folds fullwidth letters; invisible format characters go.
      .normalize('NFKC')
      .replace(/[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

function pieces(secret: string, length = PIECE): string[] {
  const out: string[] = [];
  for (let i = 0; i + length <= secret.length; i++) out.push(secret.slice(i, i + length));
  return out;
}

/**
 * How long a piece of a secret seen as text must be to count: 7 characters, but 8 when they are all
 * hex and 10 when all digits (ordinary data is full of such runs: ids, phone numbers, timestamps).
 */
export function minPlainPiece(piece: string): number {
  if (/^[0-9]+$/.test(piece)) return 10;
  if (/^[0-9a-f]+$/i.test(piece)) return 8;
  return PIECE;
}

/** The pieces of `secret` that count when seen as text: every length from 7 to 10, kept when long enough for what they are made of. */
function textPieces(secret: string): string[] {
  const out: string[] = [];
  for (let length = PIECE; length <= 10; length++) out.push(...pieces(secret, length).filter((p) => p.length >= minPlainPiece(p)));
  return out;
}

/** What of `secret` the text still holds, by how it was found; empty when nothing. */
export function leaksOf(text: string, secret: string): string[] {
  const found: string[] = [];
  const plain = unescapeAll(text);
  const views = [text.toLowerCase(), plain.toLowerCase()];
  const lower = secret.toLowerCase();
  const reversed = [...lower].reverse().join('');
  for (const p of [...textPieces(lower), ...textPieces(reversed)]) if (views.some((v) => v.includes(p))) found.push(`plain:${p}`);
  // Every character of a stretch where 1 to 3 separators follow each: a secret spelled `t o k e n`.
  const spread = [1, 2, 3].flatMap((gap) => (text.toLowerCase().match(SPREAD[gap - 1]!) ?? []).map((run) => [...run].filter((_, i) => i % (gap + 1) === 0).join('')));
  for (const p of [...textPieces(lower), ...textPieces(reversed)]) if (spread.some((v) => v.includes(p))) found.push(`separated:${p}`);
  // Decoded bytes are compared in either case and either direction (a token reversed or case-changed, then encoded).
  const bytes = [...pieces(lower), ...pieces(reversed)];
  const has = (decoded: string) => bytes.filter((p) => decoded.toLowerCase().includes(p));
  for (const view of [text, plain]) {
    // hex runs, also with one separator between bytes (`de:ad:be`)
    const runs = [...(view.match(/[0-9a-f]{14,}/gi) ?? []), ...(view.match(/(?:[0-9a-f]{2}[: -]){6,}[0-9a-f]{2}/gi) ?? []).map((r) => r.replace(/[: -]/g, ''))];
    for (const run of runs) {
      for (const off of [0, 1]) {
        const decoded = Buffer.from(run.slice(off).slice(0, (run.length - off) & ~1), 'hex').toString('latin1');
        for (const p of has(decoded)) found.push(`hex:${p}`);
      }
    }
    for (const run of view.match(/[A-Za-z0-9+/_-]{8,}/g) ?? []) {
      for (let off = 0; off < 4; off++) {
        const decoded = Buffer.from(run.slice(off).replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
        for (const p of has(decoded)) found.push(`base64:${p}`);
      }
    }
  }
  return [...new Set(found)];
}
