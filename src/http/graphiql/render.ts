import { createHash } from 'node:crypto';
import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL served by the gateway alone (@graphql-yoga/render-graphiql: the editor, its styles, the
 * Monaco workers as blob URLs and the favicon), so the browser fetches nothing from another host;
 * Yoga's built-in renderer loads them from a CDN instead.
 *
 * The package renders one ~9 MB page with everything inlined. It is split once into three assets
 * under immutable, content-hashed URLs (`/graphiql/<hash>.js`, `.css`, `.ico`), cached by the browser
 * for a year, and a small page at /graphql holding the options. Inlined, a reload had to fetch the
 * 9 MB again: a browser drops its cached GET /graphql after every POST to /graphql (RFC 9111 §4.4,
 * every query GraphiQL runs), so only assets at other URLs stay cached.
 * The package is imported on the first GraphiQL request, not at start: loading it costs ≈50 MB of
 * RSS, which a production gateway (GraphiQL off) never needs (issue 12).
 */
export const ASSET_PREFIX = '/graphiql/';

export interface Asset {
  type: string;
  body: Buffer;
}

export interface GraphiQLAssets {
  /** Path → asset, e.g. `/graphiql/3f…a1.js`. */
  files: Map<string, Asset>;
  js: string;
  css: string;
  icon: string;
}

let assets: Promise<GraphiQLAssets> | undefined;

const hashed = (files: Map<string, Asset>, ext: string, type: string, body: Buffer): string => {
  const path = `${ASSET_PREFIX}${createHash('sha256').update(body).digest('hex').slice(0, 20)}.${ext}`;
  files.set(path, { type, body });
  return path;
};

/** The package's page taken apart once: its script, its styles and its icon. */
export function graphiqlAssets(): Promise<GraphiQLAssets> {
  return (assets ??= (async () => {
    const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
    const html = renderGraphiQL({ title: 'x' } as GraphiQLOptions);
    const icon = /<link rel="icon" href="data:([^;]+);base64,([^"]+)" \/>/.exec(html);
    const css = /<style>([\s\S]*?)<\/style>/.exec(html);
    const script = /<script>([\s\S]*)YogaGraphiQL\.renderYogaGraphiQL\(/.exec(html);
    if (!icon || !css || !script) throw new Error('@graphql-yoga/render-graphiql changed its page: cannot find its icon, styles or script');
    const files = new Map<string, Asset>();
    return {
      files,
      icon: hashed(files, 'ico', icon[1], Buffer.from(icon[2], 'base64')),
      css: hashed(files, 'css', 'text/css; charset=utf-8', Buffer.from(css[1])),
      js: hashed(files, 'js', 'text/javascript; charset=utf-8', Buffer.from(script[1])),
    };
  })());
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON that is safe inside an inline <script>: no `</script>` or `<!--` can close it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Runs in the page on the options before GraphiQL starts:
 * - the example tabs' periods are tokens (examples.ts `nowToken`), filled with the browser's clock,
 *   since the page is rendered once and served from a cache (http/graphiql/page.ts);
 * - first visit (no tabs stored): GraphiQL 5 fills the first tab's variables editor from the
 *   `variables` option only, not from `defaultTabs[0]`, so they are passed as `variables` too;
 * - the address keeps no `?query=` (see the end of the script), so a reload revalidates the cached
 *   page (304) instead of fetching it whole;
 * - a reload (tabs stored): GraphiQL looks for the stored tab whose query and variables equal the
 *   `query`/`variables` it is given, and adds a new tab when none does; given nothing, it matched
 *   nothing and added an empty `<untitled>` tab on every reload. So the tab that was active when the
 *   page was left (kept in sessionStorage at `pagehide`: GraphiQL 5 does not store a tab switch) is
 *   passed, and it is the active tab again. In a new browser tab (nothing in sessionStorage) the
 *   address's `?query=` decides: the stored tab holding it, or, for a shared link no tab holds, a tab
 *   of its own, as GraphiQL means it to be.
 */
const PAGE_SCRIPT = `(function (o) {
  try {
    var now = Date.now();
    var fill = function (text) {
      return typeof text === 'string' ? text.replace(/"__NOW(?:_MINUS_(\\d+)_DAYS)?__"/g, function (_, days) {
        return JSON.stringify(new Date(now - (days ? Number(days) : 0) * 86400000).toISOString());
      }) : text;
    };
    (o.defaultTabs || []).forEach(function (tab) { tab.variables = fill(tab.variables); });
    var ACTIVE = 'switchboard:graphiql:activeTab';
    addEventListener('pagehide', function () {
      var tabs = [].slice.call(document.querySelectorAll('.graphiql-tab'));
      var at = tabs.findIndex(function (t) { return t.classList.contains('graphiql-tab-active'); });
      if (at >= 0) sessionStorage.setItem(ACTIVE, String(at));
    });
    var stored = JSON.parse(localStorage.getItem('graphiql:tabState') || 'null');
    if (stored && stored.tabs && stored.tabs.length) {
      var asked = new URLSearchParams(location.search).get('query');
      var was = stored.tabs[Number(sessionStorage.getItem(ACTIVE))];
      var tab = was || (asked
        ? stored.tabs.filter(function (t) { return t.query === asked; })[0]
        : stored.tabs[stored.activeTabIndex]);
      if (tab) { o.query = tab.query || undefined; o.variables = tab.variables || undefined; }
      else if (asked) o.query = asked;
    } else if (o.defaultTabs && o.defaultTabs[0]) {
      o.variables = o.defaultTabs[0].variables;
      var link = new URLSearchParams(location.search).get('query');
      if (link) o.query = link;
    }
    // The address stays /graphql: Yoga's page would write each edit into ?query=, a new URL the
    // browser has no cached page for, so every reload after an edit fetched the whole page again.
    // Tabs live in localStorage; a link with ?query= still opens that query (read above).
    o.onEditQuery = function () {};
    if (location.search) history.replaceState(history.state, '', location.pathname + location.hash);
  } catch (e) {}
  return o;
})`;

/** The page for these options: a few kB around the assets' URLs. */
export async function renderOfflineGraphiQL(options: GraphiQLOptions): Promise<string> {
  const a = await graphiqlAssets();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
<link rel="icon" href="${a.icon}" />
<link rel="stylesheet" href="${a.css}" />
</head>
<body id="body" class="no-focus-outline">
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
<script src="${a.js}"></script>
<script>YogaGraphiQL.renderYogaGraphiQL(window.document.querySelector('#root'), ${PAGE_SCRIPT}(${scriptJson(options)}));</script>
</body>
</html>
`;
}
