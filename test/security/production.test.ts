import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function post(origin: string, query: string): Promise<{ status: number; text: string; body: Body }> {
  const res = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as Body };
}

const graphiql = (origin: string) => fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });

describe('NODE_ENV=production', () => {
  let gw: TestGateway;
  let origin: string;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { NODE_ENV: 'production' } });
    origin = await gw.listen();
  });
  afterAll(() => gw.close());

  it('serves no GraphiQL: a browser gets a short page saying it is off, and no GraphiQL asset is served', async () => {
    const res = await graphiql(origin);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('GraphiQL is off');
    expect(html).not.toMatch(/renderYogaGraphiQL|<script/);
    expect((await fetch(`${origin}/graphiql/0123456789abcdef0123.js`)).status).toBe(404);
  });

  it('refuses introspection (__schema, __type) but keeps __typename', async () => {
    for (const q of ['{ __schema { types { name } } }', '{ __type(name: "Query") { fields { name } } }']) {
      const r = await post(origin, q);
      expect(r.body.data).toBeUndefined();
      expect(r.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.text).not.toContain('sessionLabels');
    }
    expect((await post(origin, '{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('gives no field suggestions', async () => {
    const r = await post(origin, '{ sessionLabel { name } sessions(first: 1) { totalCuont } }');
    expect(r.body.errors?.length).toBeGreaterThan(0);
    expect(r.text).not.toMatch(/Did you mean/i);
    expect(r.text).not.toContain('totalCount');
    expect(r.text).not.toContain('sessionLabels');
  });

  it('sends parse and validation errors without originalError or stack', async () => {
    for (const q of ['{ sessions(', '{ sessions(first: "x") { totalCount } }', 'query A { backends { name } } query A { backends { name } }', '{ calls(period: { from: 1 }) { totalCount } }']) {
      const r = await post(origin, q);
      expect(r.body.errors?.length, q).toBeGreaterThan(0);
      expect(r.text, q).not.toMatch(/originalError|"stack"|\bat [\w.<>]+ \(|node_modules|\.ts:\d+/);
    }
  });
});

describe('NODE_ENV=production with GRAPHIQL=on and INTROSPECTION=on', () => {
  it('serves GraphiQL and introspection again', async () => {
    const gw = await startTestGateway({ env: { NODE_ENV: 'production', GRAPHIQL: 'on', INTROSPECTION: 'on' } });
    try {
      const origin = await gw.listen();
      expect(await (await graphiql(origin)).text()).toMatch(/<html/i);
      expect((await post(origin, '{ __schema { queryType { name } } }')).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    } finally {
      await gw.close();
    }
  });
});

describe('development (no NODE_ENV)', () => {
  it('keeps GraphiQL, introspection and suggestions', async () => {
    const gw = await startTestGateway();
    try {
      const origin = await gw.listen();
      expect(await (await graphiql(origin)).text()).toMatch(/<html/i);
      expect((await post(origin, '{ __schema { queryType { name } } }')).body.errors).toBeUndefined();
      expect((await post(origin, '{ sessions(first: 1) { totalCuont } }')).body.errors?.[0].message).toMatch(/Did you mean "totalCount"/);
    } finally {
      await gw.close();
    }
  });
});
