import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../scripts/load-content.ts';
import { isDistroIndependent } from '../../src/lib/fix-commands.ts';
import { browserSkipReason, BUILDS, withSiteAndBrowser } from './harness.ts';

const content = loadContent(process.cwd());
const distros = content.distros.map((d) => d.data).sort((a, b) => a.order - b.order);
/** Entries whose fix differs by distro, so their page shows distro tabs. */
const tabbed = content.entries
  .filter((e) => isDistroIndependent(e.data.fix, distros.filter((d) => !e.data.distros || e.data.distros.includes(d.id))) === false)
  .filter((e) => !e.data.distros || e.data.distros.includes('rhel'))
  .map((e) => e.slug);
const plain = content.entries.map((e) => e.slug).filter((s) => !tabbed.includes(s));
const rhel = distros.find((d) => d.id === 'rhel')!;

describe.skipIf(browserSkipReason()).each(BUILDS)('the site $name', ({ dir, base }) => {
  const env = withSiteAndBrowser(dir, base);

  test('home page offers the ways in and lists entries by phase', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url());
    await expect(page.getByRole('main').getByRole('link', { name: '粘贴报错', exact: true }).getAttribute('href')).resolves.toBe('search/');
    await expect(page.getByRole('main').getByRole('link', { name: '回答几个问题', exact: true }).getAttribute('href')).resolves.toBe('wizard/');
    await expect(page.getByRole('heading', { name: '按阶段浏览' }).isVisible()).resolves.toBe(true);
    const firstEntry = page.getByRole('main').getByRole('link', { name: content.entries[0]!.data.title });
    await firstEntry.click();
    await page.waitForURL(`**${base}troubleshooting/${content.entries[0]!.slug}/`);
    await page.close();
  });

  test('the home page search box finds the entry for a pasted journald line', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url());
    const paste = 'Nov 29 09:15:27 build-07 dockerd-rootless.sh[48211]: could not get XDG_RUNTIME_DIR';
    await page.getByRole('textbox', { name: '粘贴报错或日志' }).fill(paste);
    const first = page.getByRole('list', { name: '搜索结果' }).getByRole('link').first();
    await expect(first.getAttribute('href')).resolves.toBe(`${base}troubleshooting/xdg-runtime-dir/`);
    await page.close();
  });

  test.each([tabbed[0]!, tabbed[1]!, plain[0]!])('entry %s shows its error, fix and verify sections', async (slug) => {
    const page = await env.browser.context.newPage();
    const response = await page.goto(env.site.url(`troubleshooting/${slug}/`));
    expect(response?.status()).toBe(200);
    for (const name of ['修复', '验证']) await expect(page.getByRole('heading', { name, exact: true }).isVisible()).resolves.toBe(true);
    const entry = content.entries.find((e) => e.slug === slug)!;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(entry.data.title);
    await page.close();
  });

  test('a distro tab picked on one entry is still picked on the next', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url(`troubleshooting/${tabbed[0]}/`));
    await page.getByRole('tab', { name: rhel.name }).first().click();
    await page.goto(env.site.url(`troubleshooting/${tabbed[1]}/`));
    await expect(page.getByRole('tab', { name: rhel.name }).first().getAttribute('aria-selected')).resolves.toBe('true');
    await page.close();
  });

  test('a copy button puts exactly the shown command on the clipboard', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url(`troubleshooting/${plain[0]}/`));
    const block = page.locator('#fix ~ ol figure, #fix ~ * figure').first();
    const shown = (await block.locator('pre').innerText()).trim();
    await block.hover();
    await block.getByRole('button', { name: '复制到剪贴板' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe(shown);
    await page.close();
  });

  test('the values form on an entry page opens the generator with the user\'s distro and name filled in', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url('troubleshooting/daemon-not-autostart/'));
    const form = page.locator('form.rd-generate');
    await form.getByLabel('发行版').selectOption('debian-12');
    await form.getByLabel('用户名').fill('build-bot');
    await form.getByRole('button', { name: '生成命令' }).click();
    await page.waitForURL(`**${base}wizard/**`);
    await expect(page.getByRole('combobox', { name: '发行版' }).inputValue()).resolves.toBe('debian-12');
    await expect(page.locator('.rd-fix pre').first().waitFor()).resolves.toBeUndefined();
    const commands = await page.locator('.rd-fix').innerText();
    expect(commands).toContain('sudo loginctl enable-linger build-bot');
    expect(commands).not.toContain('"$(whoami)"');
    await page.close();
  });

  test.each(['', `troubleshooting/${tabbed[0]}/`, 'limitations/storage-drivers/', 'distros/rhel/', 'networking/drivers/'])(
    'axe finds no accessibility violation on /%s',
    async (path) => {
      const page = await env.browser.context.newPage();
      await page.goto(env.site.url(path));
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.close();
    },
  );

  test('no page asked for anything from another origin', () => {
    expect(env.browser.foreignRequests).toEqual([]);
  });
});
