import type { Plugin } from 'graphql-yoga';
import type { Principal } from '../../auth/principal.js';
import { ErrorCode } from '../errors.js';
import type { RateLimitStore } from '../../shared/rate-limit-store.js';

const WINDOW_MS = 60_000;

/**
 * RATE_LIMIT_PER_MINUTE: each principal may send that many GraphQL requests per fixed minute;
 * the next ones get HTTP 429 with `Retry-After` (seconds until the window ends) and a GraphQL error
 * coded RATE_LIMITED, before anything is parsed or sent upstream. The count lives in a
 * RateLimitStore: memory in one process, Redis when replicas must share it (src/shared/).
 * With authentication off every caller is the one `anonymous` principal and shares one budget.
 *
 * List it after use-auth (which establishes the principal in its onRequest).
 */
export function useRateLimit(perMinute: number, store: RateLimitStore, principalOf: (request: Request) => Principal): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/graphql' || request.method === 'OPTIONS') return;
      // GraphiQL's page (a browser GET asking for HTML) is not an operation.
      if (request.method === 'GET' && !url.searchParams.has('query') && !url.searchParams.has('documentId')) return;
      const principal = principalOf(request);
      const { count, resetAt } = await store.hit(`rate:${principal.tenant}:${principal.name}`, WINDOW_MS);
      if (count <= perMinute) return;
      const retryAfter = Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [{ message: `Rate limit reached: ${perMinute} requests per minute (RATE_LIMIT_PER_MINUTE). Retry in ${retryAfter} s.`, extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: retryAfter } }],
          }),
          { status: 429, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfter) } },
        ),
      );
    },
  };
}
