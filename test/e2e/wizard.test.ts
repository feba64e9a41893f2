import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../scripts/load-content.ts';
import { browserSkipReason, BUILDS, withSiteAndBrowser, launchBrowser, type Browser } from './harness.ts';

const content = loadContent(process.cwd());
const title = (slug: string) => content.entries.find((e) => e.slug === slug)?.data.title ?? slug;

/** Presses Tab until a focused element in the wizard has `text`; fails after 100 presses. */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement?.closest('.rd-wizard') ? document.activeElement.textContent ?? '' : ''));
    if (focused.includes(text)) return;
  }
  throw new Error(`no focusable element with text "${text}"`);
}

/** The focused element's outline, to check that focus is visible. */
const focusOutline = (page: Page) => page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);

describe.skipIf(browserSkipReason()).each(BUILDS)('the wizard $name', ({ dir, base }) => {
  const env = withSiteAndBrowser(dir, base);

  test.each([
    ['Debian 12', ['Debian 12', '启动守护进程', '没有报错，但开机后'], 'daemon-not-autostart', 'debian-12.daemon.daemon-not-autostart'],
    ['Ubuntu 24.04', ['Ubuntu 24.04', '启动守护进程', 'operation not permitted', '第一条输出'], 'ubuntu-apparmor-userns', 'ubuntu-2404.daemon.eperm.ubuntu-apparmor-userns'],
    ['RHEL 8', ['RHEL 8', '网络', '网络速度很慢'], 'slow-network', 'rhel-8.network.slow-network'],
  ])('walks a %s path by keyboard only, with visible focus and each step announced', async (_, labels, slug, path) => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url('wizard/'));
    await page.getByRole('heading', { name: '你用的是哪个发行版？' }).waitFor();
    for (const [i, label] of labels.entries()) {
      await tabTo(page, label);
      await expect(focusOutline(page)).resolves.not.toBe('none');
      await page.keyboard.press('Enter');
      if (i < labels.length - 1) await expect(page.locator('#rd-wizard-status').textContent()).resolves.toMatch(new RegExp(`^第 ${i + 2} 步：`));
    }
    await expect(page.locator('#rd-wizard-status').textContent()).resolves.toBe(`结果：${title(slug)}`);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    expect(new URL(page.url()).searchParams.get('path')).toBe(path);
    const link = page.locator('.rd-result').getByRole('link', { name: title(slug) });
    await expect(link.getAttribute('href')).resolves.toBe(`${base}troubleshooting/${slug}/`);
    await page.close();
  });

  test('a shared link mid-path opens on the same step, survives a reload, and back/forward restore steps', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url('wizard/?path=debian-12.daemon'));
    const daemon = page.getByRole('heading', { name: '守护进程启动时报了什么错？' });
    await daemon.waitFor();
    await page.reload();
    await daemon.waitFor();
    await page.getByRole('link', { name: '和 iptables 有关的报错' }).click();
    await page.getByRole('heading', { name: 'iptables 报的是哪一条？' }).waitFor();
    expect(page.url()).toContain('?path=debian-12.daemon.iptables');
    await page.goBack();
    await daemon.waitFor();
    await page.goForward();
    await page.getByRole('heading', { name: 'iptables 报的是哪一条？' }).waitFor();
    await page.getByRole('button', { name: '重新开始' }).click();
    await page.getByRole('heading', { name: '你用的是哪个发行版？' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  test('copies exactly the command the page shows, with the typed user name; hostile input never reaches it', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url('wizard/?path=debian-12.daemon.daemon-not-autostart'));
    const input = page.getByRole('textbox', { name: '用户名' });
    await input.fill("a'b; reboot");
    await expect(page.locator('#rd-error-user').isVisible()).resolves.toBe(true);
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('pre', { hasText: 'reboot' }).count()).resolves.toBe(0);
    await input.fill('alice');
    const block = page.locator('.rd-command', { hasText: 'enable-linger' }).first();
    const shown = await block.locator('pre').textContent();
    expect(shown).toContain('enable-linger alice');
    await block.getByRole('button').click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(shown);
    await page.getByRole('button', { name: '复制全部（脚本）' }).click();
    const script = await page.evaluate(() => navigator.clipboard.readText());
    expect(script).toMatch(/^#!\/bin\/sh\nset -eu\n/);
    expect(script).toContain('enable-linger alice');
    await expect(page.locator('.rd-script pre').textContent()).resolves.toBe(script);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await page.close();
  });

  test('changing the distro at the end keeps the path and updates the URL', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url('wizard/?path=debian-12.network.slow-network'));
    await expect(page.locator('.rd-command pre').first().textContent()).resolves.toContain('apt-get');
    await page.getByRole('combobox', { name: '发行版' }).selectOption({ label: 'Fedora' });
    await expect(page.locator('.rd-command pre').first().textContent()).resolves.toContain('dnf');
    expect(new URL(page.url()).searchParams.get('path')).toBe('fedora.network.slow-network');
    await page.close();
  });

  test('made no request to another origin', () => {
    expect(env.browser.foreignRequests).toEqual([]);
  });

  describe('without JavaScript', () => {
    let noJs: Browser;
    beforeAll(async () => {
      noJs = await launchBrowser(env.site.origin, { javaScript: false });
    });
    afterAll(async () => noJs?.close());

    test.each(['wizard/', 'wizard/map/'])('%s links every troubleshooting entry', async (path) => {
      const page = await noJs.context.newPage();
      await page.goto(env.site.url(path));
      const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const e of content.entries) expect(hrefs).toContain(`${base}troubleshooting/${e.slug}/`);
      await page.close();
    });

    test('the wizard shows the tree as nested lists', async () => {
      const page = await noJs.context.newPage();
      await page.goto(env.site.url('wizard/'));
      await expect(page.locator('.rd-outline ul ul ul a').count()).resolves.toBeGreaterThan(10);
      // Playwright's text locators skip <noscript>, so find the first question by its class.
      await expect(page.locator('.rd-outline-q', { hasText: '你用的是哪个发行版？' }).isVisible()).resolves.toBe(true);
      await page.close();
    });
  });
});
