import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

/**
 * The issuer's key set (JWKS), fetched with a time limit and a failure mode decided in advance
 * (design.md §1: a dependency that hangs is treated like one that is down).
 *
 * jose's `createRemoteJWKSet` counts its refetch cooldown only from the last *successful* fetch, so
 * while the issuer answered 500, thirty tokens with unknown `kid`s made thirty fetches in a second,
 * and a hanging issuer cost every such request the whole fetch timeout, one after another. Here:
 * - at most one fetch per `cooldownMs`, counted from the last *attempt*, whatever its outcome;
 * - one fetch in flight at a time, shared by every request that needs it, cut at `timeoutMs`;
 * - a request that would need a fetch inside the cooldown fails at once (401) instead of waiting;
 * - keys already held stay in use when a refresh fails (an issuer outage does not log everyone out).
 * Picking the key out of the set (kid, alg, use) is jose's `createLocalJWKSet`.
 */
export interface JwksOptions {
  url: string;
  /** Least time between two fetch attempts. */
  cooldownMs: number;
  /** How long one fetch may take, headers and body. */
  timeoutMs: number;
  /** A key set older than this is fetched again on next use (when the cooldown allows). @default 600000 */
  maxAgeMs?: number;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** @default Date.now */
  now?: () => number;
}

export interface Jwks {
  /** jose's key-resolution hook for `jwtVerify`. */
  getKey: JWTVerifyGetKey;
  /** Fetch attempts so far (for tests and metrics). */
  readonly attempts: number;
}

export function createJwks(opts: JwksOptions): Jwks {
  const now = opts.now ?? Date.now;
  const maxAgeMs = opts.maxAgeMs ?? 600_000;
  const doFetch = opts.fetch ?? fetch;
  let local: JWTVerifyGetKey | undefined;
  let fetchedAt = -Infinity;
  let attemptedAt = -Infinity;
  let inFlight: Promise<void> | undefined;
  let attempts = 0;

  const load = async (): Promise<void> => {
    const res = await doFetch(opts.url, { headers: { accept: 'application/json' }, redirect: 'manual', signal: AbortSignal.timeout(opts.timeoutMs) });
    if (res.status !== 200) {
      await res.body?.cancel().catch(() => undefined);
      throw new errors.JOSEError(`JWKS answered HTTP ${res.status}`);
    }
    const set = (await res.json()) as JSONWebKeySet;
    if (!set || !Array.isArray(set.keys)) throw new errors.JWKSInvalid('JWKS is not a key set');
    local = createLocalJWKSet(set);
    fetchedAt = now();
  };

  /** Starts a fetch unless one is in flight or the cooldown forbids it; undefined when none may run. */
  const refresh = (): Promise<void> | undefined => {
    if (inFlight) return inFlight;
    if (now() - attemptedAt < opts.cooldownMs) return undefined;
    attemptedAt = now();
    attempts += 1;
    inFlight = load().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  const getKey: JWTVerifyGetKey = async (header, token) => {
    if (!local || now() - fetchedAt > maxAgeMs) {
      const pending = refresh();
      // A stale set is still good for the keys it holds when the refresh fails or may not run yet.
      if (pending) await pending.catch((err: unknown) => (local ? undefined : Promise.reject(err)));
      if (!local) throw new errors.JWKSNoMatchingKey('no key set: the last fetch failed, the next one waits for the cooldown');
    }
    try {
      return await local(header, token);
    } catch (err) {
      // An unknown kid may be a key rotated in since the last fetch: fetch again, once per cooldown.
      if (!(err instanceof errors.JWKSNoMatchingKey)) throw err;
      const pending = refresh();
      if (!pending) throw err;
      await pending;
      return local(header, token);
    }
  };

  return {
    getKey,
    get attempts() {
      return attempts;
    },
  };
}
