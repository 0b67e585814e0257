import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecutionResult } from 'graphql';
import { closeTenantBackends, createTenantBackends, type TenantBackends } from '../../src/backends/registry.js';
import type { BackendConfig } from '../../src/backends/backend-config.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { ServiceName } from '../../src/gateway/errors.js';
import { createGateway, type Gateway } from '../../src/gateway/gateway.js';
import { createMetrics } from '../../src/observability/use-metrics.js';
import { startSimulators, type Simulators } from '../../src/simulators/index.js';
import { Redactor } from '../../src/upstream/redact.js';
import { bearer, testKey, writeApiKeysFile } from './auth.js';
import { captureLogger } from './logs.js';

/**
 * Two companies' tokens, each accepted only by that company's simulators. Random-looking past their
 * first characters, as real ones are: any 7 of them, in any case, count as a leak wherever they appear.
 */
export const TENANT_TOKENS = {
  acme: { reporter: 'tkacme:1f2e3d4c5b6a79880796a5b4c3d2e1f0a9b8c7d6', uis: 'uis-acme-Qw7Er4Ty1Ui8Op5As2Df9Gh6Jk3L', leeloo: 'll7acme0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9d0e1f2a3b4' },
  globex: { reporter: 'tkglobex:9a8b7c6d5e4f30211203f4e5d6c7b8a9f0e1d2c3', uis: 'uis-globex-Zx3Cv6Bn9Mm2Lk5Jh8Gf1Dd4Ss7', leeloo: 'll7globexf0e1d2c3b4a59687a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6' },
} as const;
export type TenantId = keyof typeof TENANT_TOKENS;
export const TENANT_IDS: TenantId[] = ['acme', 'globex'];

export interface TenantGateway {
  yoga: Gateway;
  config: Config;
  tenants: TenantBackends;
  /** Each tenant's own simulator set, with a different seed. */
  sims: Record<TenantId, Simulators>;
  /** Each tenant's API key (every scope). */
  keys: Record<TenantId, string>;
  logLines: string[];
  execute(as: TenantId, query: string, variables?: Record<string, unknown>): Promise<ExecutionResult<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** POST with an explicit Authorization value (JWT tests). */
  post(authorization: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<Response>;
  /** Upstream requests every simulator of a tenant has received. */
  requests(tenant: TenantId): number;
  resetLogs(): void;
  close(): Promise<void>;
}

const SERVICES: ServiceName[] = ['reporter', 'uis', 'leeloo'];
const TOKEN_VARS: Record<ServiceName, string> = { reporter: 'REPORTER_TOKEN', uis: 'UIS_TOKEN', leeloo: 'LEELOO_TOKEN' };

/**
 * A gateway serving two tenants, `acme` (simulators seeded 7) and `globex` (seeded 11), through
 * TENANTS_FILE and API_KEYS_FILE exactly as a deployment configures them: tokens only in the
 * environment, one key per tenant.
 */
export async function startTenantGateway(env: Record<string, string> = {}): Promise<TenantGateway> {
  const [acme, globex] = await Promise.all([
    startSimulators({ seed: 7, size: 1, tokens: TENANT_TOKENS.acme }),
    startSimulators({ seed: 11, size: 1, tokens: TENANT_TOKENS.globex }),
  ]);
  const sims: Record<TenantId, Simulators> = { acme, globex };
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-tenants-'));
  const tokenEnv: Record<string, string> = {};
  const file = {
    tenants: TENANT_IDS.map((id) => ({
      id,
      ...Object.fromEntries(
        SERVICES.map((s) => {
          const name = `${id.toUpperCase()}_${TOKEN_VARS[s]}`;
          tokenEnv[name] = TENANT_TOKENS[id][s];
          return [s, { url: sims[id].urls[s], token: `env:${name}` }];
        }),
      ),
    })),
  };
  writeFileSync(join(dir, 'tenants.json'), JSON.stringify(file));
  const keys = { acme: testKey('tenant-acme'), globex: testKey('tenant-globex') };
  const keysFile = writeApiKeysFile(
    TENANT_IDS.map((id) => ({ name: `${id}-app`, key: keys[id], scopes: ['read', 'labels', 'block', 'experiments', 'reports', 'tags', 'metrics'], tenant: id })),
  );
  // BREAKER off as in test/helpers/gateway.ts: files inject failure after failure into one gateway.
  const config = loadConfig({ ...tokenEnv, TENANTS_FILE: join(dir, 'tenants.json'), API_KEYS_FILE: keysFile, UPSTREAM_TIMEOUT_MS: '2000', LOG_LEVEL: 'debug', BREAKER: 'off', ...env });
  const redactor = new Redactor(TENANT_IDS.flatMap((id) => Object.values(TENANT_TOKENS[id])));
  const { logger, lines } = captureLogger(redactor);
  const metrics = createMetrics();
  const tenants = createTenantBackends({ config, tenants: config.tenants, effective: (t) => t as Record<ServiceName, BackendConfig>, logger, redactor, observer: metrics.observer });
  const yoga = createGateway({ config, tenants, logger, metrics, redactor });
  const post = async (authorization: Record<string, string>, query: string, variables?: Record<string, unknown>) =>
    yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...authorization },
      body: JSON.stringify({ query, variables }),
    });
  return {
    yoga,
    config,
    tenants,
    sims,
    keys,
    logLines: lines,
    post,
    execute: async (as, query, variables) => (await (await post(bearer(keys[as]), query, variables)).json()) as ExecutionResult,
    requests: (tenant) => SERVICES.reduce((n, s) => n + sims[tenant][s].count(), 0),
    resetLogs: () => TENANT_IDS.forEach((id) => sims[id].resetLogs()),
    close: async () => {
      await closeTenantBackends(tenants);
      await Promise.all(TENANT_IDS.map((id) => sims[id].close()));
    },
  };
}

/** Every tenant token found in `text` (none may appear in a response or a log line). */
export function findTenantLeaks(text: string): string[] {
  return TENANT_IDS.flatMap((id) => Object.values(TENANT_TOKENS[id])).filter((t) => text.includes(t) || text.includes(encodeURIComponent(t)));
}
