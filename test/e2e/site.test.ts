/** The site as a reader moves through it: ways in, tabs that follow the reader, copying, the values form, index pages, no-JS. */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/node/content-files.ts';
import { PHASE_LABELS } from '../../src/lib/phases.ts';
import { browserSkipReason, BUILDS, useSite } from './harness.ts';

const content = loadContent(process.cwd());
const entry = (slug: string) => content.entries.find((e) => e.slug === slug)!;

/** What must work the same at the root and under a sub-path: the ways in and the values form. */
describe.skipIf(browserSkipReason()).each(BUILDS)('the site $name', ({ build }) => {
  const env = useSite(build);

  test('the home page offers the ways in and finds a pasted journald line', async () => {
    const page = await env.open();
    await expect(page.getByRole('main').getByRole('link', { name: '粘贴报错', exact: true }).getAttribute('href')).resolves.toBe('search/');
    await expect(page.getByRole('main').getByRole('link', { name: '回答几个问题', exact: true }).getAttribute('href')).resolves.toBe('wizard/');
    await page.getByRole('textbox', { name: '粘贴报错或日志' }).fill('Nov 29 09:15:27 build-07 dockerd-rootless.sh[48211]: could not get XDG_RUNTIME_DIR');
    const first = page.getByRole('list', { name: '搜索结果' }).getByRole('link').first();
    await expect(first.getAttribute('href')).resolves.toBe(`${env.base}troubleshooting/xdg-runtime-dir/`);
    await page.close();
  });

  test('the values form on an entry page opens the generator with the user\'s distro and name filled in', async () => {
    const page = await env.open('troubleshooting/daemon-not-autostart/');
    const form = page.locator('form.rd-generate');
    // No distro is chosen for the reader: the form asks for one before it goes.
    await form.getByRole('button', { name: '生成命令' }).click();
    await expect(form.getByLabel('发行版').evaluate((s: HTMLSelectElement) => s.validity.valueMissing)).resolves.toBe(true);
    expect(page.url()).toContain('troubleshooting/daemon-not-autostart/');
    await form.getByLabel('发行版').selectOption('debian-12');
    await form.getByLabel('用户名').fill('build-bot');
    await form.getByRole('button', { name: '生成命令' }).click();
    await page.waitForURL(`**${env.base}wizard/**`);
    await page.locator('.rd-fix pre').first().waitFor();
    const commands = await page.locator('.rd-fix').innerText();
    expect(commands).toContain('sudo loginctl enable-linger build-bot');
    expect(commands).not.toContain('"$(whoami)"');
    await page.close();
  });

  test('on a 390 px phone every distro tab is in sight, none behind a sideways scroll', async () => {
    const page = await env.open('troubleshooting/subuid-missing/');
    await page.setViewportSize({ width: 390, height: 844 });
    const tabs = page.locator('#fix ~ starlight-tabs').first().getByRole('tab');
    await expect(tabs.count()).resolves.toBe(5);
    const rights = await tabs.evaluateAll((all) => all.map((t) => t.getBoundingClientRect().right));
    expect(Math.max(...rights)).toBeLessThanOrEqual(390);
    await page.close();
  });

  test('a check\'s copy button names the command it copies, not the heading of the output under it', async () => {
    const page = await env.open('troubleshooting/subuid-missing/');
    const names = await page.locator('.rd-check button').evaluateAll((all) => all.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => n.includes('修复后应看到'))).toEqual([]);
    await page.close();
  });

  test('no page asked another origin for anything', () => {
    expect(env.foreignRequests).toEqual([]);
  });
});

describe.skipIf(browserSkipReason())('the site at the root', () => {
  const env = useSite('root');

  test('a distro tab picked on one entry is still picked on the next, and so is an Engine version tab', async () => {
    const page = await env.open('troubleshooting/subuid-missing/');
    await page.getByRole('tab', { name: 'RHEL 系' }).first().click();
    await page.goto(env.url('troubleshooting/iptables-missing/'));
    await expect(page.getByRole('tab', { name: 'RHEL 系' }).first().getAttribute('aria-selected')).resolves.toBe('true');
    await page.goto(env.url('troubleshooting/inspect-ip-unreachable/'));
    const older = page.getByRole('tab', { name: /^Engine v29\.5 之前$/ }).first();
    await expect(page.getByRole('tab', { name: /^Engine v29\.5 及以后$/ }).first().getAttribute('aria-selected')).resolves.toBe('true');
    await older.click();
    await page.goto(env.url('troubleshooting/net-host-not-listening/'));
    await expect(page.getByRole('tab', { name: /^Engine v29\.5 之前$/ }).first().getAttribute('aria-selected')).resolves.toBe('true');
    await page.close();
  });

  test('every distro family\'s tab shows its own commands on an entry whose fix differs by distro', async () => {
    const page = await env.open('troubleshooting/subuid-missing/');
    const expected = { Ubuntu: 'apt-get install -y uidmap', Debian: 'apt-get install -y uidmap', 'RHEL 系': 'dnf install -y shadow-utils', SUSE: 'zypper install -y shadow' };
    for (const [tab, command] of Object.entries(expected)) {
      await page.getByRole('tab', { name: tab }).first().click();
      await expect(page.getByRole('tabpanel').first().innerText()).resolves.toContain(command);
    }
    await page.getByRole('tab', { name: 'Arch' }).first().click();
    await expect(page.getByRole('tabpanel').first().innerText()).resolves.toContain('这个发行版不需要这一步');
    await page.close();
  });

  test('a copy button puts exactly the shown command on the clipboard and says so', async () => {
    const page = await env.open('troubleshooting/userns-clone-disabled/');
    const block = page.locator('#fix ~ * .rd-command:visible, #fix ~ .rd-command:visible').first();
    const shown = await block.locator('pre').innerText();
    await block.getByRole('button', { name: /^复制/ }).click();
    // The copy is asynchronous (the clipboard's promise): the status says so once it is written (and for 2.5 s).
    await expect.poll(() => block.getByRole('status').textContent()).toBe('已复制');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(shown);
    await page.close();
  });

  test('the index pages answer, and the sidebar lists problems by phase in journey order with short labels', async () => {
    for (const path of ['troubleshooting/', 'limitations/', 'distros/']) {
      const page = await env.open(path);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.not.toBe('');
      await page.close();
    }
    const page = await env.open('troubleshooting/subuid-missing/');
    const groups = await page.locator('#starlight__sidebar details summary').allInnerTexts();
    const phases = Object.values(PHASE_LABELS);
    expect(groups.filter((g) => phases.includes(g.trim())).map((g) => g.trim())).toEqual(phases);
    await expect(page.locator('#starlight__sidebar a[aria-current="page"]').innerText()).resolves.toBe(entry('subuid-missing').data.sidebar?.label);
    await page.close();
  });

  test('no page asked another origin for anything', () => {
    expect(env.foreignRequests).toEqual([]);
  });
});

describe.skipIf(browserSkipReason())('without JavaScript', () => {
  const env = useSite('root', { javaScript: false });

  test('an entry page shows the fix, hides copy buttons that could not work, and the header search is a link to /search/ (its dialog never shows)', async () => {
    const page = await env.open('troubleshooting/subuid-missing/');
    await expect(page.getByRole('heading', { name: '修复', exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.rd-copy:visible').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: '搜索' }).first().getAttribute('href')).resolves.toBe('/search/');
    await page.keyboard.press('Control+K');
    await expect(page.locator('dialog:visible').count()).resolves.toBe(0);
    await page.getByRole('link', { name: '搜索' }).first().click();
    await page.waitForURL(/\/search\/$/);
    await page.close();
  });

  test('an entry page\'s distro tabs each show their own commands: the tab\'s link shows its panel instead of the first', async () => {
    const page = await env.open('troubleshooting/subuid-missing/');
    const tabs = page.locator('#fix ~ starlight-tabs').first();
    const rhel = tabs.locator(':scope > [role="tabpanel"]').last();
    await expect(rhel.isVisible()).resolves.toBe(false);
    await tabs.getByRole('tab', { name: 'RHEL 系' }).click();
    await expect(rhel.isVisible()).resolves.toBe(true);
    await expect(rhel.innerText()).resolves.toContain('dnf');
    await expect(tabs.locator(':scope > [role="tabpanel"]').first().isVisible()).resolves.toBe(false);
    await page.close();
  });

  test('a distro tab inside an Engine version tab shows its panel and keeps the version\'s open', async () => {
    const page = await env.open('troubleshooting/slow-network/');
    const outer = page.locator('#fix ~ starlight-tabs').first();
    await outer.getByRole('tab', { name: 'Engine v29.5 之前' }).click();
    const older = outer.locator(':scope > [role="tabpanel"]').last();
    const inner = older.locator('starlight-tabs').first();
    await inner.getByRole('tab', { name: 'Debian' }).click();
    await expect(older.isVisible()).resolves.toBe(true);
    await expect(inner.locator(':scope > [role="tabpanel"]').nth(1).isVisible()).resolves.toBe(true);
    await expect(inner.locator(':scope > [role="tabpanel"]').first().isVisible()).resolves.toBe(false);
    await page.close();
  });

  test('the search page says what to do instead right under its title, on a phone too (no blank screen the paste box kept)', async () => {
    const page = await env.open('search/');
    await page.setViewportSize({ width: 390, height: 844 });
    const note = page.locator('main p', { hasText: '报错搜索需要 JavaScript' });
    const box = await note.boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(400);
    await expect(note.textContent()).resolves.not.toMatch(/[，；] /);
    await page.close();
  });

  test('the wizard shows the whole tree as nested lists', async () => {
    const page = await env.open('wizard/');
    await expect(page.locator('.rd-outline li').count()).resolves.toBeGreaterThan(40);
    await page.close();
  });
});
