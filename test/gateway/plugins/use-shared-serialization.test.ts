import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import type { ExecutionResult } from 'graphql';
import { regularMediaType, useSharedSerialization } from '../../../src/gateway/plugins/use-shared-serialization.js';

/**
 * A Yoga whose results carry a counting serialiser, and whose answers can be made to share one
 * `data` object between requests (as coalesced queries and cache hits do), to see how often
 * results are serialised.
 */
function harness(opts: { shareData: boolean; extensionsOf?: (n: number) => Record<string, unknown> | undefined; errors?: boolean; shared?: boolean }) {
  let serialised = 0;
  let n = 0;
  const shared = { hello: 'world', list: Array.from({ length: 50 }, (_, i) => ({ i })) };
  const counting = (r: unknown) => (serialised++, JSON.stringify(r));
  const answerPlugin: Plugin = {
    onResultProcess({ setResult }) {
      const k = n++;
      const data = opts.shareData ? shared : { ...shared };
      const extensions = opts.extensionsOf?.(k);
      const result: ExecutionResult & { stringify: typeof counting } = { data, stringify: counting, ...(extensions ? { extensions } : {}) };
      if (opts.errors) Object.assign(result, { errors: [{ message: `failed ${k}` }] });
      setResult(result as ExecutionResult);
    },
  };
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'x' } } }),
    graphiql: false,
    logging: false,
    plugins: opts.shared === false ? [answerPlugin] : [answerPlugin, useSharedSerialization()],
  });
  const ask = async (accept = 'application/json') => {
    const res = await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query: '{ hello }' }) });
    return { status: res.status, type: res.headers.get('content-type'), length: res.headers.get('content-length'), body: await res.text() };
  };
  return { ask, serialised: () => serialised };
}

describe('useSharedSerialization', () => {
  it('serialises an answer once for every request that gets the same data, with the bytes Yoga would send', async () => {
    const h = harness({ shareData: true });
    const answers = await Promise.all(Array.from({ length: 10 }, () => h.ask()));
    expect(h.serialised()).toBe(1);
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.type).toBe('application/json; charset=utf-8');
      expect(JSON.parse(a.body)).toEqual({ data: { hello: 'world', list: Array.from({ length: 50 }, (_, i) => ({ i })) } });
      expect(a.body).toBe(answers[0]!.body);
    }
  });

  it('keeps the media type each client asked for', async () => {
    const h = harness({ shareData: true });
    const [json, graphqlJson] = await Promise.all([h.ask('application/json'), h.ask('application/graphql-response+json')]);
    expect(json.type).toBe('application/json; charset=utf-8');
    expect(graphqlJson.type).toBe('application/graphql-response+json; charset=utf-8');
    expect(graphqlJson.body).toBe(json.body);
    expect(h.serialised()).toBe(1);
  });

  it('serialises again when the same data comes with other extensions, and keeps each request’s own', async () => {
    const h = harness({ shareData: true, extensionsOf: (k) => ({ n: k }) });
    const a = await h.ask();
    const b = await h.ask();
    expect(JSON.parse(a.body).extensions).toEqual({ n: 0 });
    expect(JSON.parse(b.body).extensions).toEqual({ n: 1 });
    expect(h.serialised()).toBe(2);
  });

  it('serialises each answer of its own data for itself', async () => {
    const h = harness({ shareData: false });
    await Promise.all([h.ask(), h.ask(), h.ask()]);
    expect(h.serialised()).toBe(3);
  });

  it('leaves answers with errors to Yoga: each is serialised for its request', async () => {
    const h = harness({ shareData: true, errors: true });
    const [a, b] = [await h.ask(), await h.ask()];
    expect(JSON.parse(a.body).errors[0].message).toBe('failed 0');
    expect(JSON.parse(b.body).errors[0].message).toBe('failed 1');
    expect(h.serialised()).toBe(2);
  });

  it('sends a plain JSON answer as the same bytes object to every request, with its length', async () => {
    const bodies: unknown[] = [];
    const spy: Plugin = { onResponse: ({ response }) => void bodies.push((response as unknown as { bodyInit: unknown }).bodyInit) };
    const shared = { hello: 'wörld' };
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'x' } } }),
      logging: false,
      plugins: [{ onResultProcess: ({ setResult }) => setResult({ data: shared }) } as Plugin, useSharedSerialization(), spy],
    });
    const ask = () => yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ hello }"}' });
    const [a, b] = await Promise.all([ask(), ask()]);
    expect(await a.text()).toBe('{"data":{"hello":"wörld"}}');
    expect(await b.text()).toBe('{"data":{"hello":"wörld"}}');
    expect(bodies[0]).toBeInstanceOf(Uint8Array);
    expect(bodies[1]).toBe(bodies[0]);
  });

  it('answers every Accept header exactly as Yoga alone does: status, media type, length and body (property)', async () => {
    const plain = harness({ shareData: true, shared: false });
    const shared = harness({ shareData: true });
    const part = fc.constantFrom(
      'application/json',
      'application/graphql-response+json',
      'application/*',
      '*/*',
      'text/html',
      'text/event-stream',
      'multipart/mixed',
      'application/xml',
      '*/json',
    );
    const param = fc.constantFrom('', ';charset=utf-8', ';charset=latin1', ';q=0.5', '; charset=UTF-8');
    const header = fc.array(fc.tuple(part, param).map(([p, q]) => p + q), { minLength: 0, maxLength: 4 }).map((xs) => xs.join(', '));
    await fc.assert(
      fc.asyncProperty(header, async (accept) => {
        const [x, y] = [await plain.ask(accept), await shared.ask(accept)];
        expect(y).toEqual(x);
        const chosen = regularMediaType(new Request('http://yoga/graphql', { headers: { accept } }));
        if (x.status === 200 && x.type?.includes("json")) expect(x.type).toBe(`${chosen}; charset=utf-8`);
      }),
      { numRuns: 150 },
    );
  });
});
