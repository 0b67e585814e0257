import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startSimulators, type Simulators } from '../../src/simulators/index.js';
import { bearer, testKey, writeApiKeysFile } from '../helpers/auth.js';
import { TENANT_TOKENS } from '../helpers/tenants.js';

/** The whole start path (config → backends per tenant → gateway → listen) with TENANTS_FILE. */

let sims: Simulators;
const env = { ACME_REPORTER: TENANT_TOKENS.acme.reporter, ACME_UIS: TENANT_TOKENS.acme.uis };

beforeAll(async () => {
  sims = await startSimulators({ seed: 7, tokens: TENANT_TOKENS.acme });
}, 30_000);
afterAll(async () => {
  await sims?.close();
});

function tenantsFile(ids: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'switchboard-tenants-')), 'tenants.json');
  const tenant = (id: string) => ({ id, reporter: { url: sims.urls.reporter, token: 'env:ACME_REPORTER' }, uis: { url: sims.urls.uis, token: 'env:ACME_UIS' } });
  writeFileSync(file, JSON.stringify({ tenants: ids.map(tenant) }));
  return file;
}

function logSink(): { lines: string[]; destination: Writable } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
}

const post = async (url: string, query: string, headers: Record<string, string> = {}) =>
  (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) })).json();

describe('startApp with TENANTS_FILE', () => {
  it('serves a single tenant to every caller with auth off: its backends LIVE, the others DISABLED, its IDs its own', async () => {
    const { lines, destination } = logSink();
    const app = await startApp(loadConfig({ ...env, PORT: '0', LOG_LEVEL: 'info', TENANTS_FILE: tenantsFile(['acme']) }), { logDestination: destination });
    try {
      expect(JSON.parse(lines[0]!).msg).toMatch(/^auth OFF: .*; backends: reporter=LIVE http:\/\/127\.0\.0\.1:\d+\/.*\[REDACTED\].*, uis=LIVE .*, leeloo=DISABLED/);
      expect(app.simulators).toBeUndefined();
      const body = await post(app.url, '{ sessionLabels { id } backends { name mode } leelooUsers(first: 1) { totalCount } }');
      expect(body.data.backends).toEqual([{ name: 'REPORTER', mode: 'LIVE' }, { name: 'UIS', mode: 'LIVE' }, { name: 'LEELOO', mode: 'DISABLED' }]);
      expect(Buffer.from(body.data.sessionLabels[0].id, 'base64').toString()).toMatch(/^acme\/SessionLabel:/);
      expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['BACKEND_NOT_CONFIGURED']);
      expect(lines.join('\n')).not.toContain(TENANT_TOKENS.acme.reporter);
    } finally {
      await app.close();
    }
  });

  it('names every tenant and its backends in the first log line and serves each key its tenant', async () => {
    const keys = writeApiKeysFile([
      { name: 'a', key: testKey('app-a'), scopes: ['read'], tenant: 'acme' },
      { name: 'b', key: testKey('app-b'), scopes: ['read'], tenant: 'beta' },
      { name: 'ops', key: testKey('app-ops'), scopes: ['metrics'], tenant: 'acme' },
    ]);
    const { lines, destination } = logSink();
    const app = await startApp(loadConfig({ ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', TENANTS_FILE: tenantsFile(['acme', 'beta']), API_KEYS_FILE: keys }), {
      logDestination: destination,
    });
    try {
      expect(JSON.parse(lines[0]!).msg).toMatch(/^auth ON: 3 API key\(s\); 2 tenants: acme \(reporter=LIVE .*\); beta \(reporter=LIVE .*\)$/);
      const [a, b] = await Promise.all(['app-a', 'app-b'].map((k) => post(app.url, '{ sessionLabels { id } }', bearer(testKey(k)))));
      expect(Buffer.from(a.data.sessionLabels[0].id, 'base64').toString()).toMatch(/^acme\//);
      expect(Buffer.from(b.data.sessionLabels[0].id, 'base64').toString()).toMatch(/^beta\//);
      const ready = await (await fetch(app.url.replace(/\/graphql$/, '/readiness'), { headers: bearer(testKey('app-ops')) })).json();
      expect(Object.keys(ready.tenants)).toEqual(['acme', 'beta']);
      expect(ready.tenants.beta.leeloo).toMatchObject({ mode: 'DISABLED', ready: true });
      // Without the `metrics` scope: ready or not, per tenant and backend, nothing else.
      const anyone = await (await fetch(app.url.replace(/\/graphql$/, '/readiness'))).json();
      expect(anyone.tenants.beta.leeloo).toEqual({ ready: true });
    } finally {
      await app.close();
    }
  });
});
