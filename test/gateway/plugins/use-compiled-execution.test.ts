import { describe, expect, it } from 'vitest';
import { createSchema, createYoga } from 'graphql-yoga';
import { useCompiledExecution } from '../../../src/gateway/plugins/use-compiled-execution.js';

/** A schema with the shapes that matter: a recursive input (like the UIS filter tree), @oneOf, a custom scalar. */
const schema = createSchema({
  typeDefs: /* GraphQL */ `
    directive @oneOf on INPUT_OBJECT
    scalar Day
    scalar JSON
    input Node { name: String, children: [Node!] }
    input Pick @oneOf { a: Int, b: Int }
    type Query {
      hello(day: Day): String
      names(tree: Node): [String!]!
      pick(p: Pick!): Int
    }
    type Subscription { ticks: Int! }
  `,
  resolvers: {
    Day: {
      parseValue: (v: unknown) => {
        if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new TypeError('not a day');
        return v;
      },
    },
    Query: {
      hello: (_: unknown, a: { day?: string }) => `hi ${a.day ?? 'today'}`,
      names: (_: unknown, a: { tree?: { name?: string; children?: unknown[] } }) => {
        const out: string[] = [];
        const walk = (n: { name?: string; children?: unknown[] }) => {
          if (n.name) out.push(n.name);
          for (const c of n.children ?? []) walk(c as never);
        };
        if (a.tree) walk(a.tree);
        return out;
      },
      pick: (_: unknown, a: { p: { a?: number; b?: number } }) => a.p.a ?? a.p.b,
    },
    Subscription: {
      ticks: {
        subscribe: async function* () {
          yield { ticks: 1 };
          yield { ticks: 2 };
        },
      },
    },
  },
});

function gateway(opaqueScalar?: string) {
  const seen: string[] = [];
  const yoga = createYoga({ schema, plugins: [useCompiledExecution({ opaqueScalar, observe: (e) => seen.push(e) })], maskedErrors: false });
  const run = async (query: string, variables?: Record<string, unknown>, operationName?: string) => {
    const res = await yoga.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables, operationName }) });
    return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  };
  return { run, seen };
}

describe('useCompiledExecution', () => {
  it('runs a plain query compiled and answers as graphql-js would', async () => {
    const { run, seen } = gateway();
    expect(await run('query($d: Day) { hello(day: $d) }', { d: '2026-12-01' })).toEqual({ data: { hello: 'hi 2026-12-01' } });
    expect(seen).toEqual(['compiled']);
  });

  it('compiles a document with a recursive input variable by passing it as the opaque scalar, coerced by graphql-js', async () => {
    const { run, seen } = gateway('JSON');
    const tree = { name: 'a', children: [{ name: 'b', children: [{ name: 'c' }] }] };
    expect(await run('query($t: Node, $d: Day) { names(tree: $t) hello(day: $d) }', { t: tree, d: '2026-12-01' })).toEqual({
      data: { names: ['a', 'b', 'c'], hello: 'hi 2026-12-01' },
    });
    const bad = await run('query($t: Node) { names(tree: $t) }', { t: { name: 'a', children: [{ nom: 'b' }] } });
    expect(bad.errors?.[0]?.message).toMatch(/^Variable "\$t" got invalid value .* at "t.children\[0\]"; Field "nom" is not defined by type "Node"/);
    // The refused one never reached an executor.
    expect(seen).toEqual(['compiled']);
  });

  it('runs a document with a recursive input variable on the standard executor without an opaque scalar (graphql-jit cannot compile it)', async () => {
    const { run, seen } = gateway();
    const tree = { name: 'a', children: [{ name: 'b', children: [{ name: 'c' }] }] };
    expect(await run('query($t: Node) { names(tree: $t) }', { t: tree })).toEqual({ data: { names: ['a', 'b', 'c'] } });
    expect(seen).toEqual(['standard']);
  });

  it('refuses variables with graphql-js’s own errors: scalar parse errors name the variable and @oneOf holds', async () => {
    const { run } = gateway();
    const bad = await run('query($d: Day) { hello(day: $d) }', { d: 'yesterday' });
    expect(bad.data).toBeUndefined();
    expect(bad.errors?.[0]?.message).toBe('Variable "$d" got invalid value "yesterday"; Expected type "Day". not a day');
    const two = await run('query($p: Pick!) { pick(p: $p) }', { p: { a: 1, b: 2 } });
    expect(two.errors?.[0]?.message).toMatch(/exactly one key/i);
    expect(await run('query($p: Pick!) { pick(p: $p) }', { p: { b: 2 } })).toEqual({ data: { pick: 2 } });
  });

  it('compiles a document once and reuses it', async () => {
    const { run, seen } = gateway();
    for (let i = 0; i < 3; i++) expect(await run('{ hello }')).toEqual({ data: { hello: 'hi today' } });
    expect(seen).toEqual(['compiled', 'compiled', 'compiled']);
  });

  it('runs each operation of a document with several by its name (on the standard executor: the JIT caches one per document)', async () => {
    const { run, seen } = gateway();
    const doc = 'query A { hello } query B($d: Day) { hello(day: $d) }';
    expect(await run(doc, undefined, 'A')).toEqual({ data: { hello: 'hi today' } });
    expect(await run(doc, { d: '2026-12-02' }, 'B')).toEqual({ data: { hello: 'hi 2026-12-02' } });
    expect(seen).toEqual(['standard', 'standard']);
  });

  it('leaves subscriptions to the standard executor', async () => {
    const { seen } = gateway();
    const yoga = createYoga({ schema, plugins: [useCompiledExecution({ observe: (e) => seen.push(e) })] });
    const res = await yoga.fetch('http://x/graphql?query=' + encodeURIComponent('subscription { ticks }'), { headers: { accept: 'text/event-stream' } });
    const text = await res.text();
    expect(text).toContain('{"data":{"ticks":1}}');
    expect(text).toContain('{"data":{"ticks":2}}');
    expect(seen).not.toContain('compiled');
  });
});
