import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { htmlPages } from '../content/built-site.ts';
import { browserSkipReason, withSiteAndBrowser } from './harness.ts';

// An air-gapped intranet: the sub-path build served alone, every other origin blocked and recorded.
const dist = join(process.cwd(), 'dist-sub');
const base = '/docs/rootless/';
const paths = htmlPages(dist).filter((p) => p.endsWith('index.html')).map((p) => p.replace(/index\.html$/, ''));

describe.skipIf(browserSkipReason())('offline, under a sub-path', () => {
  const env = withSiteAndBrowser(dist, base);
  const failed: string[] = [];
  beforeAll(() => {
    env.browser.context.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
  });

  test.each(paths)('/%s loads with all its files', async (path) => {
    const page = await env.browser.context.newPage();
    const response = await page.goto(env.site.url(path));
    await page.waitForLoadState('networkidle');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
    expect(failed).toEqual([]);
    await page.close();
  });

  test('search and wizard pages answer without leaving the origin', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url('search/?q=' + encodeURIComponent('No subuid ranges found for user 1001 ("alice")')));
    await expect(page.getByRole('link', { name: /subuid/i }).first().waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await page.goto(env.site.url('wizard/'));
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);
    await page.close();
  });

  test('recorded zero requests to other origins', () => {
    expect(env.browser.foreignRequests).toEqual([]);
  });
});
