import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryRateLimitStore } from '../../src/shared/rate-limit-store.js';
import { isServedPath } from '../../src/gateway/plugins/use-one-door.js';
import { createSharedState } from '../../src/shared/state.js';
import { createLogger } from '../../src/observability/logger.js';
import { Redactor } from '../../src/upstream/redact.js';
import { bearer, testKey, writeApiKeysFile } from '../helpers/auth.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/**
 * Finding 1 of issue 18: Yoga served GraphQL on any URL ending with `/graphql` (`/graphql/`,
 * `//graphql`, `/foo/graphql`, `/x?/graphql`), where authentication, the rate limit and the cache's
 * rules did not apply. The property: over path variants × GET/POST × with/without a credential ×
 * Accept, only the pathname `/graphql` ever runs a document; every other path answers 404 with no
 * data, no upstream request, no rate-limit count and no cache look-up.
 */
const KEY = testKey('door-reader');
const DOCUMENT = '{ __schema { types { name } } sessions(first: 1) { totalCount } }';

/** Sends the path exactly as written (fetch would normalise it). */
function raw(origin: string, path: string, opts: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string }): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method: opts.method, headers: opts.headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += String(c)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const prefixes = fc.constantFrom('', '/', '//', '/foo', '/x?', '/api/v1', '/x;', '/%2F', '/dashboard/..', '/./', '/graphql', '/GRAPHQL', '/graphql/..');
const words = fc.constantFrom('graphql', 'GRAPHQL', 'GraphQL', '%67raphql', 'graphq%6C', '%67%72%61%70%68%71%6c', 'graphql%00', 'graphql%20', 'graphql.json', 'graphiql', 'graphql%2F', 'graph%71l', '', 'x');
const suffixes = fc.constantFrom('', '/', ';x', '%2F', '/x', '?', '?/graphql', '/.', '/..', '%3B', '.', '//', '/graphql', '?a=/graphql/');

describe('GraphQL is served on exactly one door', () => {
  let gw: TestGateway;
  let origin: string;
  let etag: string;
  const rateHits: string[] = [];
  let cacheGets = 0;
  beforeAll(async () => {
    const rateLimitStore = new (class extends MemoryRateLimitStore {
      override hit(key: string, windowMs: number) {
        rateHits.push(key);
        return super.hit(key, windowMs);
      }
    })();
    const shared = createSharedState({ logger: createLogger({ level: 'silent', redactor: new Redactor() }) });
    const get = shared.responseCache.get.bind(shared.responseCache);
    shared.responseCache.get = (key) => {
      cacheGets += 1;
      return get(key);
    };
    gw = await startTestGateway({
      env: { API_KEYS_FILE: writeApiKeysFile([{ name: 'door-reader', key: KEY, scopes: ['read'] }]), RATE_LIMIT_PER_MINUTE: '100000', RESPONSE_CACHE: 'on' },
      gateway: { rateLimitStore, shared },
    });
    origin = await gw.listen();
    const first = await raw(origin, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(KEY) }, body: JSON.stringify({ query: '{ sessionLabels { name } }' }) });
    expect(first.status).toBe(200);
    const again = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(KEY) }, body: JSON.stringify({ query: '{ sessionLabels { name } }' }) });
    etag = again.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
  });
  afterAll(() => gw.close());

  it('answers 404 on every other path, for any method, credential and Accept, with nothing run, counted or looked up', async () => {
    let probes = 0;
    await fc.assert(
      fc.asyncProperty(prefixes, words, suffixes, fc.constantFrom('GET' as const, 'POST' as const), fc.boolean(), fc.constantFrom('application/json', 'text/html', 'application/graphql-response+json'), async (prefix, word, suffix, method, credential, accept) => {
        let path = `${prefix}/${word}${suffix}`.replace(/^(?!\/)/, '/');
        // As the server builds it (whatwg-node: origin + raw path, then the WHATWG parser).
        const pathname = new URL(`http://h${path}`).pathname;
        // The door itself (also after dot-segment normalisation) and the other plugins' own paths are not this property's.
        fc.pre(pathname !== '/graphql' && !isServedPath(pathname));
        probes += 1;
        if (method === 'GET') path += `${path.includes('?') ? '&' : '?'}query=${encodeURIComponent(DOCUMENT)}`;
        gw.sims.resetLogs();
        const hitsBefore = rateHits.length;
        const getsBefore = cacheGets;
        const headers: Record<string, string> = { accept, 'if-none-match': etag, ...(credential ? bearer(KEY) : {}), ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) };
        const res = await raw(origin, path, { method, headers, body: method === 'POST' ? JSON.stringify({ query: DOCUMENT }) : undefined });
        expect({ path, status: res.status, text: res.text }).toEqual({ path, status: 404, text: '' });
        expect(gw.sims.counts().total).toBe(0);
        expect(rateHits.length).toBe(hitsBefore);
        expect(cacheGets).toBe(getsBefore);
      }),
      { numRuns: 300 },
    );
    expect(probes).toBeGreaterThan(100);
  });

  it('still runs documents on /graphql itself: 200 with data with the credential, 401 without, 404 nowhere', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const path = method === 'GET' ? `/graphql?query=${encodeURIComponent('{ sessions(first: 1) { totalCount } }')}` : '/graphql';
      const body = method === 'POST' ? JSON.stringify({ query: '{ sessions(first: 1) { totalCount } }' }) : undefined;
      const headers = { accept: 'application/json', ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) };
      const ok = await raw(origin, path, { method, headers: { ...headers, ...bearer(KEY) }, body });
      expect(ok.status).toBe(200);
      expect(JSON.parse(ok.text).data.sessions.totalCount).toBeGreaterThan(0);
      const refused = await raw(origin, path, { method, headers, body });
      expect(refused.status).toBe(401);
    }
  });

  it('treats a path that normalises to /graphql (dot segments) as the door, behind authentication', async () => {
    for (const path of ['/foo/../graphql', '/./graphql', '/%2e/graphql']) {
      const res = await raw(origin, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: DOCUMENT }) });
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
    }
  });

  it('answers /health exactly, and only there', async () => {
    expect((await raw(origin, '/health', { method: 'GET', headers: {} })).status).toBe(200);
    for (const path of ['/foo/health', '/x?/health', '/health/', '/healthz', '//health']) {
      expect({ path, status: (await raw(origin, path, { method: 'GET', headers: {} })).status }).toEqual({ path, status: 404 });
    }
    // A GET operation whose query string ends with /health is still an operation.
    const op = await raw(origin, `/graphql?query=${encodeURIComponent('{ sessions(first: 1) { totalCount } }')}&x=/health`, { method: 'GET', headers: { accept: 'application/json', ...bearer(KEY) } });
    expect(JSON.parse(op.text).data.sessions.totalCount).toBeGreaterThan(0);
  });

  it('serves GraphiQL on /graphql only', async () => {
    const page = await raw(origin, '/graphql', { method: 'GET', headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html');
    for (const path of ['/graphql/', '/foo/graphql', '//graphql']) {
      expect({ path, status: (await raw(origin, path, { method: 'GET', headers: { accept: 'text/html' } })).status }).toEqual({ path, status: 404 });
    }
  });
});
