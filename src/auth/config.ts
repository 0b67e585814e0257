import { readApiKeys, type ApiKey } from './api-keys.js';
import type { JwtOptions } from './jwt.js';

/**
 * The authentication and browser-facing part of the configuration (config.ts collects every
 * problem of every part into one start-up error; this part only adds its own to `problems`).
 */
export interface AuthConfig {
  /** True when API keys or JWT are configured; false: every caller has every scope. */
  enabled: boolean;
  /** From API_KEYS_FILE, validated; empty when unset. */
  apiKeys: readonly ApiKey[];
  /** JWT_JWKS_URL / JWT_ISSUER / JWT_AUDIENCE, when set. */
  jwt?: JwtOptions;
  /** TENANT_CLAIM: the JWT claim naming the caller's tenant. @default 'tenant' */
  tenantClaim: string;
  /** CORS_ORIGINS: exact origins allowed cross-origin; empty = none. */
  corsOrigins: readonly string[];
  /** PERSISTED_OPERATIONS: off, allow (hash or document), only (known hashes; `adhoc` principals may send documents). */
  persistedOperations: 'off' | 'allow' | 'only';
  /** TRUSTED_DOCUMENTS: frontends' manifests (client-preset form), added to the built-in one; checked at start (trusted/manifests.ts). */
  trustedDocuments: readonly string[];
  /** GraphiQL served on GET /graphql: on unless NODE_ENV=production (GRAPHIQL=on|off overrides). */
  graphiql: boolean;
  /** Introspection allowed: on unless NODE_ENV=production (INTROSPECTION=on|off overrides). */
  introspection: boolean;
  /** NODE_ENV=production: field suggestions blocked, error details stripped. */
  production: boolean;
}

/** AUTH, API_KEYS_FILE, JWT_* (JWKS URL, issuer, audience, cooldown, timeout, max age), TENANT_CLAIM, CORS_ORIGINS, PERSISTED_OPERATIONS, TRUSTED_DOCUMENTS, GRAPHIQL, INTROSPECTION, NODE_ENV. */
export function authConfig(
  read: (name: string) => string | undefined,
  url: (name: string, fallback: string) => string,
  int: (name: string, fallback: number, min: number, max: number) => number,
  problems: string[],
): AuthConfig {
  const choice = (name: string, values: string[], fallback: string): string => {
    const raw = (read(name) ?? fallback).toLowerCase();
    if (values.includes(raw)) return raw;
    problems.push(`${name} must be one of ${values.join(', ')} (got "${raw}")`);
    return fallback;
  };
  const switchAuth = choice('AUTH', ['auto', 'on', 'off'], 'auto');

  const keysFile = read('API_KEYS_FILE');
  let apiKeys: ApiKey[] = [];
  if (keysFile) {
    const parsed = readApiKeys(keysFile);
    problems.push(...parsed.problems);
    apiKeys = parsed.keys;
  }

  let jwt: JwtOptions | undefined;
  const jwksUrl = read('JWT_JWKS_URL');
  const issuer = read('JWT_ISSUER');
  const audience = read('JWT_AUDIENCE');
  const cooldownMs = int('JWT_JWKS_COOLDOWN_MS', 30_000, 0, 3_600_000);
  const timeoutMs = int('JWT_JWKS_TIMEOUT_MS', 2_000, 100, 60_000);
  const maxAge = read('JWT_MAX_AGE_S');
  const maxAgeS = maxAge === undefined || maxAge === '' ? undefined : int('JWT_MAX_AGE_S', 3600, 1, 31_536_000);
  if (jwksUrl) {
    if (!issuer) problems.push('JWT_ISSUER is required with JWT_JWKS_URL (tokens of any other issuer are refused)');
    if (!audience) problems.push('JWT_AUDIENCE is required with JWT_JWKS_URL (tokens meant for other services are refused)');
    jwt = { jwksUrl: url('JWT_JWKS_URL', jwksUrl), issuer: issuer ?? '', audience: audience ?? '', cooldownMs, timeoutMs, maxAgeS };
  } else if (issuer || audience) {
    problems.push('JWT_ISSUER / JWT_AUDIENCE need JWT_JWKS_URL');
  }

  const tenantClaim = read('TENANT_CLAIM') ?? 'tenant';
  if (!/^[\x21-\x7e]{1,200}$/.test(tenantClaim)) problems.push('TENANT_CLAIM must be a JWT claim name (printable, no spaces, at most 200 characters)');

  const enabled = !!keysFile || !!jwksUrl;
  if (switchAuth === 'off' && enabled) problems.push('AUTH=off contradicts API_KEYS_FILE / JWT_JWKS_URL: unset one or the other');
  if (switchAuth === 'on' && !enabled) problems.push('AUTH=on needs API_KEYS_FILE and/or JWT_JWKS_URL');

  const corsOrigins: string[] = [];
  for (const raw of (read('CORS_ORIGINS') ?? '').split(',').map((o) => o.trim()).filter(Boolean)) {
    let origin: string | undefined;
    try {
      const u = new URL(raw);
      if ((u.protocol === 'http:' || u.protocol === 'https:') && u.origin === raw.replace(/\/$/, '')) origin = u.origin;
    } catch {
      // reported below
    }
    if (origin) corsOrigins.push(origin);
    else problems.push(`CORS_ORIGINS entries must be origins like https://app.example.com (scheme, host, optional port; no path, no "*"): got "${raw}"`);
  }

  const persistedOperations = choice('PERSISTED_OPERATIONS', ['off', 'allow', 'only'], 'off') as AuthConfig['persistedOperations'];
  const trustedDocuments = (read('TRUSTED_DOCUMENTS') ?? '').split(',').map((f) => f.trim()).filter(Boolean);
  if (trustedDocuments.length && persistedOperations === 'off') {
    problems.push('TRUSTED_DOCUMENTS needs PERSISTED_OPERATIONS=allow or only (with off, documents are never sent by id)');
  }

  const production = (read('NODE_ENV') ?? '').toLowerCase() === 'production';
  const onOff = (name: string, fallback: boolean) => choice(name, ['on', 'off'], fallback ? 'on' : 'off') === 'on';
  return {
    enabled,
    apiKeys,
    jwt,
    tenantClaim,
    corsOrigins,
    persistedOperations,
    trustedDocuments,
    graphiql: onOff('GRAPHIQL', !production),
    introspection: onOff('INTROSPECTION', !production),
    production,
  };
}
