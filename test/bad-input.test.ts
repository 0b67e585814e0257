import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';

const URL_ = 'http://gateway.test/graphql';

/** Pieces that make documents which are almost GraphQL: the interesting failures live there. */
const token = fc.constantFrom('{', '}', '(', ')', 'query', 'mutation', 'subscription', 'fragment', 'on', '...', 'backends', 'name', '$v', ':', '!', '@skip', 'String', '"x"', '#', '\\u0000', '__schema', 'node', 'id');
const nearlyGraphQL = fc.array(token, { maxLength: 60 }).map((t) => t.join(' '));
const deepNesting = fc.integer({ min: 1, max: 3000 }).map((n) => `${'{ a '.repeat(n)}${'}'.repeat(n)}`);
const manyAliases = fc.integer({ min: 1, max: 2000 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: backends { name }`).join(' ')} }`);
const hugeString = fc.integer({ min: 10_000, max: 400_000 }).map((n) => `{ backends(x: "${'y'.repeat(n)}") { name } }`);
const anyDocument = fc.oneof(fc.string(), nearlyGraphQL, deepNesting, manyAliases, hugeString);
const contentType = fc.constantFrom('application/json', 'application/graphql', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '', 'application/json; charset=latin1');

describe('bad input (property-based)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  /** Every answer is a well-formed GraphQL response or HTTP error, never a crash or a 5xx. */
  async function expectWellFormed(res: Response): Promise<void> {
    expect(res.status).toBeLessThan(500);
    const text = await res.text();
    if (res.status === 200 || (res.headers.get('content-type') ?? '').includes('json')) {
      const body = JSON.parse(text);
      expect(typeof body).toBe('object');
      if (body.errors) {
        expect(Array.isArray(body.errors)).toBe(true);
        for (const e of body.errors) expect(typeof e.message).toBe('string');
        // Masked or ours: never a stack trace or an internal error message.
        expect(JSON.stringify(body.errors)).not.toMatch(/at .*\.(ts|js):\d+/);
      }
    }
  }

  it('answers random documents and variables with well-formed errors', async () => {
    await fc.assert(
      fc.asyncProperty(anyDocument, fc.option(fc.jsonValue()), fc.option(fc.string({ maxLength: 20 })), async (query, variables, operationName) => {
        const res = await gw.yoga.fetch(URL_, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body: JSON.stringify({ query, variables, operationName }),
        });
        await expectWellFormed(res);
      }),
      { numRuns: 150 },
    );
  });

  it('answers random HTTP bodies, content types and methods with well-formed errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), contentType, fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE'), async (body, type, method) => {
        const res = await gw.yoga.fetch(URL_, { method, headers: type ? { 'content-type': type } : {}, body });
        await expectWellFormed(res);
      }),
      { numRuns: 150 },
    );
  });

  it('answers random GET query strings with well-formed errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (query, variables) => {
        const url = `${URL_}?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(variables)}`;
        await expectWellFormed(await gw.yoga.fetch(url, { headers: { accept: 'application/json' } }));
      }),
      { numRuns: 100 },
    );
  });

  it('still serves a normal query afterwards', async () => {
    const res = await gw.execute('{ backends { name } }');
    expect(res.data?.backends).toHaveLength(3);
  });
});
