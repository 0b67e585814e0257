import type { DecodedView } from './decoded-view.js';

/**
 * A token spelled with a visible separator between every character (`t o k e n`, `t-o-k-e-n`,
 * `t, o, k, e, n`), as a debug dump or a "masked" echo may print it: the secret matcher reads the
 * characters of each such run side by side, and maps what it finds back onto the original text.
 *
 * A run is one character, then 1–3 separators (space, tab, `|,._-/:;`) and one character again, the
 * same number of separators each time (and, for the cheap look that picks where to read, the same
 * separators: regions), at least 7 characters in all (the shortest piece that counts). Ordinary text
 * seldom has one, and a run only matters when its characters are a piece of a secret, judged as any
 * other (the hex-only and digit-only rules included: `1, 2, 3, 4, 5, 6, 7` is not a piece).
 */
// One expression per gap (1 to 3 separators after each character), each tried on its own: with a
// back-reference to the first gap, a run read from the wrong start (`' t | k` as `'`, `t`, `|`, `k`
// with a one-space gap) hid the right reading (`t`, `k` with ` | `). A wrong reading only adds a line.
const RUNS = [1, 2, 3].map((gap) => new RegExp(`(?:[^\\s"\\\\][ \\t|,._\\-/:;]{${gap}}){6,}[^\\s"\\\\]`, 'g'));

const SEPARATOR = new Uint8Array(256);
for (const c of ' \t|,._-/:;') SEPARATOR[c.charCodeAt(0)] = 1;
/** Whether either byte of a little-endian pair is a separator (64 KB, built once). */
const SEPARATOR_PAIR = new Uint8Array(65536);
for (let i = 0; i < 65536; i++) SEPARATOR_PAIR[i] = SEPARATOR[i & 0xff]! | SEPARATOR[i >>> 8]!;

/**
 * Where a run may be, found cheaply. In a run every separator character but the last few is followed,
 * one step (2 to 4 positions) on, by the same character; and a run spans 13 positions or more, so at
 * least 2 consecutive positions of any 4-spaced sample see such a separator at or right after them.
 * Only those stretches (with a sample's margin either side) meet the regular expression: ordinary JSON
 * (`":"`, `","`, dates, UUIDs) seldom passes two samples in a row.
 */
export function regions(text: string): [number, number][] {
  const out: [number, number][] = [];
  const n = text.length;
  const at = (i: number) => (i < n ? text.charCodeAt(i) : -1);
  const periodic = (q: number) => {
    const c = at(q);
    return c >= 0 && c < 256 && SEPARATOR[c] === 1 && (at(q + 2) === c || at(q + 3) === c || at(q + 4) === c);
  };
  let streak = 0;
  let first = 0;
  for (let p = 0; p < n; p += 4) {
    if (!periodic(p) && !periodic(p + 1)) {
      streak = 0;
      continue;
    }
    if (streak++ === 0) first = p;
    if (streak >= 2) add(out, Math.max(0, first - 4), Math.min(n, p + 13));
  }
  return out;
}

/**
 * The same over a body as it arrived, read as the 32-bit words secret-matcher.ts scrubBody already
 * holds (one pass, no calls: it runs on every body); `length` is the body's, past its last whole word.
 */
export function wordRegions(words: Int32Array, length: number): [number, number][] {
  const out: [number, number][] = [];
  let streak = 0;
  let first = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const c0 = word & 0xff;
    const c1 = (word >>> 8) & 0xff;
    // Most words hold no separator in their first two bytes: one look in a table of byte pairs.
    let passes = false;
    if (SEPARATOR_PAIR[word & 0xffff] === 1) {
      const next = w + 1 < words.length ? words[w + 1]! : 0;
      const c2 = (word >>> 16) & 0xff;
      const c3 = word >>> 24;
      const c4 = next & 0xff;
      const c5 = (next >>> 8) & 0xff;
      // Whether byte 0 or 1 is a separator that recurs 2, 3 or 4 bytes on.
      passes = (SEPARATOR[c0] === 1 && (c2 === c0 || c3 === c0 || c4 === c0)) || (SEPARATOR[c1] === 1 && (c3 === c1 || c4 === c1 || c5 === c1));
    }
    if (!passes) {
      streak = 0;
      continue;
    }
    if (streak++ === 0) first = 4 * w;
    if (streak >= 2) add(out, Math.max(0, first - 4), w === words.length - 1 ? length : Math.min(length, 4 * w + 13));
  }
  return out;
}

/**
 * A stretch where a run may be: it starts at most a sample before the first that passed, and ends
 * within 13 positions of the last (a run's last separators recur no more). Overlapping ones merge.
 */
function add(out: [number, number][], from: number, to: number): void {
  const last = out[out.length - 1];
  if (last && from <= last[1]) last[1] = Math.max(last[1], to);
  else out.push([from, to]);
}

/**
 * The runs' characters, each run on its own line, with where each came from; undefined when there is
 * none. `where` are the stretches to look in (regions of the text, or wordRegions of a body), `slice`
 * reads one of them (a body's bytes as latin1: secrets are ASCII, so its offsets are the bytes').
 */
export function separatedView(text: string): DecodedView | undefined {
  return separatedViewOf(regions(text), (a, b) => text.slice(a, b));
}

export function separatedViewOf(where: [number, number][], slice: (a: number, b: number) => string): DecodedView | undefined {
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  for (const [a, b] of where) {
    const str = slice(a, b);
    RUNS.forEach((run, i) => {
      const step = i + 2;
      for (const m of str.matchAll(run)) {
        const at = a + m.index;
        if (out) {
          // Between runs: a character no form of a secret holds, so no match joins two runs.
          out += '\n';
          start.push(at);
          end.push(at);
        }
        for (let k = 0; k < m[0].length; k += step) {
          out += m[0][k];
          start.push(at + k);
          end.push(at + k + 1);
        }
      }
    });
  }
  if (!out) return undefined;
  return { text: out, start: Int32Array.from(start), end: Int32Array.from(end) };
}
