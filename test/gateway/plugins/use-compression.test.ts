import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferredEncoding } from '../../../src/http/content-encoding.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { rawRequest } from '../../helpers/raw-http.js';

const LARGE = '{ sessions(first: 100) { edges { node { id sessionId startTime client { displayName } labels { labelId name } } } } }';
const SMALL = '{ backends { name } }';

describe('compression of GraphQL responses', () => {
  let gw: TestGateway;
  let url: string;
  beforeAll(async () => {
    gw = await startTestGateway();
    url = `${await gw.listen()}/graphql`;
  });
  afterAll(() => gw?.close());

  const post = (query: string, headers: Record<string, string> = {}) =>
    rawRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers }, body: JSON.stringify({ query }) });

  it('compresses a large result in br or gzip as the client asks (with Vary: Accept-Encoding), and leaves it alone for a client that accepts neither', async () => {
    const [br, gz, plain] = await Promise.all([post(LARGE, { 'accept-encoding': 'gzip, br' }), post(LARGE, { 'accept-encoding': 'gzip' }), post(LARGE)]);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.byteLength).toBeGreaterThan(10_000);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(JSON.parse(plain.body.toString()));
    expect(br.body.byteLength).toBeLessThan(plain.body.byteLength / 2);
    expect(Number(br.headers['content-length'])).toBe(br.body.byteLength);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.body).toString())).toEqual(JSON.parse(plain.body.toString()));
  });

  it('sends a small result as it is', async () => {
    const small = await post(SMALL, { 'accept-encoding': 'gzip, br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.byteLength).toBeLessThan(1024);
    expect(JSON.parse(small.body.toString()).data.backends).toHaveLength(3);
  });

  it('never compresses an SSE stream', async () => {
    const res = await rawRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'accept-encoding': 'gzip, br' },
      body: JSON.stringify({ query: LARGE }),
    });
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    // Yoga marks SSE `Content-Encoding: none` (so proxies leave it too); the plugin keeps it.
    expect(res.headers['content-encoding']).toBe('none');
    expect(res.body.toString()).toContain('event: next');
  });
});

describe('preferredEncoding (Accept-Encoding)', () => {
  it('prefers br, then gzip, honours q=0 and *, and ignores what it cannot send', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip;q=0.1')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*, br;q=0')).toBe('gzip');
    expect(preferredEncoding('deflate, identity')).toBeUndefined();
    expect(preferredEncoding('')).toBeUndefined();
    expect(preferredEncoding(null)).toBeUndefined();
  });
});
