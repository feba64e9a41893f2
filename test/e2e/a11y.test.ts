import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { htmlPages } from '../content/built-site.ts';
import { browserSkipReason, withSiteAndBrowser } from './harness.ts';

// axe over every page of the built site, in both themes.
const dist = join(process.cwd(), 'dist');
const paths = htmlPages(dist)
  .filter((p) => p.endsWith('index.html'))
  .map((p) => p.replace(/index\.html$/, ''));

describe.skipIf(browserSkipReason()).each(['light', 'dark'] as const)('every page in the %s theme', (theme) => {
  const env = withSiteAndBrowser(dist);
  beforeAll(() => env.browser.context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme));

  test('has pages to check', () => {
    expect(paths.length).toBeGreaterThan(30);
  });

  test.each(paths)('/%s has no axe violations', async (path) => {
    const page = await env.browser.context.newPage();
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(env.site.url(path));
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(theme);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });
});
