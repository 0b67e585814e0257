import type { Plugin } from 'graphql-yoga';
import type { Authenticator } from '../../auth/authenticate.js';
import type { Principal } from '../../auth/principal.js';
import { ErrorCode } from '../errors.js';

/** Paths that need a principal: the GraphQL endpoint and the metrics scrape. */
const PROTECTED = new Set(['/graphql', '/metrics']);

/**
 * Authentication, before anything else of the request runs: `Authorization: Bearer <API key or JWT>`
 * becomes a Principal, kept for the context (`principalOf`). A missing, malformed, expired or unknown
 * credential ends the request with 401, `WWW-Authenticate: Bearer` and a GraphQL error coded
 * UNAUTHENTICATED: nothing is parsed, validated or sent upstream. `/metrics` also needs the `metrics`
 * scope (403 without it). `/health` and GraphiQL's static page (served by Yoga before this plugin)
 * need none: they hold no data.
 *
 * List it before use-metrics: the prometheus plugin answers `/metrics` in its own onRequest.
 */
export function useAuth(auth: Authenticator, principals: WeakMap<Request, Principal>): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!auth.enabled || !PROTECTED.has(url.pathname) || request.method === 'OPTIONS') return;
      const result = await auth.authenticate(request.headers.get('authorization'));
      const refuse = (status: number, code: string, message: string, challenge?: string) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
            status,
            headers: { 'content-type': 'application/json; charset=utf-8', ...(challenge ? { 'www-authenticate': challenge } : {}) },
          }),
        );
      if (!result.ok && result.reason === 'unknown-tenant') {
        // Authenticated, but for a tenant this gateway does not serve: no backend could answer it.
        refuse(403, ErrorCode.UNKNOWN_TENANT, 'The credential names a tenant that is not configured here.', 'Bearer realm="switchboard", error="insufficient_scope"');
        return;
      }
      if (!result.ok) {
        // RFC 6750 §3: no error attribute when no credential was sent; invalid_token otherwise.
        const challenge = result.reason === 'missing' ? 'Bearer realm="switchboard"' : 'Bearer realm="switchboard", error="invalid_token"';
        const message =
          result.reason === 'missing' ? 'Authentication required: send Authorization: Bearer <API key or JWT>.'
          : result.reason === 'malformed' ? 'The Authorization header is not "Bearer <credential>".'
          : 'The credential is unknown, expired or not valid here.';
        refuse(401, ErrorCode.UNAUTHENTICATED, message, challenge);
        return;
      }
      if (url.pathname === '/metrics' && !result.principal.scopes.has('metrics')) {
        refuse(403, ErrorCode.FORBIDDEN, 'The /metrics endpoint needs the `metrics` scope.', 'Bearer realm="switchboard", error="insufficient_scope", scope="metrics"');
        return;
      }
      principals.set(request, result.principal);
    },
  };
}
