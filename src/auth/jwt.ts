import { jwtVerify, type JWTPayload } from 'jose';
import { createJwks } from './jwks.js';
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
  /** JWT_JWKS_TIMEOUT_MS: how long one JWKS fetch may take. @default 2000 */
  timeoutMs?: number;
  /**
   * JWT_MAX_AGE_S: when set, every token needs `iat` and may be at most this old, and a token without
   * `exp` is accepted (it still expires by age). Unset: a token without `exp` is refused, since it
   * would never expire.
   */
  maxAgeS?: number;
}

/** Asymmetric algorithms only: a JWKS holds public keys; `none` and HMAC are never accepted. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/**
 * Verifies JWTs against the issuer's JWKS with jose: signature, `exp`/`nbf`, `iss` and `aud`; a token
 * without `exp` only with JWT_MAX_AGE_S (then by its `iat`). The key set (jwks.ts) is fetched on first
 * use, cached (10 minutes), and fetched again when a token names a `kid` it does not hold (key
 * rotation): at most once per cooldown counted from the last attempt, one fetch at a time, each cut
 * at its timeout.
 * Principal: `sub` is the name, the space-separated `scope` claim the scopes (unknown ones ignored),
 * the claim named `tenantClaim` (TENANT_CLAIM, default `tenant`) the tenant: `default` when the
 * claim is absent, and a value that is not a non-empty string is kept as is, so that it matches no
 * configured tenant and the caller is refused (never silently put into `default`).
 */
export function createJwtVerifier(opts: JwtOptions, tenantClaim = 'tenant'): (token: string) => Promise<Principal | undefined> {
  const jwks = createJwks({ url: opts.jwksUrl, cooldownMs: opts.cooldownMs, timeoutMs: opts.timeoutMs ?? 2_000 });
  const lifetime = opts.maxAgeS !== undefined ? { requiredClaims: ['iat'], maxTokenAge: opts.maxAgeS } : { requiredClaims: ['exp'] };
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks.getKey, { issuer: opts.issuer, audience: opts.audience, algorithms: ALGORITHMS, clockTolerance: 5, ...lifetime }));
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
