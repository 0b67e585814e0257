import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's chromium, driven by playwright-core (which downloads no browser of its own). `.ci/run`
 * installs it; a machine without it FAILS the browser tests instead of skipping them, so a missing
 * browser can never pass as green.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where browser tests write their screenshots (kept out of git). */
export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');

export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Browser tests need Chromium at ${executablePath} (Debian: apt-get install chromium; .ci/run installs it). ` +
        'Set CHROMIUM_PATH to use another binary.',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    // Chromium's sandbox refuses to run as root (CI and these machines run as root).
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
}

/**
 * Chromium with a profile of its own (a temporary folder), as a person's browser is: its HTTP cache is
 * on disk, so a large page is cached and revalidated on reload (an incognito context's in-memory cache
 * keeps no entry as large as GraphiQL's page, and reloads would fetch it whole).
 */
export async function launchChromiumWithProfile(viewport = { width: 1400, height: 900 }): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM_PATH)) await launchChromium(); // throws the message naming the fix
  const profile = mkdtempSync(join(tmpdir(), 'switchboard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did that a test must see none of: console errors, uncaught errors, requests elsewhere. */
export interface PageWatch {
  consoleErrors: string[];
  /** Requests to any origin but the gateway's (blob: and data: URLs stay in the page). */
  foreignRequests: string[];
  /** Every request the page made, for messages. */
  requests: string[];
}

export function watchPage(page: Page, gatewayOrigin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    watch.requests.push(url);
    if (url.startsWith('blob:') || url.startsWith('data:')) return;
    if (new URL(url).origin !== gatewayOrigin) watch.foreignRequests.push(url);
  });
  return watch;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
