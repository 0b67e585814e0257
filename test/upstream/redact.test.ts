import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from '../../src/upstream/redact.js';

describe('Redactor', () => {
  it('replaces every occurrence of a token, including its URL-encoded form', () => {
    const r = new Redactor(['abc:def/123']);
    const text = 'GET https://x/reporter/p/abc:def/123/sessions and abc%3Adef%2F123 again abc:def/123';
    const out = r.redact(text);
    expect(out).not.toContain('abc:def/123');
    expect(out).not.toContain('abc%3Adef%2F123');
    expect(out.split(REDACTED)).toHaveLength(4);
  });

  it('ignores empty and very short secrets so messages are not mangled', () => {
    const r = new Redactor(['', undefined, 'ab']);
    expect(r.redact('abc ab')).toBe('abc ab');
  });

  it('redacts strings nested in objects and arrays', () => {
    const r = new Redactor(['s3cret-token']);
    expect(r.redactDeep({ a: ['x s3cret-token'], b: { c: 's3cret-token' }, n: 1 })).toEqual({
      a: [`x ${REDACTED}`],
      b: { c: REDACTED },
      n: 1,
    });
  });
});
