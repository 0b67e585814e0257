import type { Plugin } from 'graphql-yoga';

/**
 * One door: GraphQL is served on exactly `/graphql`, nowhere else (README "Security").
 *
 * Yoga matches its `graphqlEndpoint` loosely: its unhandled-route and GraphiQL plugins accept any
 * request whose URL *ends with* `/graphql` or `/graphql/` (graphql-yoga 5, `use-unhandled-route.js`),
 * so `/graphql/`, `//graphql`, `/foo/graphql` and `/x?/graphql` all executed documents, while
 * authentication, rate limits and the response cache's rules keyed on the exact `/graphql`. Its
 * health check likewise answers any URL ending with `/health`. Here, before any guard runs:
 *
 * - `/graphql` (the WHATWG-parsed pathname; a query string is allowed, it carries GET operations)
 *   is the door: every guard after this plugin sits on it;
 * - `/health` is answered here, exactly (Yoga's own health check is given an endpoint no URL can
 *   end with, see gateway.ts);
 * - the other paths a plugin answers (`/readiness`, `/metrics`, `/dashboard`, `/dashboard/…`, and
 *   the prefixes in `OTHER_PREFIXES`) pass on to that plugin, which checks its own exact path;
 * - everything else answers 404 with an empty body: nothing is parsed, authenticated, counted or
 *   looked up in the cache.
 *
 * And a second lock behind it: a request that reaches GraphQL parsing anywhere but `/graphql` (a
 * pass-through path no plugin answered, which Yoga would treat as GraphQL) is a 404 too.
 *
 * A plugin that answers a path of its own either sits before this one in gateway.ts's list (it
 * then answers before the door is consulted) or adds its path here.
 */
export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/health';

/** Exact paths another plugin answers (use-readiness, use-metrics after use-auth, use-dashboard's redirect). */
export const OTHER_PATHS: readonly string[] = ['/readiness', '/metrics', '/dashboard'];
/**
 * Path prefixes another plugin answers: the dashboard's static files; UIS notification hooks (issue 20);
 * GraphiQL's content-hashed assets (http/graphiql/page.ts: unknown names 404 there).
 */
export const OTHER_PREFIXES: readonly string[] = ['/dashboard/', '/hooks/', '/graphiql/'];

const notFound = (fetchAPI: { Response: typeof Response }) => new fetchAPI.Response(null, { status: 404, statusText: 'Not Found' });

/** Whether a pathname is one the gateway serves at all (the door, health, or a plugin's own path). */
export function isServedPath(pathname: string): boolean {
  return pathname === GRAPHQL_PATH || pathname === HEALTH_PATH || OTHER_PATHS.includes(pathname) || OTHER_PREFIXES.some((p) => pathname.startsWith(p));
}

export function useOneDoor(): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      const path = url.pathname;
      if (path === GRAPHQL_PATH) return;
      // Yoga's health check answers 200 with an empty body; so does this one, for GET and HEAD alike.
      if (path === HEALTH_PATH) return endResponse(new fetchAPI.Response(null, { status: 200 }));
      if (!isServedPath(path)) endResponse(notFound(fetchAPI));
    },
    onRequestParse({ request, url, endResponse, fetchAPI }) {
      if ((url ?? new URL(request.url)).pathname !== GRAPHQL_PATH) endResponse(notFound(fetchAPI));
    },
  };
}
