import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/upstream/json.js';

describe('parseJson', () => {
  it('keeps integers past 2^53 exact as decimal strings', () => {
    expect(parseJson('{"id": 9223372036854775807, "small": 42, "f": 1.5}')).toEqual({ id: '9223372036854775807', small: 42, f: 1.5 });
  });

  it('rejects malformed JSON like JSON.parse does', () => {
    expect(() => parseJson('{"a":')).toThrow();
  });
});
