import type { Config } from '../config.js';
import { ApiKeyVerifier } from './api-keys.js';
import { ANONYMOUS_ALL_SCOPES, type Principal } from './principal.js';

export type AuthResult =
  | { ok: true; principal: Principal }
  | { ok: false; reason: 'missing' | 'malformed' | 'invalid' }
  /** A valid credential whose tenant is not configured here (a JWT's tenant claim; API keys are checked at start). */
  | { ok: false; reason: 'unknown-tenant' };

export interface Authenticator {
  /** False when neither API keys nor JWT are configured: every caller is ANONYMOUS_ALL_SCOPES. */
  readonly enabled: boolean;
  /** Turns an `Authorization` header into a principal. */
  authenticate(header: string | null): Promise<AuthResult>;
}

/** RFC 6750 §2.1: `Bearer` then one b64token. */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;
/** Three base64url segments: the shape of a JWS compact serialisation. */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** @param tenants the configured tenant ids: a principal of any other tenant is refused */
export function createAuthenticator(auth: Config['auth'], tenants: ReadonlySet<string>): Authenticator {
  if (!auth.enabled) {
    return { enabled: false, authenticate: async () => ({ ok: true, principal: ANONYMOUS_ALL_SCOPES }) };
  }
  const keys = new ApiKeyVerifier(auth.apiKeys);
  // jose (and the JWKS client) load with the first token, and only where JWTs are configured: a
  // deployment on API keys keeps ~0.7 MB of heap it never uses (bench/findings.md "Memory").
  const jwtOptions = auth.jwt;
  let verifier: Promise<(token: string) => Promise<Principal | undefined>> | undefined;
  const jwt = jwtOptions
    ? async (token: string) => (await (verifier ??= import('./jwt.js').then((m) => m.createJwtVerifier(jwtOptions, auth.tenantClaim))))(token)
    : undefined;
  return {
    enabled: true,
    async authenticate(header) {
      if (header === null || header.trim() === '') return { ok: false, reason: 'missing' };
      const m = BEARER.exec(header);
      if (!m) return { ok: false, reason: 'malformed' };
      const credential = m[1];
      const principal = (jwt && JWT_SHAPE.test(credential) ? await jwt(credential) : undefined) ?? (keys.size > 0 ? keys.verify(credential) : undefined);
      if (!principal) return { ok: false, reason: 'invalid' };
      return tenants.has(principal.tenant) ? { ok: true, principal } : { ok: false, reason: 'unknown-tenant' };
    },
  };
}
