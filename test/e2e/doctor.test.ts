/** A doctor report pasted into the home page's box and into the header dialog: every problem in order, the passed checks, one script; never in the URL. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/node/content-files.ts';
import { axeViolations, browserSkipReason, cspViolations, useSite } from './harness.ts';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/reports', name), 'utf8');
const titles = new Map(loadContent(process.cwd()).entries.map((e) => [e.slug, e.data.title]));
/** A report with five problems across four phases, and one with hostile user and home values. */
const MULTI = fixture('multi-debian10-no-subuid-no-linger.txt');
const EXPECTED = ['subuid-missing', 'userns-clone-disabled', 'daemon-not-autostart', 'ping-not-working', 'resource-flags-ignored'];
const HOSTILE = fixture('hostile-user-home-no-linger.txt');

/** Puts text on the clipboard and pastes it with the keyboard into the focused box. */
async function pasteInto(page: Page, box: ReturnType<Page['getByRole']>, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await box.focus();
  await page.keyboard.press('Control+V');
}

/** The problem titles of the diagnosis, in order. */
const problemTitles = (page: Page) => page.locator('.rd-doctor-problems > li > :is(h2, h3, h4) a').allTextContents();

describe.skipIf(browserSkipReason())('the doctor report', () => {
  const env = useSite('sub');

  test('pasted on the home page: problems in fix order with their fixes, one script, passed checks, nothing in the URL', async () => {
    const page = await env.open('', { axe: true });
    await pasteInto(page, page.getByRole('textbox', { name: '粘贴报错或日志' }), MULTI);
    const section = page.locator('.rd-doctor');
    await section.getByRole('status').filter({ hasText: '发现 5 个问题' }).waitFor();
    expect(await problemTitles(page)).toEqual(EXPECTED.map((s) => titles.get(s)));
    const first = page.locator('.rd-doctor-problems > li').first();
    await expect(first.getByRole('link').first().getAttribute('href')).resolves.toBe(`${env.base}troubleshooting/subuid-missing/`);
    await expect(first.textContent()).resolves.toContain('subuid_count=0');
    // The commands are this machine's: Debian's package manager and the user from the report.
    const script = await section.locator('pre[aria-label="修复全部问题的脚本"]').textContent();
    expect(script).toContain('sudo apt-get install -y uidmap');
    expect(script).toContain('sudo loginctl enable-linger alice');
    expect(script).toMatch(/^#!\/bin\/sh/);
    await expect(section.locator('pre[aria-label="修复全部问题的脚本"] + .rd-copy').isVisible()).resolves.toBe(true);
    // What was ruled out is listed too.
    const passed = section.locator('details', { hasText: '已排除的问题' });
    await passed.locator('summary').click();
    await expect(passed.getByRole('link', { name: titles.get('max-user-namespaces') ?? 'missing', exact: true }).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => location.search)).toBe('');
    expect(await axeViolations(page, '.rd-doctor')).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(env.foreignRequests).toEqual([]);
    await page.close();
  });

  test('after following a problem\'s link, Back brings the report and its diagnosis back (the box is not autocomplete=off)', async () => {
    const page = await env.open('search/');
    await pasteInto(page, page.getByRole('textbox', { name: '粘贴报错或日志' }), MULTI);
    await page.locator('.rd-doctor').getByRole('status').filter({ hasText: '发现 5 个问题' }).waitFor();
    await page.locator('.rd-doctor-problems > li').first().getByRole('link').first().click();
    await page.waitForURL(/troubleshooting\/subuid-missing\//);
    await page.goBack();
    await page.locator('.rd-doctor').getByRole('status').filter({ hasText: '发现 5 个问题' }).waitFor();
    expect(await problemTitles(page)).toEqual(EXPECTED.map((s) => titles.get(s)));
    expect(await page.evaluate(() => location.search)).toBe('');
    await page.close();
  });

  test('pasted into the header dialog on an entry page: the same diagnosis', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    await page.keyboard.press('Control+K');
    const box = page.getByRole('dialog').getByRole('textbox', { name: '粘贴报错，或输入要找的内容' });
    await box.waitFor();
    await pasteInto(page, box, MULTI);
    await page.getByRole('dialog').locator('.rd-doctor').getByRole('status').filter({ hasText: '发现 5 个问题' }).waitFor();
    expect(await problemTitles(page)).toEqual(EXPECTED.map((s) => titles.get(s)));
    await expect(page.getByRole('dialog').locator('pre[aria-label="修复全部问题的脚本"]').isVisible()).resolves.toBe(true);
    expect(env.pageErrors).toEqual([]);
    await page.close();
  });

  test('a report mangled on the way (key: value) is said to be unreadable, not healthy, with what went wrong open', async () => {
    const page = await env.open('search/');
    await pasteInto(page, page.getByRole('textbox', { name: '粘贴报错或日志' }), MULTI.replace(/^([a-z_]+)=/gm, '$1: '));
    const section = page.locator('.rd-doctor');
    await section.getByRole('alert').filter({ hasText: '这份报告读不出来' }).waitFor();
    await expect(section.getByText('报告里没有发现本站已知的问题').count()).resolves.toBe(0);
    await expect(section.locator('details[open] li').filter({ hasText: '报告里只读到' }).count()).resolves.toBe(1);
    expect(env.pageErrors).toEqual([]);
    await page.close();
  });

  test('a log line whose look-alike cause the report rules out is said, linked to that entry', async () => {
    const page = await env.open('search/');
    const healthy = fixture('healthy-ubuntu2404.txt').replace(/^# end$/m, 'Dec 05 10:00:00 h dockerd-rootless.sh[9]: could not get XDG_RUNTIME_DIR\n# end');
    await pasteInto(page, page.getByRole('textbox', { name: '粘贴报错或日志' }), healthy);
    const section = page.locator('.rd-doctor');
    await section.getByText('日志里的这一行看着像下面这个问题，但报告显示不是它').waitFor();
    await expect(section.getByRole('link', { name: titles.get('xdg-runtime-dir') ?? 'xdg-runtime-dir' }).getAttribute('href')).resolves.toMatch(/troubleshooting\/xdg-runtime-dir\/$/);
    await page.close();
  });

  test('hostile user and home values never reach a command: the page says why and the script reads them at run time', async () => {
    const page = await env.open('search/');
    await pasteInto(page, page.getByRole('textbox', { name: '粘贴报错或日志' }), HOSTILE);
    const section = page.locator('.rd-doctor');
    await section.getByRole('status').filter({ hasText: '发现 1 个问题' }).waitFor();
    await expect(section.getByRole('note').filter({ hasText: '报告里的 user 值不能写进命令' }).count()).resolves.toBe(1);
    const script = await section.locator('pre[aria-label="修复全部问题的脚本"]').textContent();
    expect(script).toContain('sudo loginctl enable-linger "$(whoami)"');
    expect(script).not.toMatch(/o'brien|touch \/tmp\/pwned|`id`/);
    expect(env.pageErrors).toEqual([]);
    await page.close();
  });
});
