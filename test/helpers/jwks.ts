import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

export async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } };
}

/** An issuer's JWKS endpoint on loopback; `keys` can change while it runs (rotation). */
export interface JwksServer {
  url: string;
  keys: SigningKey[];
  /** How many times the key set was fetched. */
  fetches: number;
  /** `ok`: the key set; `error`: HTTP 500; `hang`: headers never come (an issuer that hangs). */
  mode: 'ok' | 'error' | 'hang';
  close(): Promise<void>;
}

export async function startJwksServer(keys: SigningKey[]): Promise<JwksServer> {
  const state: JwksServer = { url: '', keys, fetches: 0, mode: 'ok', close: async () => {} };
  const server: Server = createServer((_req, res) => {
    state.fetches += 1;
    if (state.mode === 'hang') return;
    if (state.mode === 'error') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('issuer trouble');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: state.keys.map((k) => k.jwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return state;
}

export const ISSUER = 'https://issuer.test/';
export const AUDIENCE = 'switchboard';

/** Signs a token as the test issuer would; `claims` override the defaults (sub, scope, iss, aud, 5 min expiry). */
export async function signToken(
  key: SigningKey,
  claims: Record<string, unknown> = {},
  opts: { issuer?: string; audience?: string; expiresIn?: string | number } = {},
): Promise<string> {
  return new SignJWT({ scope: 'read', ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid })
    .setSubject((claims.sub as string | undefined) ?? 'svc-frontend')
    .setIssuer(opts.issuer ?? ISSUER)
    .setAudience(opts.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(opts.expiresIn ?? '5m')
    .sign(key.privateKey);
}
