import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer } from '../helpers/auth.js';
import { AUDIENCE, ISSUER, signingKey, signToken, startJwksServer, type JwksServer, type SigningKey } from '../helpers/jwks.js';
import { startTenantGateway, type TenantGateway } from '../helpers/tenants.js';

/** A JWT names its tenant in the claim TENANT_CLAIM names; a tenant not configured here is refused. */

const CLAIM = 'https://switchboard.example/tenant';
let gw: TenantGateway;
let jwks: JwksServer;
let key: SigningKey;

beforeAll(async () => {
  key = await signingKey('k1');
  jwks = await startJwksServer([key]);
  gw = await startTenantGateway({ JWT_JWKS_URL: jwks.url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE, TENANT_CLAIM: CLAIM });
}, 60_000);
afterAll(async () => {
  await gw?.close();
  await jwks?.close();
});
beforeEach(() => gw.resetLogs());

const QUERY = '{ sessionLabels { name } }';

describe('JWT tenants', () => {
  it('serves a token’s tenant, named in the TENANT_CLAIM claim, from that tenant’s backends', async () => {
    const res = await gw.post(bearer(await signToken(key, { [CLAIM]: 'globex' })), QUERY);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.sessionLabels.map((l: { name: string }) => l.name)).toEqual(gw.sims.globex.dataset.reporter.sessionLabels.map((l) => l.name));
    expect([gw.requests('globex'), gw.requests('acme')]).toEqual([1, 0]);
  });

  it('refuses a token of an unconfigured tenant, or without the claim, or with a non-string claim, with 403 UNKNOWN_TENANT and no upstream request', async () => {
    const tokens = [
      await signToken(key, { [CLAIM]: 'initech' }),
      await signToken(key, { tenant: 'acme' }), // the default claim name is not the configured one: no tenant, so `default`, which is not served
      await signToken(key, { [CLAIM]: ['acme'] }),
    ];
    for (const token of tokens) {
      const res = await gw.post(bearer(token), QUERY);
      expect(res.status).toBe(403);
      expect((await res.json()).errors[0].extensions.code).toBe('UNKNOWN_TENANT');
    }
    expect(gw.requests('acme') + gw.requests('globex')).toBe(0);
  });
});
