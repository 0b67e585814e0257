import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../scripts/dashboard.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { launchChromium, screenshot, watchPage, type PageWatch } from '../helpers/browser.js';

/** The hook the UIS simulator calls when a call ends; the sessions' live query is refreshed by polling alone. */
const UIS_SECRET = 'dashboard-hook-Wq3mZp8Vb2Nn';

/**
 * The example supervisor dashboard (examples/dashboard), built from the current sources and served
 * by the gateway at /dashboard/ over the simulators, clicked through in Debian's chromium. Its pages
 * are live (@live queries over SSE, polled every second here): rows made at the simulators while a
 * page is open appear on it, marked, without a reload.
 */
describe('dashboard in a browser', { timeout: 40_000 }, () => {
  let gw: TestGateway;
  let origin: string;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    await buildDashboard();
    gw = await startTestGateway({ env: { LIVE_POLL_INTERVAL_MS: '1000', UIS_NOTIFY_SECRET: UIS_SECRET } });
    origin = await gw.listen();
    gw.sims.activity.uisNotifyUrl = `${origin}/hooks/uis/${UIS_SECRET}`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    watch = watchPage(page, origin);
    await page.goto(`${origin}/dashboard/`);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await gw?.close();
  });

  const rows = () => page.locator('[data-testid=sessions] tbody tr');
  const callRows = () => page.locator('[data-testid=calls] tbody tr');
  const drawer = () => page.locator('[data-testid=drawer]');
  /** A mark set in the page: still there later means the page was not reloaded. */
  const markPage = () => page.evaluate(() => ((window as unknown as { __unreloaded: boolean }).__unreloaded = true));
  const pageUnreloaded = () => page.evaluate(() => (window as unknown as { __unreloaded?: boolean }).__unreloaded === true);

  it('lists the latest sessions with their clients names and labels', async () => {
    await expect.poll(() => rows().count()).toBe(25);
    const names = await page.locator('td.client-name').allInnerTexts();
    expect(names.filter((n) => n && n !== '—').length).toBeGreaterThan(20);
    await expect.poll(() => page.locator('[data-testid=sessions] .chip').count()).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-sessions');
  });

  it('filters the list by a session label', async () => {
    const label = (await page.locator('[data-testid=sessions] .chip').first().innerText()).trim();
    await page.getByTestId('label-filter').selectOption({ label });
    await expect.poll(async () => (await page.getByTestId('session-count').innerText()).replace(/\D/g, '')).not.toBe(String(gw.sims.dataset.reporter.sessions.length));
    // Every row of the filtered list carries the label (polled: on a loaded machine the count can show
    // before the rows are re-rendered).
    await expect
      .poll(async () => {
        const chips = await Promise.all((await rows().all()).map((row) => row.locator('.chip').allInnerTexts()));
        return chips.length > 0 && chips.every((c) => c.includes(label));
      })
      .toBe(true);
  });

  it('opens a session in the drawer with its messages', async () => {
    await rows().first().click();
    await expect.poll(() => drawer().locator('[data-testid=messages] li').count()).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-drawer');
  });

  it('adds a label from the drawer and shows it on the session', async () => {
    const present = await drawer().locator('[data-testid=drawer-labels] .chip').allInnerTexts();
    const options = await page.getByTestId('add-label-select').locator('option').allInnerTexts();
    const label = options.find((o) => o !== 'Choose a label…' && !present.includes(o))!;
    await page.getByTestId('add-label-select').selectOption({ label });
    await drawer().getByRole('button', { name: 'Add label' }).click();
    await expect.poll(() => drawer().locator('[data-testid=drawer-labels] .chip').allInnerTexts()).toContain(label);
    await expect.poll(() => drawer().innerText()).toContain('Label added');
    // The live list shows it too: the mutation re-ran its query, no reload asked for.
    await expect.poll(() => page.locator('[data-testid=sessions] tr.selected .chip').allInnerTexts()).toContain(label);
  });

  it('shows the typed error union member when blocking is refused', async () => {
    await drawer().getByLabel('Blocked by (user id)').fill('0');
    await drawer().getByRole('button', { name: 'Block', exact: true }).click();
    const alert = page.getByTestId('mutation-error');
    await expect.poll(() => alert.innerText()).toMatch(/^InvalidInputError: `blockedBy` must be the positive id/);
    await screenshot(page, 'dashboard-typed-error');
  });

  it('blocks and unblocks the client from the drawer', async () => {
    const state = drawer().getByTestId('block-state');
    await drawer().getByLabel('Blocked by (user id)').fill('7');
    await drawer().getByRole('button', { name: 'Block', exact: true }).click();
    await expect.poll(() => state.innerText()).toMatch(/^Blocked/);
    await drawer().getByRole('button', { name: 'Unblock' }).click();
    await expect.poll(() => state.innerText()).toMatch(/^Not blocked/);
  });

  it('shows a session that starts at the Reporter on the open page, marked new, without a reload', async () => {
    await drawer().getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('label-filter').selectOption({ label: 'All labels' });
    await expect.poll(() => rows().count()).toBe(25);
    await expect.poll(() => page.getByTestId('live-status').innerText()).toBe('Live');
    const before = await page.getByTestId('session-count').innerText();
    await markPage();
    const session = gw.sims.activity.startSession();
    const row = page.locator(`[data-testid=sessions] tr[data-session="${session.sessionId}"]`);
    await expect.poll(() => row.getAttribute('data-new'), { timeout: 10_000 }).toBe('true');
    expect(await rows().first().getAttribute('data-session')).toBe(session.sessionId);
    expect(await rows().count()).toBe(25);
    expect(await page.getByTestId('session-count').innerText()).not.toBe(before);
    expect(await page.getByTestId('new-count').innerText()).toBe('1 new');
    expect(await pageUnreloaded()).toBe(true);
    await screenshot(page, 'dashboard-live-session');
  });

  it('pages through the sessions by cursor, forward and back', async () => {
    const first = await rows().locator('td.client-name').allInnerTexts();
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => page.getByTestId('page-number').innerText()).toBe('Page 2');
    // The table is empty while the second page's stream opens, then holds its 25 rows.
    await expect.poll(() => rows().count()).toBe(25);
    expect((await rows().locator('td.client-name').allInnerTexts()).join('|')).not.toBe(first.join('|'));
    // The first page's rows are not marked new on the second: a new view starts over.
    expect(await page.locator('[data-testid=sessions] tr[data-new]').count()).toBe(0);
    await page.getByRole('button', { name: '← Previous' }).click();
    await expect.poll(async () => (await rows().locator('td.client-name').allInnerTexts()).join('|')).toBe(first.join('|'));
  });

  it('shows the calls page with employees and tags', async () => {
    await page.getByRole('link', { name: 'Calls' }).click();
    const calls = callRows();
    await expect.poll(() => calls.count()).toBe(25);
    const employees = await page.locator('td.employees').allInnerTexts();
    expect(employees.filter((e) => e !== '—').length).toBeGreaterThan(12);
    await expect.poll(() => page.locator('[data-testid=calls] .chip').count()).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-calls');
  });

  it('shows a call that ends at UIS on the open page, marked new, without a reload', async () => {
    await expect.poll(() => page.getByTestId('live-status').innerText()).toBe('Live');
    await markPage();
    // The simulator notifies the gateway's hook as UIS would; the page shows the call at once.
    const call = gw.sims.activity.endCall({ phone: '79990001122' });
    const row = callRows().filter({ hasText: '79990001122' });
    await expect.poll(() => row.getAttribute('data-new'), { timeout: 10_000 }).toBe('true');
    // Its own row (rows are ordered by start time, and a call started earlier may have ended later).
    expect(await row.first().getAttribute('data-call')).toBe(String(call.id));
    expect(await pageUnreloaded()).toBe(true);
    await gw.sims.activity.settled();
    expect(gw.sims.activity.notifications.sent).toBeGreaterThan(0);
  });

  it('draws the analytics charts, and their figures follow a new lost call', async () => {
    await page.getByRole('link', { name: 'Analytics' }).click();
    for (const chart of ['chart-sessions', 'chart-calls', 'chart-lost']) {
      await expect.poll(() => page.getByTestId(chart).locator('canvas').count()).toBe(1);
      const box = await page.getByTestId(chart).locator('canvas').boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(200);
    }
    await expect.poll(() => page.getByTestId('kpi-calls').innerText()).toMatch(/^\d+$/);
    expect(Number(await page.getByTestId('kpi-sessions').innerText())).toBeGreaterThan(0);
    const calls = Number(await page.getByTestId('kpi-calls').innerText());
    const lost = await page.getByTestId('kpi-lost').innerText();
    await screenshot(page, 'dashboard-analytics');
    gw.sims.activity.endCall({ phone: '79990003344', lost: true });
    await expect.poll(() => page.getByTestId('kpi-calls').innerText(), { timeout: 10_000 }).toBe(String(calls + 1));
    expect(await page.getByTestId('kpi-lost').innerText()).not.toBe(lost);
  });

  it('made no request to any host but the gateway, and logged no console error', () => {
    expect(watch.requests.some((url) => url.startsWith(`${origin}/graphql`))).toBe(true);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});
