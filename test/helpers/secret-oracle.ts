/**
 * An independent judge of whether a text still holds a secret: it decodes instead of encoding.
 * Escapes (percent, HTML references, backslash) are undone; then any 7 characters of the secret
 * (either case, either direction), or any 7 of its bytes found by decoding every hex run and every
 * base64 run (both alphabets, every offset), count as a leak. The matcher under test works the other
 * way round (it encodes the secrets once and looks for them), so the two do not share a mistake.
 */
const PIECE = 7;

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
      .replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    if (next === out) break;
    out = next;
  }
  return out;
}

function pieces(secret: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + PIECE <= secret.length; i++) out.push(secret.slice(i, i + PIECE));
  return out;
}

/** What of `secret` the text still holds, by how it was found; empty when nothing. */
export function leaksOf(text: string, secret: string): string[] {
  const found: string[] = [];
  const plain = unescapeAll(text);
  const views = [text.toLowerCase(), plain.toLowerCase()];
  const lower = secret.toLowerCase();
  const reversed = [...lower].reverse().join('');
  for (const p of [...pieces(lower), ...pieces(reversed)]) if (views.some((v) => v.includes(p))) found.push(`plain:${p}`);
  const bytes = [...pieces(secret)];
  for (const view of [text, plain]) {
    for (const run of view.match(/[0-9a-f]{14,}/gi) ?? []) {
      for (const off of [0, 1]) {
        const decoded = Buffer.from(run.slice(off).slice(0, (run.length - off) & ~1), 'hex').toString('latin1');
        for (const p of bytes) if (decoded.includes(p)) found.push(`hex:${p}`);
      }
    }
    for (const run of view.match(/[A-Za-z0-9+/_-]{8,}/g) ?? []) {
      for (let off = 0; off < 4; off++) {
        const decoded = Buffer.from(run.slice(off).replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
        for (const p of bytes) if (decoded.includes(p)) found.push(`base64:${p}`);
      }
    }
  }
  return [...new Set(found)];
}
