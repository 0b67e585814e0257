import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../scripts/dashboard.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { launchChromium, screenshot, watchPage, type PageWatch } from '../helpers/browser.js';

/**
 * The example supervisor dashboard (examples/dashboard), built from the current sources and served
 * by the gateway at /dashboard/ over the simulators, clicked through in Debian's chromium.
 */
describe('dashboard in a browser', { timeout: 40_000 }, () => {
  let gw: TestGateway;
  let origin: string;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    await buildDashboard();
    gw = await startTestGateway();
    origin = await gw.listen();
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
  const drawer = () => page.locator('[data-testid=drawer]');

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

  it('shows the calls page with employees and tags', async () => {
    await page.getByRole('link', { name: 'Calls' }).click();
    const calls = page.locator('[data-testid=calls] tbody tr');
    await expect.poll(() => calls.count()).toBe(50);
    const employees = await page.locator('td.employees').allInnerTexts();
    expect(employees.filter((e) => e !== '—').length).toBeGreaterThan(25);
    await expect.poll(() => page.locator('[data-testid=calls] .chip').count()).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-calls');
  });

  it('made no request to any host but the gateway, and logged no console error', () => {
    expect(watch.requests.some((url) => url.startsWith(`${origin}/graphql`))).toBe(true);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});
