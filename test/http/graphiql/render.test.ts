import { describe, expect, it } from 'vitest';
import { renderOfflineGraphiQL } from '../../../src/http/graphiql/render.js';
import { startTestGateway } from '../../helpers/gateway.js';

/** Tags that would make the browser fetch something: scripts, stylesheets, icons by URL. */
const EXTERNAL_ASSET = /<(script|link|img)\b[^>]*\b(src|href)=["']?(https?:)?\/\//i;

describe('offline GraphiQL page', () => {
  it('loads no script, stylesheet or icon from another host: the gateway serves them all', async () => {
    const html = await renderOfflineGraphiQL({ title: 'Switchboard' });
    expect(html).toMatch(/<title>Switchboard<\/title>/);
    expect(html).not.toMatch(EXTERNAL_ASSET);
    expect(html).not.toContain('unpkg.com');
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
  });

  it('cannot be broken out of by option text: </script> in a tab stays inside the JSON', async () => {
    const html = await renderOfflineGraphiQL({ title: 'Switchboard', defaultTabs: [{ query: '# </script><script>alert(1)</script>' }] });
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('\\u003c/script>');
  });

  it('is what the gateway serves on GET /graphql for a browser, with the example tabs', async () => {
    const gw = await startTestGateway();
    try {
      const res = await gw.yoga.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).not.toMatch(EXTERNAL_ASSET);
      for (const name of ['SessionsWithClientsAndLabels', 'SessionWithMessages', 'CallsWithEmployeesAndTags', 'CrmAccountsWithCalls', 'AddSessionLabel']) {
        expect(html).toContain(`${name}(`);
      }
    } finally {
      await gw.close();
    }
  });
});
