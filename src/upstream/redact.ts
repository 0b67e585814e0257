import { MIN_PIECE, SecretMatcher } from './secret-matcher.js';

/**
 * Removes secrets from any string that may reach a client, a log line or a metric label.
 * The Reporter token sits in the URL path, so URLs and undici error messages must pass here too.
 */
export const REDACTED = '[REDACTED]';

/**
 * Pieces of a secret this long are found wherever they appear, in every encoding the matcher knows
 * (secret-matcher.ts): a summary cut in the middle of a token, or an upstream echoing 7 characters of
 * it hex- or base64-encoded, shows none of it either.
 */
export const FRAGMENT_LENGTH = MIN_PIECE;

export class Redactor {
  private secrets: string[] = [];
  private matcher: SecretMatcher | undefined;

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const s of secrets) this.add(s);
  }

  /** Registers a secret. Very short values are refused: redacting "a" would mangle every message. */
  add(secret: string | undefined): void {
    if (!secret || secret.length < 4 || this.secrets.includes(secret)) return;
    this.secrets.push(secret);
    // Longest first, so that a secret containing another is replaced whole.
    this.secrets.sort((a, b) => b.length - a.length);
    this.matcher = undefined;
  }

  /** Every form of every secret (built once, again after `add`). */
  private forms(): SecretMatcher {
    return (this.matcher ??= new SecretMatcher(this.secrets));
  }

  /** Removes every secret, in any form the matcher knows, from text that may reach a caller, a log line or a label. */
  redact(text: string): string {
    let out = text;
    // Secrets too short for the matcher (4–6 characters) are replaced where they appear as they are.
    for (const s of this.secrets) {
      if (s.length < MIN_PIECE && out.includes(s)) out = out.split(s).join(REDACTED);
    }
    return this.forms().scrub(out, REDACTED);
  }

  /**
   * An upstream body as it arrived, decoded, with every form of every secret replaced (the data path:
   * a token an upstream echoes inside a 2xx data field never reaches a response, a cache or a log).
   */
  scrubBody(body: Buffer): string {
    // A UTF-8 byte-order mark is not part of the text (undici's text() drops it too).
    const bytes = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? body.subarray(3) : body;
    const text = this.forms().scrubBody(bytes, REDACTED);
    for (const s of this.secrets) if (s.length < MIN_PIECE && text.includes(s)) return this.redact(text);
    return text;
  }

  /** Redacts every string inside a JSON-like value (for log objects). */
  redactDeep<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.redactDeep(v)) as T;
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.redactDeep(v);
      return out as T;
    }
    return value;
  }
}

/**
 * A short one-line summary of an upstream body for `extensions.detail`: enough to debug, never the
 * whole thing. Secrets are redacted FIRST, then the text is cut: cutting first could leave the head
 * of a token that no longer matches the redactor (a partial token is still a leak).
 */
export function summariseBody(text: string, redact: Redactor | ((text: string) => string), max = 120): string {
  const clean = typeof redact === 'function' ? redact(text) : redact.redact(text);
  const oneLine = clean.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}
