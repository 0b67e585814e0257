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

describe('parseJson fast path', () => {
  it('parses bodies without long digit runs exactly like JSON.parse', () => {
    const text = '{"a":[1,2.5,"x9007199254740"],"b":{"c":null,"d":true},"e":123456789012345}';
    expect(parseJson(text)).toEqual(JSON.parse(text));
  });

  it('still takes the lossless path when a 16-digit run appears anywhere', () => {
    expect(parseJson('{"s":"1234567890123456","n":12345678901234567}')).toEqual({ s: '1234567890123456', n: '12345678901234567' });
  });
});
