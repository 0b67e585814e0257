import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bracketDepth } from '../../src/plugins/use-request-guards.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

describe('bracketDepth', () => {
  it('counts the deepest bracket nesting outside strings and comments', () => {
    expect(bracketDepth('{ a { b(x: [1, {y: 2}]) } }')).toBe(5);
    expect(bracketDepth('{ a(s: "{{{{{") # {{{{\n }')).toBe(2);
    expect(bracketDepth('{ a(s: """ {{{ \\""" {{ """) }')).toBe(2);
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
});
