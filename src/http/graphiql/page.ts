import { createHash } from 'node:crypto';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { compress, preferredEncoding, type Coding } from '../content-encoding.js';
import { ASSET_PREFIX, graphiqlAssets, renderOfflineGraphiQL } from './render.js';

/**
 * GraphiQL on GET /graphql for a browser (Accept: text/html), served by this plugin instead of Yoga's
 * so that it is cheap to load and free to reload:
 * - the ~9 MB of editor, styles and icon at immutable content-hashed URLs (`/graphiql/<hash>.js`, …;
 *   http/graphiql/render.ts), cached by the browser for a year: a reload does not ask for them again;
 * - the page itself (a few kB of options) rendered once per distinct options (the example tabs
 *   change only when their sample ids are first looked up), not per request (splicing the inlined
 *   ~9 MB page cost ~0.18 CPU-s per load), with an ETag and `Cache-Control: no-cache`: a reload
 *   revalidates it and gets a 304;
 * - everything compressed once per coding (br: the script 9 MB → ~1.9 MB; gzip → ~2.4 MB) when the
 *   browser asks.
 * With GraphiQL off (NODE_ENV=production), a browser gets a short page saying so and how to turn it
 * on, instead of an empty 406.
 */
export interface GraphiQLPageOptions {
  /** GRAPHIQL (config.auth.graphiql). */
  enabled: boolean;
  /** The page's options (http/graphiql/index.ts createGraphiQLOptions). */
  options: () => Promise<GraphiQLOptions>;
  /** @default '/graphql' */
  endpoint?: string;
  /** @default renderOfflineGraphiQL (tests count its calls) */
  render?: (options: GraphiQLOptions) => Promise<string>;
}

/** A body served with validators, compressed at most once per coding. */
interface Servable {
  type: string;
  etag: string;
  body: Buffer;
  coded: Partial<Record<Coding, Promise<Buffer>>>;
}

function servable(type: string, body: Buffer): Servable {
  // Weak: the same content under each content coding.
  return { type, body, etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`, coded: {} };
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

const OFF_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Switchboard: GraphiQL is off</title></head>
<body style="font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>GraphiQL is off on this gateway</h1>
<p>This is Switchboard's GraphQL endpoint. Its in-browser IDE, GraphiQL, is off here: <code>NODE_ENV=production</code>
turns it off (and introspection with it) unless the gateway runs with <code>GRAPHIQL=on</code>.</p>
<p>To use it, restart the gateway with <code>GRAPHIQL=on</code> (and <code>INTROSPECTION=on</code> for its docs pane and
autocompletion), or run GraphQL requests against this URL with POST (<code>application/json</code>).</p>
</body>
</html>
`;

function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  // Weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored.
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

export function useGraphiQLPage(opts: GraphiQLPageOptions): Plugin {
  const endpoint = opts.endpoint ?? '/graphql';
  let page: Promise<Servable> | undefined;
  let pageKey: string | undefined;
  let files: Promise<Map<string, Servable>> | undefined;

  const rendered = async (): Promise<Servable> => {
    const options = await opts.options();
    const key = JSON.stringify(options);
    if (page && pageKey === key) return page;
    pageKey = key;
    page = (opts.render ?? renderOfflineGraphiQL)(options).then((html) => servable('text/html; charset=utf-8', Buffer.from(html)));
    page.catch(() => (page = undefined));
    return page;
  };
  const assets = () =>
    (files ??= graphiqlAssets().then((a) => new Map([...a.files].map(([path, f]) => [path, servable(f.type, f.body)]))));

  const respond = async (request: Request, fetchAPI: { Response: typeof Response }, s: Servable, cacheControl: string): Promise<Response> => {
    const headers: Record<string, string> = { 'content-type': s.type, 'cache-control': cacheControl, etag: s.etag, vary: 'Accept-Encoding' };
    if (etagMatches(request.headers.get('if-none-match'), s.etag)) return new fetchAPI.Response(null, { status: 304, headers });
    const coding = preferredEncoding(request.headers.get('accept-encoding'));
    let body = s.body;
    if (coding) {
      body = await (s.coded[coding] ??= compress(s.body, coding, 'once'));
      headers['content-encoding'] = coding;
    }
    headers['content-length'] = String(body.byteLength);
    return new fetchAPI.Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  };

  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (opts.enabled && url.pathname.startsWith(ASSET_PREFIX)) {
        return assets().then(async (all) => {
          const asset = all.get(url.pathname);
          endResponse(asset ? await respond(request, fetchAPI, asset, IMMUTABLE) : new fetchAPI.Response('Not found\n', { status: 404 }));
        });
      }
      if (!(request.headers.get('accept') ?? '').includes('text/html')) return;
      // Exactly the door (README Security, one door): not /graphql/ or any URL merely ending with it.
      if (url.pathname !== endpoint) return;
      if (!opts.enabled) {
        return endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : OFF_PAGE, {
            status: 404,
            headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
          }),
        );
      }
      // HEAD (the dashboard asks whether GraphiQL is on): no need to render the page, or look up its samples.
      if (request.method === 'HEAD') return endResponse(new fetchAPI.Response(null, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' } }));
      return rendered().then(async (p) => endResponse(await respond(request, fetchAPI, p, 'no-cache')));
    },
  };
}
