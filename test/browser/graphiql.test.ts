import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { launchChromiumWithProfile, screenshot, watchPage, type PageWatch } from '../helpers/browser.js';

/**
 * GraphiQL as a person meets it: Debian's chromium on the gateway's /graphql (over the simulators),
 * with no network but loopback. Every asset must come from the gateway itself.
 */
describe('GraphiQL in a browser', { timeout: 40_000 }, () => {
  let gw: TestGateway;
  let origin: string;
  let browser: Awaited<ReturnType<typeof launchChromiumWithProfile>>;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    gw = await startTestGateway();
    origin = await gw.listen();
    browser = await launchChromiumWithProfile();
    page = browser.page;
    watch = watchPage(page, origin);
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-tab').first().waitFor({ timeout: 30_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await gw?.close();
  });

  // Monaco renders spaces as no-break spaces.
  const textOf = async (selector: string) => (await page.locator(selector).innerText()).replace(/\u00a0/g, ' ');
  const result = () => textOf('.result-window');

  /**
   * Switches GraphiQL tabs by a DOM click on the tab's button: the tab strip is a drag-to-reorder
   * list, and Playwright's synthesized pointer sequence starts a drag there instead of a click.
   */
  async function openTab(name: string): Promise<void> {
    await page.locator('.graphiql-tab', { hasText: name }).locator('button').first().dispatchEvent('click');
    await expect.poll(() => page.locator('.graphiql-tab-active').innerText()).toContain(name);
    // The editors take the tab's text asynchronously; run only once the query editor shows it.
    await expect.poll(() => textOf('.graphiql-query-editor')).toMatch(new RegExp(`(query|mutation) ${name}\\b`));
  }

  const isRun = (request: Request) =>
    request.url() === `${origin}/graphql` && request.method() === 'POST' && !request.postData()?.includes('IntrospectionQuery');

  /**
   * Runs the active tab and returns the JSON the gateway answered. On this loaded 2-core machine a
   * click on Execute right after a tab switch was sometimes dropped (no request at all, GraphiQL's
   * own timing), so a click that sent nothing within 5 s is repeated, as a person would.
   */
  async function execute(): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
    // While a previous run's stream is still closing, this button is "Stop query": wait for it to turn back.
    const button = page.locator('.graphiql-execute-button');
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect.poll(() => button.getAttribute('aria-label')).toMatch(/^Execute query/);
      const sent = page.waitForRequest(isRun, { timeout: 5_000 }).catch(() => undefined);
      await button.click();
      const request = await sent;
      if (request) return (await (await request.response())!.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    }
    throw new Error('GraphiQL sent no request after three clicks on Execute');
  }

  it('opens with a tab per curated example operation', async () => {
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs.map((t) => t.trim())).toEqual([
      'SessionsWithClientsAndLabels',
      'SessionWithMessages',
      'AnalyticsDashboard',
      'CallsWithEmployeesAndTags',
      'CrmAccountsWithCalls',
      'AddSessionLabel',
    ]);
    await screenshot(page, 'graphiql-opened');
  });

  it('shows where the Authorization header goes in the headers editor', async () => {
    await page.getByRole('button', { name: 'Headers' }).click();
    await expect.poll(() => textOf('.graphiql-editor-tool')).toContain('"Authorization": "Bearer <API key or JWT>"');
    await page.getByRole('button', { name: 'Variables' }).click();
    await expect.poll(() => textOf('.graphiql-editor-tool')).toContain('"first": 10');
  });

  it('runs the dashboard tab and shows the sessions with their clients in the result pane', async () => {
    const answer = await execute();
    expect(answer.errors).toBeUndefined();
    const sessions = (answer.data?.sessions as { edges: unknown[] }).edges;
    expect(sessions.length).toBe(10);
    await expect.poll(result).toContain('"displayName"');
    await screenshot(page, 'graphiql-dashboard-result');
  });

  it('runs the session drawer tab with a session id it looked up itself', async () => {
    await openTab('SessionWithMessages');
    const answer = await execute();
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.session).toMatchObject({ messages: { totalCount: expect.any(Number) } });
    await expect.poll(result).toContain('"messages"');
  });

  it.each([
    ['AnalyticsDashboard', 'statistics'],
    ['CallsWithEmployeesAndTags', 'calls'],
    ['CrmAccountsWithCalls', 'leelooAccounts'],
  ])('runs the %s tab without errors', async (tab, field) => {
    await openTab(tab);
    const answer = await execute();
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.[field]).toBeTruthy();
    await expect.poll(result).toContain(`"${field}"`);
  });

  it('runs the mutation tab and shows its success member', async () => {
    await openTab('AddSessionLabel');
    const answer = await execute();
    expect(answer.data?.addSessionLabel).toMatchObject({ __typename: 'SessionLabelsChangeSuccess', changed: true });
    await expect.poll(result).toContain('SessionLabelsChangeSuccess');
  });

  it('opens the docs pane on the schema', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await expect.poll(() => docs.innerText()).toMatch(/Root Types[\s\S]*query: Query[\s\S]*mutation: Mutation/);
    await screenshot(page, 'graphiql-docs');
  });

  it('fills the example periods with the browser clock when the page opens', async () => {
    await openTab('CallsWithEmployeesAndTags');
    await page.getByRole('button', { name: 'Variables' }).click();
    await expect.poll(() => textOf('.graphiql-editor-tool')).toMatch(/"to": "\d{4}-/);
    const text = await textOf('.graphiql-editor-tool');
    const [from, to] = ['from', 'to'].map((k) => Date.parse(new RegExp(`"${k}": "([^"]+)"`).exec(text)![1]));
    expect(Date.now() - to).toBeLessThan(10 * 60_000);
    expect(to - from).toBe(7 * 86_400_000);
  });

  it('a reload asks only for the small page (the assets stay cached) and restores the tabs as they were, the same one active, without an empty tab', async () => {
    await openTab('CrmAccountsWithCalls');
    const before = (await page.locator('.graphiql-tab').allInnerTexts()).map((t) => t.trim());
    for (let i = 0; i < 2; i++) {
      const revalidated = gw.logLines.length;
      await page.reload();
      await page.locator('.graphiql-tab').first().waitFor({ timeout: 30_000 });
      await expect.poll(async () => (await page.locator('.graphiql-tab').allInnerTexts()).map((t) => t.trim())).toEqual(before);
      await expect.poll(() => page.locator('.graphiql-tab-active').innerText()).toContain('CrmAccountsWithCalls');
      // Only the page of a few kB was asked for (a 304 while no POST to /graphql made the browser drop
      // it); the 9 MB of script, styles and icon came from the browser's cache, immutable.
      const served = gw.logLines.slice(revalidated).flatMap((l) => (JSON.parse(l) as { access?: { method: string; path: string; status: number } }).access ?? []);
      expect(served.filter((a) => a.method === 'GET').map((a) => a.path)).toEqual(['/graphql']);
    }
    expect(before).not.toContain('<untitled>');
  });

  it('made no request to any host but the gateway, and logged no console error', () => {
    expect(watch.requests.some((url) => url.startsWith(`${origin}/graphql`))).toBe(true);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});
