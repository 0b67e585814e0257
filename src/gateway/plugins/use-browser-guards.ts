import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { CORSOptions, Plugin } from 'graphql-yoga';

/**
 * What a web page on another site can make a browser do with Switchboard.
 *
 * CORS: only the origins in CORS_ORIGINS get `Access-Control-Allow-Origin` (their own, exactly);
 * any other origin gets no CORS header at all, so the browser keeps the response from the page.
 * Credentials (cookies) are never allowed: callers authenticate with a Bearer header.
 */
export function corsFor(origins: readonly string[]): (request: Request) => CORSOptions {
  const allowed = new Set(origins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin,
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'accept', 'x-graphql-yoga-csrf'],
      maxAge: 600,
    };
  };
}

/** Responses differ by Origin when an allow-list is set: caches must key on it. */
export function useVaryOrigin(): Plugin {
  return {
    onResponse({ response }) {
      const vary = response.headers.get('vary');
      if (!vary?.toLowerCase().split(/\s*,\s*/).includes('origin')) response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
    },
  };
}

/**
 * CSRF: a page can send a "simple" cross-site POST (form-urlencoded, multipart, text/plain) without
 * a preflight, and the server would run it before the browser hides the answer. Such a POST must
 * carry `x-graphql-yoga-csrf` (which a page cannot add without a preflight), else 403 and nothing
 * runs. `application/json` POSTs (GraphiQL, the typed client) always preflight cross-site, so they
 * need no extra header. GET stays open for queries: Yoga never runs a mutation over GET.
 */
export function useCsrfPrevention(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }) as Plugin;
  return {
    onRequestParse(payload) {
      if (payload.request.method === 'GET') return;
      return csrf.onRequestParse?.(payload);
    },
  };
}
