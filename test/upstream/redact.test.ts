import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor, summariseBody } from '../../src/upstream/redact.js';

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

  it('leaves runs shorter than 7 characters and unrelated text alone', () => {
    expect(r.redact('tk4821 no such project')).toBe('tk4821 no such project');
    expect(r.redact('nothing secret here')).toBe('nothing secret here');
  });

  it('replaces two separate pieces with one marker each', () => {
    expect(r.redact(`a ${token.slice(0, 10)} b ${token.slice(20, 30)} c`)).toBe('a [REDACTED] b [REDACTED] c');
  });
});

describe('summariseBody', () => {
  const token = 'tok-0123456789abcdef';

  it('redacts before cutting, so a token across the cut leaves no partial trace', () => {
    // 126 characters: the token straddles the 120-character cut; redacted first, the text fits.
    const body = `${'x'.repeat(100)} ${token} tail`;
    const out = summariseBody(body, new Redactor([token]));
    expect(out).toBe(`${'x'.repeat(100)} ${REDACTED} tail`);
    expect(out).not.toContain('tok-0123');
    // Cut first, the head of the token would have survived the redactor.
    expect(summariseBody(body, (t) => t, 120)).toContain('tok-0123');
  });

  it('takes a redactor or a redacting function, folds whitespace and cuts at max with an ellipsis', () => {
    expect(summariseBody(`a\n  ${token}\tb`, (t) => new Redactor([token]).redact(t))).toBe(`a ${REDACTED} b`);
    expect(summariseBody('y'.repeat(130), new Redactor())).toBe(`${'y'.repeat(120)}…`);
    expect(summariseBody('y'.repeat(30), new Redactor(), 10)).toBe(`${'y'.repeat(10)}…`);
  });
});
