import type { IncomingMessage } from 'node:http';

/**
 * The request target and `Host` header as the gateway may use them, checked on the node request
 * before anything else sees it (the HTTP server's `request` and `upgrade` events; app.ts).
 *
 * The server adapter under Yoga (@whatwg-node/server) builds each request's URL as
 * `http://${Host}${target}` and answers anything that throws there with a 500 whose body is the
 * error's stack (file paths of the deployment), before any plugin, log line or error masking runs;
 * and the WebSocket upgrade parsed the target itself, where a throw ended the process. Both were
 * reachable by one unauthenticated request: an absolute-form target (`GET http://x/graphql`, which
 * RFC 9112 §3.2.2 says a server must accept) behind a `Host` with a port, or any `Host` that is not
 * an authority (`[::1`, `a b`, `x:99999`). A `Host` holding a path (`x/graphql?`) even moved the
 * parsed path, so the door was chosen by a header.
 *
 * So, here:
 * - an absolute-form target becomes the origin-form one (path and query) and its authority replaces
 *   `Host`, as the RFC says;
 * - any other target that does not start with `/` (`*`, `graphql`) is refused;
 * - a `Host` that is not an RFC 3986 authority (reg-name or IP literal, optional port ≤ 65535) is
 *   refused (RFC 9112 §3.2: "a server MUST respond with a 400 to … an invalid Host").
 *
 * @returns false when the request must be answered 400 and go no further
 */
export function acceptRequestTarget(req: IncomingMessage): boolean {
  const target = req.url ?? '';
  if (ABSOLUTE_FORM.test(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return false;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    req.url = url.pathname + url.search;
    req.headers.host = url.host;
  } else if (!target.startsWith('/')) {
    return false;
  }
  const host = req.headers.host;
  if (host !== undefined && !AUTHORITY.test(host)) return false;
  const port = /:(\d+)$/.exec(host ?? '')?.[1];
  if (port !== undefined && Number(port) > 65_535) return false;
  try {
    // What the adapter will build; it must parse, and the Host must not have moved the path.
    const built = new URL(`http://${host || 'localhost'}${req.url}`);
    return built.host !== '' && built.pathname === new URL(`http://localhost${req.url}`).pathname;
  } catch {
    return false;
  }
}

const ABSOLUTE_FORM = /^[a-z][a-z0-9+.-]*:\/\//i;
/** RFC 3986 §3.2.2–3.2.3: reg-name (unreserved, sub-delims, pct-encoded) or an IP literal, then an optional port. */
const AUTHORITY = /^(?:(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
