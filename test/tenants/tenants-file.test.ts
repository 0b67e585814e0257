import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configuredSecrets, DEFAULT_URLS, loadConfig } from '../../src/config.js';
import { parseTenantsFile } from '../../src/tenants/tenants-file.js';
import { testKey, writeApiKeysFile } from '../helpers/auth.js';

const ENV = { ACME_REPORTER_TOKEN: 'acme-reporter-token-0001', ACME_UIS_TOKEN: 'acme-uis-token-0001', GLOBEX_LEELOO_TOKEN: 'globex-leeloo-token-01' };

function writeTenantsFile(doc: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'switchboard-tenants-')), 'tenants.json');
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return file;
}

const TWO_TENANTS = {
  tenants: [
    { id: 'acme', reporter: { url: 'https://reporter.acme.test/api/', token: 'env:ACME_REPORTER_TOKEN' }, uis: { token: 'env:ACME_UIS_TOKEN' } },
    { id: 'globex', leeloo: { url: 'https://leeloo.globex.test/api/v1', token: 'env:GLOBEX_LEELOO_TOKEN' } },
  ],
};

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('parseTenantsFile', () => {
  it('reads tokens from the environment variables the file names, and disables the backends a tenant leaves out', () => {
    const { tenants, problems } = parseTenantsFile(JSON.stringify(TWO_TENANTS), ENV, DEFAULT_URLS);
    expect(problems).toEqual([]);
    expect(tenants.map((t) => t.id)).toEqual(['acme', 'globex']);
    expect(tenants[0]!.reporter).toEqual({ name: 'reporter', mode: 'LIVE', url: 'https://reporter.acme.test/api', token: ENV.ACME_REPORTER_TOKEN });
    expect(tenants[0]!.uis).toEqual({ name: 'uis', mode: 'LIVE', url: DEFAULT_URLS.uis, token: ENV.ACME_UIS_TOKEN });
    expect(tenants[0]!.leeloo.mode).toBe('DISABLED');
    expect([tenants[1]!.reporter.mode, tenants[1]!.uis.mode, tenants[1]!.leeloo.mode]).toEqual(['DISABLED', 'DISABLED', 'LIVE']);
  });

  it('lists every problem at once and never echoes a token written into the file', () => {
    const doc = {
      tenants: [
        { id: 'Acme Corp', reporter: { token: 'literal-secret-token-123' } },
        { id: 'globex', uis: { token: 'env:MISSING_TOKEN' }, leeloo: { token: 'env:GLOBEX_LEELOO_TOKEN', url: 'ftp://x' }, extra: 1 },
        { id: 'globex' },
        { id: 'x'.repeat(33) },
      ],
    };
    const { tenants, problems } = parseTenantsFile(JSON.stringify(doc), ENV, DEFAULT_URLS);
    expect(tenants).toEqual([]);
    const text = problems.join('\n');
    expect(text).not.toContain('literal-secret-token-123');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/tenants\[0\]: "id" must be 1-32 lower-case/),
        expect.stringMatching(/reporter: "token" must be "env:NAME"/),
        expect.stringMatching(/tenant "globex" uis: environment variable MISSING_TOKEN .* is not set/),
        expect.stringMatching(/tenant "globex" leeloo: "url" must be an http\(s\) URL/),
        expect.stringMatching(/tenant "globex": unknown property "extra"/),
        expect.stringMatching(/tenants\[2\]: duplicate id "globex"/),
        expect.stringMatching(/tenants\[3\]: "id" must be/),
      ]),
    );
  });

  it('refuses a file that is not JSON or has no tenants', () => {
    expect(parseTenantsFile('{', ENV, DEFAULT_URLS).problems[0]).toMatch(/not valid JSON/);
    expect(parseTenantsFile('{"tenants":[]}', ENV, DEFAULT_URLS).problems[0]).toMatch(/non-empty "tenants" array/);
  });
});

describe('loadConfig with tenants', () => {
  it('makes the environment’s backends the single tenant `default` without TENANTS_FILE', () => {
    const config = loadConfig({ UIS_ACCESS_TOKEN: 'tok-123' });
    expect(config.tenants).toHaveLength(1);
    expect(config.tenants[0]).toMatchObject({ id: 'default', uis: { mode: 'LIVE', token: 'tok-123' }, reporter: { mode: 'SIMULATED' } });
    expect(config.auth.tenantClaim).toBe('tenant');
  });

  it('serves the file’s tenants to API keys that name them, and knows every tenant’s token for redaction', () => {
    const keys = writeApiKeysFile([
      { name: 'acme-app', key: testKey('a'), scopes: ['read'], tenant: 'acme' },
      { name: 'globex-app', key: testKey('g'), scopes: ['read'], tenant: 'globex' },
    ]);
    const config = loadConfig({ ...ENV, TENANTS_FILE: writeTenantsFile(TWO_TENANTS), API_KEYS_FILE: keys, TENANT_CLAIM: 'https://example.com/tenant' });
    expect(config.tenants.map((t) => t.id)).toEqual(['acme', 'globex']);
    expect(config.auth.tenantClaim).toBe('https://example.com/tenant');
    expect(configuredSecrets(config)).toEqual(expect.arrayContaining(Object.values(ENV)));
  });

  it('refuses a key whose tenant is not configured, and several tenants without authentication', () => {
    const keys = writeApiKeysFile([{ name: 'stray', key: testKey('s'), scopes: ['read'], tenant: 'initech' }]);
    expect(problemsOf(() => loadConfig({ ...ENV, TENANTS_FILE: writeTenantsFile(TWO_TENANTS), API_KEYS_FILE: keys }))).toEqual([
      expect.stringMatching(/key "stray": tenant "initech" is not configured \(TENANTS_FILE lists acme, globex\)/),
    ]);
    expect(problemsOf(() => loadConfig({ API_KEYS_FILE: keys }))).toEqual([expect.stringMatching(/only default/)]);
    expect(problemsOf(() => loadConfig({ ...ENV, TENANTS_FILE: writeTenantsFile(TWO_TENANTS) }))).toEqual([
      expect.stringMatching(/TENANTS_FILE lists 2 tenants but no authentication is configured/),
    ]);
  });

  it('accepts one tenant without authentication (every caller acts for it)', () => {
    const config = loadConfig({ ...ENV, TENANTS_FILE: writeTenantsFile({ tenants: [TWO_TENANTS.tenants[0]] }) });
    expect(config.tenants.map((t) => t.id)).toEqual(['acme']);
    expect(config.auth.enabled).toBe(false);
  });

  it('reports an unreadable TENANTS_FILE beside the other problems', () => {
    const problems = problemsOf(() => loadConfig({ TENANTS_FILE: '/nonexistent/tenants.json', PORT: 'x' }));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/TENANTS_FILE "\/nonexistent\/tenants.json" cannot be read \(ENOENT\)/), expect.stringMatching(/PORT/)]));
  });
});
