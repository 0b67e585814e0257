import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { isScope, type Principal, type Scope } from './principal.js';

export interface JwtOptions {
  /** Where the issuer publishes its signing keys (JWKS). */
  jwksUrl: string;
  issuer: string;
  audience: string;
  /**
   * Least time between two JWKS fetches caused by an unknown `kid` (jose's cooldown): a rotated-in
   * key is picked up on its first use after that; random kids cannot hammer the issuer.
   * @default 30000
   */
  cooldownMs: number;
}

/** Asymmetric algorithms only: a JWKS holds public keys; `none` and HMAC are never accepted. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/**
 * Verifies JWTs against the issuer's JWKS with jose: signature, `exp`/`nbf`, `iss` and `aud`.
 * The key set is fetched on first use, cached (10 minutes), and fetched again when a token names a
 * `kid` it does not hold (key rotation), at most once per cooldown.
 * Principal: `sub` is the name, the space-separated `scope` claim the scopes (unknown ones ignored),
 * the claim named `tenantClaim` (TENANT_CLAIM, default `tenant`) the tenant: `default` when the
 * claim is absent, and a value that is not a non-empty string is kept as is, so that it matches no
 * configured tenant and the caller is refused (never silently put into `default`).
 */
export function createJwtVerifier(opts: JwtOptions, tenantClaim = 'tenant'): (token: string) => Promise<Principal | undefined> {
  const jwks = createRemoteJWKSet(new URL(opts.jwksUrl), { cooldownDuration: opts.cooldownMs, cacheMaxAge: 600_000, timeoutDuration: 5_000 });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, { issuer: opts.issuer, audience: opts.audience, algorithms: ALGORITHMS, clockTolerance: 5 }));
    } catch {
      return undefined;
    }
    if (typeof payload.sub !== 'string' || payload.sub === '') return undefined;
    const claim = (payload as { scope?: unknown }).scope;
    const scopes = new Set<Scope>(typeof claim === 'string' ? claim.split(' ').filter(isScope) : []);
    const claimed = (payload as Record<string, unknown>)[tenantClaim];
    const tenant = claimed === undefined ? 'default' : typeof claimed === 'string' ? claimed : '';
    return { name: payload.sub, scopes, tenant, kind: 'jwt' };
  };
}
