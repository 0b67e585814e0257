import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bracketDepth, jsonDepth } from '../../../src/gateway/plugins/use-request-guards.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

describe('bracketDepth', () => {
  it('counts the deepest bracket nesting outside strings and comments', () => {
    expect(bracketDepth('{ a { b(x: [1, {y: 2}]) } }')).toBe(5);
    expect(bracketDepth('{ a(s: "{{{{{") # {{{{\n }')).toBe(2);
    expect(bracketDepth('{ a(s: """ {{{ \\""" {{ """) }')).toBe(2);
  });
});

describe('jsonDepth', () => {
  it('counts nesting without recursion, past any stack, and stops early', () => {
    expect(jsonDepth('x', 10)).toBe(0);
    expect(jsonDepth({ a: [1, { b: [] }] }, 10)).toBe(4);
    const deep = JSON.parse('['.repeat(200_000) + ']'.repeat(200_000));
    expect(jsonDepth(deep, 100)).toBe(101);
  });
});

describe('request guards', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  it('refuses a document nested past MAX_NESTING with 400 instead of overflowing the parser', async () => {
    const query = `${'{ a '.repeat(3000)}${'}'.repeat(3000)}`;
    const res = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('QUERY_LIMIT_EXCEEDED');
  });

  it('answers a GET with variables that are not JSON with 400 BAD_REQUEST', async () => {
    const res = await gw.yoga.fetch('http://gateway.test/graphql?query=%7Bbackends%7Bname%7D%7D&variables=%7Bnope', {
      headers: { accept: 'application/json' },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('still answers a GET query with valid variables', async () => {
    const res = await gw.yoga.fetch('http://gateway.test/graphql?query=%7Bbackends%7Bname%7D%7D&variables=%7B%7D', {
      headers: { accept: 'application/json' },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).data.backends).toHaveLength(3);
  });

  // Before: 20 000 levels of `variables` answered 500 (a JSON.stringify or walk recursed past the stack).
  it('refuses variables or extensions nested past MAX_NESTING with 400, whatever carries them', async () => {
    const carriers = {
      'POST variables, a JSON scalar': (deep: string) => ({ method: 'POST', body: `{"query":"query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }","variables":{"r":[{"__typename":"Session","id":${deep}}]}}` }),
      'POST variables, a list argument': (deep: string) => ({ method: 'POST', body: `{"query":"query ($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${deep}}}` }),
      'POST variables, unused': (deep: string) => ({ method: 'POST', body: `{"query":"{ __typename }","variables":{"x":${deep}}}` }),
      'POST extensions': (deep: string) => ({ method: 'POST', body: `{"query":"{ __typename }","extensions":{"x":${deep}}}` }),
      'GET variables': (deep: string) => ({ method: 'GET', query: `?query=${encodeURIComponent('{ __typename }')}&variables=${encodeURIComponent(`{"x":${deep}}`)}` }),
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(carriers)), fc.integer({ min: 101, max: 30_000 }), fc.constantFrom('[', '{"a":'), async (carrier, levels, opener) => {
        const closer = opener === '[' ? ']' : '}';
        const deep = opener.repeat(levels) + '1' + closer.repeat(levels);
        const c = carriers[carrier as keyof typeof carriers](deep) as { method: string; body?: string; query?: string };
        const res = await gw.yoga.fetch(`http://gateway.test/graphql${c.query ?? ''}`, {
          method: c.method,
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          ...(c.body ? { body: c.body } : {}),
        });
        expect(res.status).toBe(400);
        expect((await res.json()).errors[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'MAX_NESTING' });
      }),
      { numRuns: 40 },
    );
  });

  it('still takes variables nested within MAX_NESTING', async () => {
    const res = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { x: JSON.parse('['.repeat(90) + ']'.repeat(90)) } }),
    });
    expect(res.status).toBe(200);
  });
});
