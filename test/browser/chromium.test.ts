import { describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';

describe('browser test policy', () => {
  it('fails with a clear message instead of skipping when Chromium is missing', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(/Browser tests need Chromium at \/nonexistent\/chromium \(Debian: apt-get install chromium/);
  });
});
