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

  it('keeps long digit runs inside strings as they are: only numbers decide the parser', () => {
    expect(parseJson('{"s":"1234567890123456","n":12345678901234567}')).toEqual({ s: '1234567890123456', n: '12345678901234567' });
    expect(parseJson('{"phone":"79001234567890123456"}')).toEqual({ phone: '79001234567890123456' });
  });

  it('draws the line at 2^53: the largest safe integer stays a number, the next ones become strings', () => {
    expect(parseJson('[9007199254740991,-9007199254740991]')).toEqual([9007199254740991, -9007199254740991]);
    expect(parseJson('[9007199254740992]')).toEqual(['9007199254740992']);
    expect(parseJson('[9007199254740993]')).toEqual(['9007199254740993']);
    expect(parseJson('{"x":-9223372036854775808}')).toEqual({ x: '-9223372036854775808' });
  });

  it('finds an unsafe integer nested deep in arrays and objects', () => {
    const text = '{"result":{"data":[{"id":1,"tags":[{"tag_id":2}]},{"id":3,"tags":[{"tag_id":18446744073709551615}]}]}}';
    expect(parseJson(text)).toEqual({ result: { data: [{ id: 1, tags: [{ tag_id: 2 }] }, { id: 3, tags: [{ tag_id: '18446744073709551615' }] }] } });
  });
});
