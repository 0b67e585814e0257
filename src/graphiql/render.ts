import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL's page with every asset inlined (@graphql-yoga/render-graphiql: the editor, its styles,
 * the Monaco workers as blob URLs and the favicon), so the browser fetches nothing but /graphql.
 * Yoga's built-in renderer loads them from a CDN instead.
 *
 * The page is ~9 MB of assets around one JSON object of options. The assets are rendered once; each
 * request only splices in its options (the example tabs' periods move with the clock).
 * The package is imported on the first GraphiQL request, not at start: loading it costs ≈50 MB of
 * RSS, which a production gateway (GraphiQL off) never needs (issue 12).
 */
const MARKER = '__switchboard_graphiql_options__';

let template: { before: string; after: string } | undefined;

async function pageTemplate(title: string): Promise<{ before: string; after: string }> {
  if (!template) {
    const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
    const placeholder = { title, [MARKER]: true };
    const html = renderGraphiQL(placeholder as GraphiQLOptions);
    const json = JSON.stringify(placeholder);
    const at = html.lastIndexOf(json);
    if (at < 0) throw new Error('@graphql-yoga/render-graphiql changed its page: the options placeholder is gone');
    template = { before: html.slice(0, at), after: html.slice(at + json.length) };
  }
  return template;
}

/** JSON that is safe inside an inline <script>: no `</script>` or `<!--` can close it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * GraphiQL 5 fills the variables editor of the first tab from the `variables` option only, not from
 * `defaultTabs[0]` (the query comes from the tab, the variables stay empty until the tab is left and
 * re-entered). So on a first visit, with no tabs stored, the first tab's variables are passed as
 * `variables` too; with stored tabs that would add an extra tab, so then nothing is passed.
 */
const FIRST_TAB_VARIABLES =
  "(function(o){try{if(!localStorage.getItem('graphiql:tabState')&&o.defaultTabs&&o.defaultTabs[0])o.variables=o.defaultTabs[0].variables}catch(e){}return o})";

/** Yoga's `renderGraphiQL` option: the offline page for these options. */
export async function renderOfflineGraphiQL(options: GraphiQLOptions): Promise<string> {
  const { before, after } = await pageTemplate(options.title ?? 'GraphiQL');
  return `${before}${FIRST_TAB_VARIABLES}(${scriptJson(options)})${after}`;
}
