import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

/** One document over each limit (with the small limits configured below). */
const OVER_LIMIT: Array<[variable: string, document: string, names: RegExp]> = [
  ['MAX_ALIASES', `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: backends { name }`).join(' ')} }`, /Aliases limit of 5 exceeded/],
  ['MAX_TOKENS', `{ ${Array.from({ length: 80 }, () => 'backends { name mode url }').join(' ')} }`, /Token limit of 300 exceeded/],
  ['MAX_DEPTH', '{ sessions(first: 1) { edges { node { messages { edges { node { id } } } } } } }', /depth limit of 4 exceeded/],
  ['MAX_COST', '{ sessions(first: 5) { edges { node { id messages(first: 5) { edges { node { id } } } } } } }', /Cost limit of 100 exceeded/],
  ['MAX_DIRECTIVES', '{ backends @include(if: true) @include(if: true) @skip(if: false) { name } }', /Directives limit of 2 exceeded/],
  ['MAX_NESTING', `{ ${'backends { '.repeat(11)} name ${'} '.repeat(11)}}`, /nesting of 12 exceeds the limit of 10/],
];

describe('document limits (graphql-armor and the nesting guard)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      env: { MAX_ALIASES: '5', MAX_TOKENS: '300', MAX_DEPTH: '4', MAX_COST: '100', MAX_DIRECTIVES: '2', MAX_NESTING: '10' },
    });
  });
  afterAll(() => gw.close());

  for (const accept of ['application/json', 'application/graphql-response+json']) {
    for (const [variable, document, names] of OVER_LIMIT) {
      it(`answers ${variable} overruns with HTTP 400, QUERY_LIMIT_EXCEEDED and a message naming the limit (Accept: ${accept})`, async () => {
        gw.sims.resetLogs();
        const res = await gw.yoga.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept },
          body: JSON.stringify({ query: document }),
        });
        expect(res.status).toBe(400);
        const body = (await res.json()) as { data?: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> };
        expect(body.data).toBeUndefined();
        expect(body.errors).toHaveLength(1);
        expect(body.errors[0].extensions).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit: variable });
        expect(body.errors[0].message).toMatch(names);
        expect(body.errors[0].message).toContain(variable);
        expect(body.errors[0].message).not.toMatch(/syntax error/i);
        // Refused before execution: nothing reached a backend.
        expect(gw.sims.counts().total).toBe(0);
      });
    }
  }

  it('keeps serving after rejecting', async () => {
    const res = await gw.execute('{ backends { name } }');
    expect(res.data?.backends).toHaveLength(3);
  });
});
