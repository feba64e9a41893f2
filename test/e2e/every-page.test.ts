/**
 * Every page of the site at the root, visited once: it answers 200, runs under the CSP with no
 * violation, asks no other origin for anything, fits a 390 px phone, and axe finds nothing in its
 * content. One page of each kind is also checked whole (header, sidebar) in both themes (one after
 * the other: the theme is kept in localStorage, shared by the pages of a context).
 * Entry pages put the fix within the first screen (desktop), with copy buttons visible without hovering.
 * The pages whose islands fill in content (home, search, wizard) hold their place: nothing jumps when
 * the scripts arrive late.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtPaths } from '../content/built-site.ts';
import { axeViolations as axe, browserSkipReason, cspViolations, layoutShift, useSite } from './harness.ts';

const paths = builtPaths('dist');
/** One page of each kind: every template, checked whole in both themes. */
const KINDS = ['', 'troubleshooting/resource-flags-ignored/', 'limitations/storage-drivers/', 'distros/rhel/', 'search/', 'wizard/', 'wizard/map/'];
/** An entry page: the answer comes first. */
const isEntry = (path: string) => /^troubleshooting\/[a-z0-9-]+\/$/.test(path);

/** How far the page reaches past the viewport's right edge, in px (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(browserSkipReason())('every page', () => {
  const env = useSite('root');

  test('there are pages to check', () => {
    expect(paths.length).toBeGreaterThan(60);
  });

  // The crawl reuses its tabs: a new tab per page costs a renderer's start and axe's compile, about
  // half of each page's check.
  const idle: Page[] = [];
  test.concurrent.each(paths)('/%s loads under the CSP, fits 390 px and has accessible content (an entry: the fix first, copy buttons visible)', async (path) => {
    const page = idle.pop() ?? await env.prepare({ axe: true });
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      const response = await page.goto(env.url(path));
      expect(response?.status(), 'HTTP status').toBe(200);
      await checkPage(page, path);
    } finally {
      idle.push(page);
    }
  });

  /** One page of the crawl: title, the fix first on an entry, axe on the content, 390 px, the CSP. */
  async function checkPage(page: Page, path: string): Promise<void> {
    expect(await page.evaluate(() => document.title)).not.toBe('');
    if (isEntry(path)) {
      const top = await page.locator('h2#fix').evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
      expect(top, 'the 修复 heading starts within 900 px of the top on a desktop').toBeLessThanOrEqual(900);
      const buttons = page.locator('.rd-copy:visible');
      expect(await buttons.count()).toBeGreaterThan(0);
      expect(await buttons.first().evaluate((b) => Number(getComputedStyle(b).opacity))).toBe(1);
    }
    expect(await axe(page, 'main')).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await cspViolations(page)).toEqual([]);
  }

  /** One tab per theme, reused from page to page (each sets its theme before every page's scripts run). */
  const themed = new Map<string, Page>();
  test.each(KINDS.flatMap((path) => (['light', 'dark'] as const).map((theme) => [path, theme] as const)))('/%s as a whole has no axe finding in the %s theme', async (path, theme) => {
    const page = themed.get(theme) ?? await env.prepare({ theme, axe: true });
    themed.set(theme, page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(env.url(path));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  test.each(['', 'search/?q=No%20subuid%20ranges%20found%20for%20user', 'wizard/', 'wizard/?path=ubuntu-2404.daemon.eperm.ubuntu-apparmor-userns'])('/%s does not jump on a phone while its scripts arrive late', async (path) => {
    const page = await env.open(path, { width: 390, lateMs: 400 });
    await page.locator(path.startsWith('search/') ? '.rd-search-fix .rd-steps' : path.startsWith('wizard/') ? '.rd-wizard' : '.rd-search').first().waitFor();
    await page.waitForTimeout(600);
    expect(await layoutShift(page), 'layout shift while the page loads (upper bound of CLS)').toBeLessThan(0.01);
    await page.close();
  });

  test('no page asked another origin for anything, and no script failed', () => {
    expect(env.foreignRequests).toEqual([]);
    expect(env.pageErrors).toEqual([]);
  });
});
