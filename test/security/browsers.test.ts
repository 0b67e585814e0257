import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const CREATE = 'mutation { createSessionLabel(name: "csrf-probe") { __typename } }';

describe('CSRF: a cross-site page cannot make a browser run anything', () => {
  let gw: TestGateway;
  let origin: string;
  beforeAll(async () => {
    // Auth off: the case where a page could otherwise drive a gateway on the operator's machine.
    gw = await startTestGateway();
    origin = await gw.listen();
  });
  afterAll(() => gw.close());

  const writes = () => gw.sims.reporter.log.filter((r) => r.method !== 'GET').length;
  const labelsNamedProbe = async () =>
    ((await gw.execute('{ sessionLabels { name } }')).data.sessionLabels as { name: string }[]).filter((l) => l.name === 'csrf-probe').length;

  it('refuses an HTML form POST (application/x-www-form-urlencoded) running createSessionLabel: 403, no write', async () => {
    gw.sims.resetLogs();
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ query: CREATE }).toString(),
    });
    expect(res.status).toBe(403);
    expect(gw.sims.counts().total).toBe(0);
    expect(await labelsNamedProbe()).toBe(0);
  });

  it('refuses a multipart/form-data POST running createSessionLabel: 403, no write', async () => {
    gw.sims.resetLogs();
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: CREATE }));
    form.set('map', '{}');
    const res = await fetch(`${origin}/graphql`, { method: 'POST', body: form, headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(gw.sims.counts().total).toBe(0);
  });

  it('refuses a text/plain POST carrying a JSON body: 403, no write', async () => {
    gw.sims.resetLogs();
    const res = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: CREATE }) });
    expect(res.status).toBe(403);
    expect(writes()).toBe(0);
    expect(gw.sims.counts().total).toBe(0);
  });

  it('refuses a POST without a content type', async () => {
    gw.sims.resetLogs();
    const res = await fetch(`${origin}/graphql`, { method: 'POST', body: new Blob([JSON.stringify({ query: CREATE })]) });
    expect(res.status).toBe(403);
    expect(gw.sims.counts().total).toBe(0);
  });

  it('runs an application/json POST with no extra header (GraphiQL, the typed client)', async () => {
    gw.sims.resetLogs();
    const res = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: CREATE }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { createSessionLabel: { __typename: 'SessionLabelSuccess' } } });
    expect(writes()).toBe(1);
  });

  it('never runs a mutation over GET', async () => {
    gw.sims.resetLogs();
    const res = await fetch(`${origin}/graphql?query=${encodeURIComponent(CREATE)}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(405);
    expect(gw.sims.counts().total).toBe(0);
  });

  it('still answers a GET query', async () => {
    const res = await fetch(`${origin}/graphql?query=${encodeURIComponent('{ backends { name } }')}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
  });
});

describe('CORS', () => {
  it('gives no cross-origin access by default: no Access-Control-Allow-Origin for any origin, on answers and preflights', async () => {
    const gw = await startTestGateway();
    try {
      const origin = await gw.listen();
      const res = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://app.example.com' },
        body: JSON.stringify({ query: '{ backends { name } }' }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      const pre = await fetch(`${origin}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await gw.close();
    }
  });

  it('allows exactly the CORS_ORIGINS, without credentials, and nothing else', async () => {
    const gw = await startTestGateway({ env: { CORS_ORIGINS: 'https://app.example.com, http://localhost:5173' } });
    try {
      const origin = await gw.listen();
      const ask = (from: string) =>
        fetch(`${origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: from },
          body: JSON.stringify({ query: '{ backends { name } }' }),
        });
      const ok = await ask('https://app.example.com');
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
      expect(ok.headers.get('vary')).toMatch(/Origin/);
      expect((await ask('http://localhost:5173')).headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      for (const other of ['https://evil.example', 'https://app.example.com.evil.example', 'http://app.example.com', 'null']) {
        expect((await ask(other)).headers.get('access-control-allow-origin')).toBeNull();
      }
      const pre = await fetch(`${origin}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      expect(pre.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    } finally {
      await gw.close();
    }
  });

  it('refuses malformed CORS_ORIGINS entries at start', async () => {
    const { loadConfig } = await import('../../src/config.js');
    expect(() => loadConfig({ CORS_ORIGINS: '*, https://ok.example, https://x.example/path' })).toThrow(/CORS_ORIGINS entries must be origins[^\n]*"\*"[\s\S]*"https:\/\/x\.example\/path"/);
  });
});
