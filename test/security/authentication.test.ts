import { writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseApiKeys, sha256Hex } from '../../src/auth/api-keys.js';
import { startApp } from '../../src/app.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { bearer, testKey, writeApiKeysFile } from '../helpers/auth.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { AUDIENCE, ISSUER, signingKey, signToken, startJwksServer, type JwksServer, type SigningKey } from '../helpers/jwks.js';

const QUERY = '{ sessionLabels { name } }';
const KEYS = { reader: testKey('reader'), ops: testKey('ops'), metrics: testKey('metrics') };

async function post(origin: string, headers: Record<string, string> = {}, query = QUERY) {
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { res, body: (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

function expectUnauthenticated(r: Awaited<ReturnType<typeof post>>) {
  expect(r.res.status).toBe(401);
  expect(r.res.headers.get('www-authenticate')).toMatch(/^Bearer /);
  expect(r.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(r.body.data).toBeUndefined();
}

describe('API keys over HTTP', () => {
  let gw: TestGateway;
  let origin: string;
  beforeAll(async () => {
    const file = writeApiKeysFile([
      { name: 'reader', key: KEYS.reader, scopes: ['read'] },
      { name: 'ops', key: KEYS.ops, scopes: ['read', 'labels'] },
      { name: 'scraper', key: KEYS.metrics, scopes: ['metrics'] },
    ]);
    gw = await startTestGateway({ env: { API_KEYS_FILE: file } });
    origin = await gw.listen();
  });
  afterAll(() => gw.close());

  it('answers a known key with data', async () => {
    const r = await post(origin, bearer(KEYS.reader));
    expect(r.res.status).toBe(200);
    expect(Array.isArray((r.body.data as { sessionLabels: unknown[] }).sessionLabels)).toBe(true);
  });

  it.each([
    ['no Authorization header', {}],
    ['an empty header', { authorization: '' }],
    ['another scheme', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
    ['Bearer without a credential', { authorization: 'Bearer' }],
    ['two credentials', { authorization: `Bearer ${KEYS.reader} ${KEYS.ops}` }],
    ['an unknown key', bearer(testKey('nobody'))],
    ['the stored hash instead of the key', bearer(sha256Hex(KEYS.reader))],
    ['a key with one character changed', bearer(KEYS.reader.slice(0, -1) + (KEYS.reader.endsWith('0') ? '1' : '0'))],
  ])('refuses %s with 401 UNAUTHENTICATED and sends nothing upstream', async (_what, headers) => {
    gw.sims.resetLogs();
    expectUnauthenticated(await post(origin, headers as Record<string, string>));
    expect(gw.sims.counts().total).toBe(0);
  });

  it('refuses a mutation without a credential before anything is sent', async () => {
    gw.sims.resetLogs();
    expectUnauthenticated(await post(origin, {}, 'mutation { deleteCompletedReportTasks { __typename } }'));
    expect(gw.sims.counts().total).toBe(0);
  });

  it('says "invalid_token" only when a credential was sent (RFC 6750)', async () => {
    expect((await post(origin)).res.headers.get('www-authenticate')).not.toContain('error=');
    expect((await post(origin, bearer('wrong'))).res.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('guards /metrics: 401 without a credential, 403 without the metrics scope, 200 with it', async () => {
    const none = await fetch(`${origin}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer /);
    const noScope = await fetch(`${origin}/metrics`, { headers: bearer(KEYS.ops) });
    expect(noScope.status).toBe(403);
    expect(((await noScope.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('FORBIDDEN');
    const ok = await fetch(`${origin}/metrics`, { headers: bearer(KEYS.metrics) });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('switchboard_upstream_requests_total');
  });

  it('keeps /health open for load balancers', async () => {
    expect((await fetch(`${origin}/health`)).status).toBe(200);
  });
});

describe('API_KEYS_FILE validation', () => {
  it('lists every problem of the file in one message', () => {
    const good = sha256Hex('k1');
    const { problems } = parseApiKeys(
      JSON.stringify({
        keys: [
          { name: 'a', sha256: good, scopes: ['read'] },
          { sha256: sha256Hex('k2'), scopes: ['read'] },
          { name: 'b', sha256: 'xyz', scopes: ['read'] },
          { name: 'c', sha256: sha256Hex('k3'), scopes: ['read', 'admin'] },
          { name: 'a', sha256: sha256Hex('k4'), scopes: ['read'] },
          { name: 'd', sha256: good, scopes: ['labels'] },
        ],
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/keys\[1\].*"name" is missing/),
      expect.stringMatching(/keys\[2\].*"sha256" must be 64 hex digits/),
      expect.stringMatching(/keys\[3\].*unknown scope "admin"/),
      expect.stringMatching(/keys\[4\].*duplicate name "a"/),
      expect.stringMatching(/keys\[5\].*duplicate sha256/),
    ]);
  });

  it('stops the start with one ConfigError naming the file problems and the other bad variables', () => {
    const file = writeApiKeysFile([]);
    const bad = writeApiKeysFile([{ name: 'x', key: 'k', scopes: ['read'] }]);
    writeFileSync(bad, '{ "keys": [ { "name": "x", ');
    expect(() => loadConfig({ API_KEYS_FILE: file })).not.toThrow();
    let error: unknown;
    try {
      loadConfig({ API_KEYS_FILE: bad, PORT: 'eighty' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([expect.stringMatching(/API_KEYS_FILE is not valid JSON/), expect.stringContaining('PORT')]);
  });

  it('refuses a file that cannot be read', () => {
    expect(() => loadConfig({ API_KEYS_FILE: '/nonexistent/keys.json' })).toThrow(/API_KEYS_FILE "\/nonexistent\/keys.json" cannot be read \(ENOENT\)/);
  });
});

describe('JWT over HTTP (JWKS on loopback)', () => {
  let jwks: JwksServer;
  let k1: SigningKey;
  let gw: TestGateway;
  let origin: string;
  beforeAll(async () => {
    k1 = await signingKey('k1');
    jwks = await startJwksServer([k1]);
    gw = await startTestGateway({ env: { JWT_JWKS_URL: jwks.url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE, JWT_JWKS_COOLDOWN_MS: '0' } });
    origin = await gw.listen();
  });
  afterAll(async () => {
    await gw.close();
    await jwks.close();
  });

  it('answers a valid token with data', async () => {
    const r = await post(origin, bearer(await signToken(k1)));
    expect(r.res.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
  });

  it('refuses expired, wrong-issuer, wrong-audience, unknown-kid and subject-less tokens with 401 and no upstream request', async () => {
    const stranger = await signingKey('k-unknown');
    const tokens = [
      await signToken(k1, {}, { expiresIn: Math.floor(Date.now() / 1000) - 60 }),
      await signToken(k1, {}, { issuer: 'https://evil.test/' }),
      await signToken(k1, {}, { audience: 'another-service' }),
      await signToken(stranger),
      // Signed by a key the issuer does not publish, under a kid it does.
      await signToken({ ...stranger, kid: 'k1' }),
      (await signToken(k1)).replace(/\.[^.]+$/, '.AAAA'),
    ];
    for (const token of tokens) {
      gw.sims.resetLogs();
      expectUnauthenticated(await post(origin, bearer(token)));
      expect(gw.sims.counts().total).toBe(0);
    }
  });

  it('accepts a key rotated in later: an unknown kid makes it fetch the key set again', async () => {
    const k2 = await signingKey('k2');
    const token = await signToken(k2);
    expectUnauthenticated(await post(origin, bearer(token)));
    jwks.keys = [k1, k2];
    const r = await post(origin, bearer(token));
    expect(r.res.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
  });

  it('takes the scopes from the space-separated scope claim', async () => {
    const noRead = await post(origin, bearer(await signToken(k1, { scope: 'labels metrics' })));
    expect(noRead.res.status).toBe(200);
    const metrics = await fetch(`${origin}/metrics`, { headers: bearer(await signToken(k1, { scope: 'read metrics' })) });
    expect(metrics.status).toBe(200);
    const noMetrics = await fetch(`${origin}/metrics`, { headers: bearer(await signToken(k1, { scope: 'read' })) });
    expect(noMetrics.status).toBe(403);
  });
});

describe('auth off', () => {
  it('defaults HOST to loopback when neither API keys nor JWT are configured', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({}).auth.enabled).toBe(false);
    expect(loadConfig({ API_KEYS_FILE: writeApiKeysFile([]) }).host).toBe('0.0.0.0');
  });

  it('refuses a non-loopback HOST without authentication unless AUTH=off says so', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST=0\.0\.0\.0 is not a loopback address and no authentication is configured/);
    expect(loadConfig({ HOST: '0.0.0.0', AUTH: 'off' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
    expect(() => loadConfig({ AUTH: 'on' })).toThrow(/AUTH=on needs API_KEYS_FILE/);
  });

  it('says so in the first log line and serves every caller', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'info', SIMULATOR_LIVE_RATE: '0' }), { logDestination: destination });
    try {
      expect(JSON.parse(lines[0]).msg).toMatch(/^auth OFF: every caller has every scope/);
      const r = await post(app.url.replace(/\/graphql$/, ''));
      expect(r.res.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
