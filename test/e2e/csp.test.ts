import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { pagePolicy } from '../../src/lib/csp.ts';
import { htmlPages } from '../content/built-site.ts';
import { browserSkipReason, withSiteAndBrowser } from './harness.ts';

const dist = process.env.RD_DIST ?? join(process.cwd(), 'dist');
const pages = htmlPages(dist);

describe('the Content-Security-Policy of every page', () => {
  test.each(pages)('%s allows scripts only from this origin or by hash', (page) => {
    const policy = pagePolicy(readFileSync(join(dist, page), 'utf8'));
    expect(policy).toBeDefined();
    const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    expect(policy).toMatch(/default-src 'self'/);
  });
});

describe.skipIf(browserSkipReason())('in Chromium', () => {
  const env = withSiteAndBrowser(dist);
  beforeAll(async () => {
    await env.browser.context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
  });

  const violations = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

  test.each(pages.filter((p) => p.endsWith('index.html')).map((p) => p.replace(/index\.html$/, '')))('/%s loads with no CSP violation', async (path) => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url(path));
    await page.waitForLoadState('networkidle');
    await expect(violations(page)).resolves.toEqual([]);
    await page.close();
  });

  test('full-text search (Pagefind) runs under the policy', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url());
    await page.getByRole('button', { name: '搜索' }).first().click();
    await page.getByRole('dialog').locator('input').first().fill('subuid');
    await expect(page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await expect(violations(page)).resolves.toEqual([]);
    await page.close();
  });
});
