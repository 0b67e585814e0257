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

describe('Redactor: pieces of a secret', () => {
  const token = 'tk4821:9f3c2a7d1e6b5a4c3d2e1f0a9b8c7d6e5f4a3b2c';
  const r = new Redactor([token]);

  it('redacts the head of a token cut off by a summary, and its tail', () => {
    expect(r.redact(`error near ${token.slice(0, 12)}…`)).toBe('error near [REDACTED]…');
    expect(r.redact(`…${token.slice(-9)} was refused`)).toBe('…[REDACTED] was refused');
  });

  it('leaves runs shorter than 8 characters and unrelated text alone', () => {
    expect(r.redact('tk4821: no such project')).toBe('tk4821: no such project');
    expect(r.redact('nothing secret here')).toBe('nothing secret here');
  });

  it('replaces two separate pieces with one marker each', () => {
    expect(r.redact(`a ${token.slice(0, 10)} b ${token.slice(20, 30)} c`)).toBe('a [REDACTED] b [REDACTED] c');
  });
});
