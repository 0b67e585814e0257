import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createYoga, type GraphiQLOptions } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useGraphiQLPage } from '../../../src/http/graphiql/page.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { rawRequest } from '../../helpers/raw-http.js';

const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('GraphiQL page: loads compressed, reloads for headers only', () => {
  let gw: TestGateway;
  let url: string;
  beforeAll(async () => {
    gw = await startTestGateway();
    url = `${await gw.listen()}/graphql`;
  });
  afterAll(() => gw?.close());

  const assetsOf = (html: string) => [...html.matchAll(/(?:src|href)="(\/graphiql\/[0-9a-f]{20}\.(?:js|css|ico))"/g)].map((m) => m[1]);

  it('a first load: a page of a few kB and three immutable assets, in br a quarter of the 9 MB', async () => {
    const res = await rawRequest(url, { headers: { ...BROWSER, 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers.etag).toMatch(/^W\/"[\w-]{27}"$/);
    const html = brotliDecompressSync(res.body).toString();
    expect(html).toContain('SessionsWithClientsAndLabels(');
    expect(html.length).toBeLessThan(100_000);
    const assets = assetsOf(html);
    expect(assets.map((a) => a.split('.').pop()).sort()).toEqual(['css', 'ico', 'js']);
    let wire = res.body.byteLength;
    let decoded = html.length;
    for (const path of assets) {
      const asset = await rawRequest(new URL(path, url).toString(), { headers: { 'accept-encoding': 'gzip, br' } });
      expect(asset.status).toBe(200);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Number(asset.headers['content-length'])).toBe(asset.body.byteLength);
      wire += asset.body.byteLength;
      decoded += asset.headers['content-encoding'] === 'br' ? brotliDecompressSync(asset.body).byteLength : asset.body.byteLength;
    }
    expect(decoded).toBeGreaterThan(8_000_000);
    expect(wire).toBeLessThan(decoded / 4);
  });

  it('gzip for a browser without br; as it is for one that accepts no coding; one ETag for all', async () => {
    const html = (await rawRequest(url, { headers: BROWSER })).body.toString();
    const js = new URL(assetsOf(html).find((a) => a.endsWith('.js'))!, url).toString();
    const [gz, plain, br] = await Promise.all([
      rawRequest(js, { headers: { 'accept-encoding': 'gzip' } }),
      rawRequest(js),
      rawRequest(js, { headers: { 'accept-encoding': 'br;q=0, gzip;q=0.5' } }),
    ]);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(gz.body.byteLength).toBeLessThan(plain.body.byteLength / 3);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers['content-encoding']).toBe('gzip');
    expect(new Set([gz.headers.etag, plain.headers.etag, br.headers.etag]).size).toBe(1);
    expect((await rawRequest(new URL('/graphiql/0000000000000000000a.js', url).toString())).status).toBe(404);
  });

  it('a reload with If-None-Match costs headers only: 304 and no body', async () => {
    const first = await rawRequest(url, { headers: { ...BROWSER, 'accept-encoding': 'gzip, br' } });
    const reload = await rawRequest(url, { headers: { ...BROWSER, 'accept-encoding': 'gzip, br', 'if-none-match': String(first.headers.etag) } });
    expect(reload.status).toBe(304);
    expect(reload.body.byteLength).toBe(0);
    expect(reload.headers.etag).toBe(first.headers.etag);
    const stale = await rawRequest(url, { headers: { ...BROWSER, 'if-none-match': 'W/"something-else"' } });
    expect(stale.status).toBe(200);
  });
});

describe('GraphiQL page rendering', () => {
  it('renders the page once for the same options, not per request (and not for HEAD)', async () => {
    let renders = 0;
    const options = async (): Promise<GraphiQLOptions> => ({ title: 'Switchboard', defaultTabs: [{ query: '{ backends { name } }' }] });
    const render = async (o: GraphiQLOptions) => (renders++, `<html>${JSON.stringify(o)}</html>`);
    const yoga = createYoga({ schema: (await import('../../../src/schema/index.js')).schema, graphiql: false, plugins: [useGraphiQLPage({ enabled: true, options, render })] });
    // HEAD (the dashboard asking whether GraphiQL is on) renders nothing.
    expect((await yoga.fetch('http://gw.test/graphql', { method: 'HEAD', headers: BROWSER })).status).toBe(200);
    expect(renders).toBe(0);
    for (let i = 0; i < 5; i++) expect((await yoga.fetch('http://gw.test/graphql', { headers: BROWSER })).status).toBe(200);
    expect(renders).toBe(1);
  });

  it('with GraphiQL off, a browser gets a short page saying so and how to turn it on', async () => {
    const gw = await startTestGateway({ env: { NODE_ENV: 'production' } });
    try {
      const res = await gw.yoga.fetch('http://gw.test/graphql', { headers: BROWSER });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await res.text();
      expect(html).toContain('GraphiQL is off on this gateway');
      expect(html).toContain('GRAPHIQL=on');
      expect(html.length).toBeLessThan(2_000);
      // A GraphQL GET from a program (no text/html) still runs.
      const api = await gw.yoga.fetch('http://gw.test/graphql?query=%7B__typename%7D', { headers: { accept: 'application/json' } });
      expect(await api.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await gw.close();
    }
  });
});
