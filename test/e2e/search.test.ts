import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../scripts/load-content.ts';
import { loadCorpus } from '../search/corpus.ts';
import { browserSkipReason, BUILDS, withSiteAndBrowser } from './harness.ts';

const titleMap = new Map(loadContent(process.cwd()).entries.map((e) => [e.slug, e.data.title]));
/** The title of an entry (its result link's name). */
const title = (slug: string) => titleMap.get(slug) ?? `missing entry ${slug}`;
const corpus = new Map(loadCorpus().map((c) => [c.id, c]));
/** Three realistic logs from the corpus: compose output, a journald dump, a journal with logrus lines. */
const LOGS = ['compose-port-443', 'journal-no-subuid-ranges-other-user', 'fedora-xtables-lock-journal'].map((id) => {
  const c = corpus.get(id);
  if (!c?.expect[0]) throw new Error(`corpus case ${id} is missing`);
  return { id, paste: c.paste, slug: c.expect[0] };
});

/** The paste box, by its label. */
const box = (page: Page) => page.getByRole('textbox', { name: '粘贴报错或日志' });
/** The result list, by its label. */
const results = (page: Page) => page.getByRole('list', { name: '搜索结果' });
/** The announced count or no-result message. */
const status = (page: Page) => page.getByRole('status').filter({ hasText: /可能的问题|可信的匹配/ });

describe.skipIf(browserSkipReason()).each(BUILDS)('the error search $name', ({ dir, base }) => {
  const env = withSiteAndBrowser(dir, base);
  const errors: string[] = [];
  const open = async (path = 'search/') => {
    const page = await env.browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.site.url(path));
    return page;
  };

  test.each(LOGS)('a pasted log ($id) puts its entry first, with its fix for a distro', async ({ paste, slug }) => {
    const page = await open();
    await box(page).fill(paste);
    const first = results(page).getByRole('listitem').first();
    const link = first.getByRole('link', { name: title(slug), exact: true });
    await link.waitFor();
    await expect(link.getAttribute('href')).resolves.toBe(`${base}troubleshooting/${slug}/`);
    await expect(first.getByRole('combobox', { name: '发行版' }).isVisible()).resolves.toBe(true);
    await expect(first.getByRole('button', { name: /复制/ }).first().isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => location.search)).resolves.toMatch(/^\?q=/);
    await page.close();
  });

  test('a ?q= link shows results as soon as the page opens', async () => {
    const page = await open(`search/?q=${encodeURIComponent('could not get XDG_RUNTIME_DIR')}`);
    await results(page).getByRole('link', { name: title('xdg-runtime-dir'), exact: true }).waitFor();
    await expect(box(page).inputValue()).resolves.toBe('could not get XDG_RUNTIME_DIR');
    await expect(status(page).textContent()).resolves.toMatch(/找到 \d+ 个可能的问题/);
    await page.close();
  });

  test('HTML in a paste is shown as text and never runs', async () => {
    const page = await open();
    const paste = 'could not get XDG_RUNTIME_DIR <img src=x onerror="window.__pwned=1"><b>bold</b>';
    await box(page).fill(paste);
    const first = results(page).getByRole('listitem').first();
    await first.getByText(paste, { exact: true }).waitFor();
    await expect(first.locator('img, b').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await page.close();
  });

  test('bad input gets the no-result message and the ways to browse', async () => {
    const page = await open();
    for (const junk of ['\u0000\u0001\u0002 🐳🤔 \u202eשלום\u202c', '<script>alert(1)</script>', 'npm ERR! code ERESOLVE']) {
      await box(page).fill(junk);
      await expect(status(page).filter({ hasText: '没有找到足够可信的匹配' }).waitFor()).resolves.toBeUndefined();
    }
    await expect(page.getByRole('link', { name: '用问诊向导一步步排查' }).getAttribute('href')).resolves.toBe(`${base}wizard/`);
    await expect(page.getByRole('link', { name: '按阶段浏览所有问题' }).getAttribute('href')).resolves.toBe(base);
    await page.close();
  });

  test('a 1 MB paste is accepted, capped with a notice, and still matched', async () => {
    const page = await open();
    const big = `${'Loading containers: start.\n'.repeat(40_000)}could not get XDG_RUNTIME_DIR\n`;
    await page.evaluate((text) => navigator.clipboard.writeText(text), big);
    await box(page).focus();
    await page.keyboard.press('ControlOrMeta+V');
    await page.getByText(/内容太长/).waitFor();
    await results(page).getByRole('link', { name: title('xdg-runtime-dir'), exact: true }).waitFor();
    await expect(page.evaluate(() => location.search)).resolves.toBe('');
    await page.close();
  });

  test('the / key focuses the paste box', async () => {
    const page = await open();
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('/');
    await expect(box(page).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  test('made no request to another origin and threw no error', () => {
    expect(env.browser.foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
