/**
 * Removes secrets from any string that may reach a client, a log line or a metric label.
 * The Reporter token sits in the URL path, so URLs and undici error messages must pass here too.
 */
export const REDACTED = '[REDACTED]';

export class Redactor {
  private secrets: string[] = [];

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
    // Longest first, so that a secret containing another is replaced whole.
    this.secrets.sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) {
      if (out.includes(s)) out = out.split(s).join(REDACTED);
    }
    return out;
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
