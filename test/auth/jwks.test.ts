import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createJwtVerifier } from '../../src/auth/jwt.js';
import { bearer } from '../helpers/auth.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { AUDIENCE, ISSUER, signingKey, signToken, startJwksServer, type JwksServer, type SigningKey } from '../helpers/jwks.js';
import { SignJWT } from 'jose';

/**
 * Finding 6 of issue 18: while the issuer answered 500, 30 tokens with unknown `kid`s caused 30 JWKS
 * fetches in a second (jose's cooldown counts only from the last success), and a hanging issuer cost
 * each such request 5 s. Now refetches are counted from the last attempt and share one fetch in
 * flight, cut at JWT_JWKS_TIMEOUT_MS.
 */
describe('JWKS fetches are bounded whatever the issuer does', () => {
  let jwks: JwksServer;
  let k1: SigningKey;
  // Long enough that the loops below never outlast it on a loaded machine.
  const COOLDOWN_MS = 2_000;
  const TIMEOUT_MS = 300;
  let verify: ReturnType<typeof createJwtVerifier>;
  beforeAll(async () => {
    k1 = await signingKey('k1');
    jwks = await startJwksServer([k1]);
  });
  afterAll(() => jwks.close());
  beforeEach(async () => {
    jwks.mode = 'ok';
    verify = createJwtVerifier({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE, cooldownMs: COOLDOWN_MS, timeoutMs: TIMEOUT_MS });
    // The first token loads the key set.
    expect(await verify(await signToken(k1))).toMatchObject({ name: 'svc-frontend' });
    jwks.fetches = 0;
    await sleep(COOLDOWN_MS + 50);
  });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  const strangers = async (n: number) => Promise.all(Array.from({ length: n }, async (_, i) => signToken(await signingKey(`unknown-${i}`))));

  it('fetches at most once per cooldown for 30 unknown kids while the issuer answers 500, and keeps accepting known keys', async () => {
    jwks.mode = 'error';
    const tokens = await strangers(30);
    const results = await Promise.all(tokens.map((t) => verify(t)));
    expect(results.every((r) => r === undefined)).toBe(true);
    for (const t of tokens) expect(await verify(t)).toBeUndefined();
    expect(jwks.fetches).toBe(1);
    expect(await verify(await signToken(k1))).toMatchObject({ name: 'svc-frontend' });
    // The next cooldown allows the next attempt, and only one.
    await sleep(COOLDOWN_MS + 50);
    await Promise.all(tokens.map((t) => verify(t)));
    expect(jwks.fetches).toBe(2);
  });

  it('shares one fetch while the issuer hangs, and fails every request within the fetch timeout', async () => {
    jwks.mode = 'hang';
    const tokens = await strangers(30);
    const started = Date.now();
    const results = await Promise.all(tokens.map((t) => verify(t)));
    // One shared fetch cut at 300 ms; the bound is generous for a loaded 2-core machine.
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1500);
    expect(results.every((r) => r === undefined)).toBe(true);
    // Later ones, inside the cooldown, do not wait at all.
    const again = Date.now();
    for (const t of tokens.slice(0, 5)) expect(await verify(t)).toBeUndefined();
    expect(Date.now() - again).toBeLessThan(1000);
    expect(jwks.fetches).toBe(1);
  });

  it('picks up a key rotated in once the cooldown allows another fetch', async () => {
    const quick = createJwtVerifier({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE, cooldownMs: 0, timeoutMs: TIMEOUT_MS });
    const k2 = await signingKey('k2');
    expect(await quick(await signToken(k2))).toBeUndefined();
    jwks.keys = [k1, k2];
    expect(await quick(await signToken(k2))).toMatchObject({ name: 'svc-frontend' });
    jwks.keys = [k1];
  });
});

describe('a JWT without `exp`', () => {
  let jwks: JwksServer;
  let k1: SigningKey;
  beforeAll(async () => {
    k1 = await signingKey('k1');
    jwks = await startJwksServer([k1]);
  });
  afterAll(() => jwks.close());
  const sign = (iat: number | undefined) => {
    const jwt = new SignJWT({ scope: 'read' }).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setSubject('forever').setIssuer(ISSUER).setAudience(AUDIENCE);
    return (iat === undefined ? jwt : jwt.setIssuedAt(iat)).sign(k1.privateKey);
  };
  const now = () => Math.floor(Date.now() / 1000);

  it('is refused by default: it would never expire', async () => {
    const verify = createJwtVerifier({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE, cooldownMs: 0 });
    expect(await verify(await sign(now()))).toBeUndefined();
    expect(await verify(await signToken(k1))).toMatchObject({ name: 'svc-frontend' });
  });

  it('is accepted with JWT_MAX_AGE_S while its `iat` is that recent, and refused after or without `iat`', async () => {
    const verify = createJwtVerifier({ jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE, cooldownMs: 0, maxAgeS: 600 });
    expect(await verify(await sign(now() - 60))).toMatchObject({ name: 'forever' });
    expect(await verify(await sign(now() - 3600))).toBeUndefined();
    expect(await verify(await sign(undefined))).toBeUndefined();
    // The age limit holds for tokens with `exp` too.
    expect(await verify(await signToken(k1))).toMatchObject({ name: 'svc-frontend' });
  });
});

describe('the JWKS storm over HTTP', () => {
  let jwks: JwksServer;
  let gw: TestGateway;
  let origin: string;
  beforeAll(async () => {
    jwks = await startJwksServer([await signingKey('k1')]);
    gw = await startTestGateway({ env: { JWT_JWKS_URL: jwks.url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE, JWT_JWKS_TIMEOUT_MS: '300' } });
    origin = await gw.listen();
  });
  afterAll(async () => {
    await gw.close();
    await jwks.close();
  });

  it('answers 30 unknown-kid tokens with 401 after at most one JWKS fetch, whether the issuer fails or hangs', async () => {
    for (const mode of ['error', 'hang'] as const) {
      jwks.mode = mode;
      const before = jwks.fetches;
      const tokens = await Promise.all(Array.from({ length: 30 }, async (_, i) => signToken(await signingKey(`${mode}-${i}`))));
      const started = Date.now();
      const statuses = await Promise.all(
        tokens.map(async (t) => (await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(t) }, body: '{"query":"{ backends { name } }"}' })).status),
      );
      expect(statuses.every((s) => s === 401)).toBe(true);
      // One fetch cut at 300 ms (or none, inside the cooldown of the first mode's attempt); generous for 2 cores.
      expect(Date.now() - started).toBeLessThan(3000);
      expect(jwks.fetches - before).toBeLessThanOrEqual(1);
    }
  });
});
