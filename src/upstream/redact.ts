/**
 * Removes secrets from any string that may reach a client, a log line or a metric label.
 * The Reporter token sits in the URL path, so URLs and undici error messages must pass here too.
 */
export const REDACTED = '[REDACTED]';

/**
 * Runs of this many characters of a secret are redacted wherever they appear, not only whole
 * secrets: a summary cut in the middle of a token (once: the UIS error summary, cut at 120
 * characters before redaction) must not show its first characters either.
 */
export const FRAGMENT_LENGTH = 8;

export class Redactor {
  private secrets: string[] = [];
  /** Every FRAGMENT_LENGTH-character window of every secret. */
  private readonly fragments = new Set<string>();

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const s of secrets) this.add(s);
  }

  /** Registers a secret. Very short values are refused: redacting "a" would mangle every message. */
  add(secret: string | undefined): void {
    if (!secret || secret.length < 4 || this.secrets.includes(secret)) return;
    this.secrets.push(secret);
    // URL-encoded forms of the same token appear in paths; redact them as well.
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) this.secrets.push(encoded);
    for (const form of encoded !== secret ? [secret, encoded] : [secret]) {
      for (let i = 0; i + FRAGMENT_LENGTH <= form.length; i++) this.fragments.add(form.slice(i, i + FRAGMENT_LENGTH));
    }
    // Longest first, so that a secret containing another is replaced whole.
    this.secrets.sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) {
      if (out.includes(s)) out = out.split(s).join(REDACTED);
    }
    return this.fragments.size ? this.redactFragments(out) : out;
  }

  /** Replaces every stretch of text covered by secret fragments (a cut-off token's head or tail) with one marker. */
  private redactFragments(text: string): string {
    let out = '';
    let copied = 0;
    let coveredTo = -1;
    let start = -1;
    for (let i = 0; i + FRAGMENT_LENGTH <= text.length; i++) {
      if (!this.fragments.has(text.slice(i, i + FRAGMENT_LENGTH))) continue;
      if (i > coveredTo) {
        if (start >= 0) {
          out += text.slice(copied, start) + REDACTED;
          copied = coveredTo;
        }
        start = i;
      }
      coveredTo = i + FRAGMENT_LENGTH;
    }
    if (start < 0) return text;
    return out + text.slice(copied, start) + REDACTED + text.slice(coveredTo);
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
