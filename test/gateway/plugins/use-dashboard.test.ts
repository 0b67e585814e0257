import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createYoga, createSchema } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useDashboard } from '../../../src/gateway/plugins/use-dashboard.js';
import { testKey, writeApiKeysFile } from '../../helpers/auth.js';
import { startTestGateway } from '../../helpers/gateway.js';

function builtDashboard(): string {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-dashboard-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="app"></div>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'index-abc.js.map'), '{"version":3,"sources":["app.tsx"]}');
  writeFileSync(join(dir, '..', 'secret.txt'), 'outside');
  return dir;
}

const schema = createSchema({ typeDefs: 'type Query { ok: Boolean }' });
const app = (dir: string) => createYoga({ schema, plugins: [useDashboard(dir)], logging: false });

describe('useDashboard', () => {
  const yoga = app(builtDashboard());
  const get = (path: string) => yoga.fetch(`http://gateway.test${path}`);

  it('serves index.html at /dashboard/ without caching it', async () => {
    const res = await get('/dashboard/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<div id="app">');
  });

  it('serves hashed assets with their type, cached for good', async () => {
    const res = await get('/dashboard/assets/index-abc.js');
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers client-side routes with index.html and redirects /dashboard to /dashboard/', async () => {
    expect(await (await get('/dashboard/calls')).text()).toContain('<div id="app">');
    const res = await get('/dashboard');
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('http://gateway.test/dashboard/');
  });

  it('serves source maps outside production and never in production', async () => {
    expect((await get('/dashboard/assets/index-abc.js.map')).status).toBe(200);
    const production = createYoga({ schema, plugins: [useDashboard(builtDashboard(), { sourceMaps: false })], logging: false });
    for (const path of ['/dashboard/assets/index-abc.js.map', '/dashboard/assets/INDEX-ABC.JS.MAP', '/dashboard/assets/missing.js.map']) {
      const res = await production.fetch(`http://gateway.test${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('sources');
    }
    expect((await production.fetch('http://gateway.test/dashboard/assets/index-abc.js')).status).toBe(200);
  });

  it('never reads outside the build folder', async () => {
    for (const path of ['/dashboard/../secret.txt', '/dashboard/%2e%2e/secret.txt', '/dashboard/..%2fsecret.txt']) {
      expect(await (await get(path)).text()).not.toContain('outside');
    }
  });

  it('says how to build it when there is no build, and leaves /graphql alone', async () => {
    const empty = app(mkdtempSync(join(tmpdir(), 'switchboard-no-dashboard-')));
    const res = await empty.fetch('http://gateway.test/dashboard/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('npm run dashboard:build');
    const gql = await empty.fetch('http://gateway.test/graphql?query=%7Bok%7D');
    expect(await gql.json()).toEqual({ data: { ok: null } });
  });

  it('is served without a credential by a gateway with auth on (the app asks for one), while /graphql still needs it', async () => {
    const gw = await startTestGateway({ env: { API_KEYS_FILE: writeApiKeysFile([{ name: 'ops', key: testKey('dashboard'), scopes: ['read'] }]) } });
    try {
      const page = await gw.yoga.fetch('http://gateway.test/dashboard/');
      expect([200, 404]).toContain(page.status); // 404 only while the dashboard is not built
      const gql = await gw.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(gql.status).toBe(401);
    } finally {
      await gw.close();
    }
  });
});
