/** The wizard and its command generator as people use them: keyboard, shared links, values from links, controls that matter, alternatives, the script. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/node/content-files.ts';
import { formatPath, pathsToEnds, pathsToQuestions } from '../../src/lib/wizard-path.ts';
import { axeViolations, browserSkipReason, refuseResponses, useSite } from './harness.ts';

const content = loadContent(process.cwd());
const title = (slug: string) => content.entries.find((e) => e.slug === slug)?.data.title ?? slug;

/** Presses Tab until a focused element in the wizard has `text`; fails after 150 presses. */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement?.closest('.rd-wizard') ? document.activeElement.textContent ?? '' : ''));
    if (focused.includes(text)) return;
  }
  throw new Error(`no focusable element with text "${text}"`);
}

/** The text of the generated steps. */
const steps = (page: Page) => page.locator('.rd-fix .rd-steps').first().innerText();

describe.skipIf(browserSkipReason())('the wizard', () => {
  const env = useSite('root');

  test.each([
    ['Debian 12', ['Debian 12', '启动守护进程', '没有报错，但开机后'], 'daemon-not-autostart', 'debian-12.daemon.daemon-not-autostart'],
    ['Ubuntu 24.04', ['Ubuntu 24.04', '启动守护进程', 'operation not permitted', '第一条输出'], 'ubuntu-apparmor-userns', 'ubuntu-2404.daemon.eperm.ubuntu-apparmor-userns'],
  ])('walks a %s path by keyboard only, each step announced, and lands on the entry', async (_, labels, slug, path) => {
    const page = await env.open('wizard/');
    await page.getByRole('heading', { name: '你用的是哪个发行版？' }).waitFor();
    for (const [i, label] of labels.entries()) {
      await tabTo(page, label);
      expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
      await page.keyboard.press('Enter');
      if (i < labels.length - 1) await expect(page.locator('#rd-wizard-status').textContent()).resolves.toMatch(new RegExp(`^第 ${i + 2} 步：`));
    }
    await expect(page.locator('#rd-wizard-status').textContent()).resolves.toBe(`结果：${title(slug)}`);
    expect(new URL(page.url()).searchParams.get('path')).toBe(path);
    await expect(page.locator('.rd-result').getByRole('link', { name: title(slug) }).getAttribute('href')).resolves.toBe(`/troubleshooting/${slug}/`);
    await page.close();
  });

  test('a question that asks about command output shows the commands first, and every question has a way out', async () => {
    const page = await env.open('wizard/?path=ubuntu-2404.daemon.eperm');
    const commands = await page.locator('.rd-findout').boundingBox();
    const answers = await page.locator('.rd-options').boundingBox();
    expect(commands!.y).toBeLessThan(answers!.y);
    await expect(page.getByText('都不是 / 不确定').isVisible()).resolves.toBe(true);
    await expect(page.locator('.rd-way-out').getByRole('link', { name: '粘贴报错搜索' }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  // Every question, reached by the shortest path that shows it.
  const questionPaths = [...pathsToQuestions(content.wizard)].map(([id, answers]) => [id, formatPath(answers)] as const);
  test('reaches every question of the tree', () => {
    expect(questionPaths.map(([id]) => id).sort()).toEqual(content.wizard.nodes.map((n) => n.id).sort());
  });
  test.concurrent.each(questionPaths)('shows the question %s (?path=%s) with nothing axe finds, within a 390 px phone', async (id, path) => {
    const page = await env.open(`wizard/${path ? `?path=${path}` : ''}`, { axe: true });
    await page.setViewportSize({ width: 390, height: 844 });
    const node = content.wizard.nodes.find((n) => n.id === id);
    await page.locator('.rd-wizard .rd-options').first().waitFor();
    await expect(page.locator('.rd-wizard h2').first().innerText()).resolves.toBe((node?.question ?? '').replace(/`/g, ''));
    expect(await axeViolations(page, '.rd-wizard')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  // Every result, with its form of values (the distro select's longest option is wider than a phone), reached by the shortest path.
  const endPaths = [...pathsToEnds(content.wizard)].map(([end, answers]) => [end, formatPath(answers)] as const);
  test.concurrent.each(endPaths)('shows the result %s (?path=%s) within a 390 px phone', async (end, path) => {
    const page = await env.open(`wizard/?path=${path}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator(end.startsWith('entry:') ? '.rd-result .rd-values' : '.rd-result').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  test('a result fetches its fix when the path gets there; if the fetch fails it says so and the page link stays', async () => {
    const page = await env.context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/wizard/fixes/')) fetched.push(new URL(r.url()).pathname); });
    await page.goto(env.url('wizard/?path=debian-12.daemon'));
    await page.getByRole('heading', { name: '守护进程启动时报了什么错？' }).waitFor();
    expect(fetched).toEqual([]);
    await page.goto(env.url('wizard/?path=debian-12.daemon.daemon-not-autostart'));
    await page.locator('.rd-result .rd-command').first().waitFor();
    expect(fetched).toEqual(['/wizard/fixes/daemon-not-autostart.json']);
    await refuseResponses(page, '**/wizard/fixes/*.json');
    await page.goto(env.url('wizard/?path=ubuntu-2404.daemon.eperm.ubuntu-apparmor-userns'));
    await expect(page.getByRole('alert').textContent()).resolves.toContain('修复命令没能载入');
    await expect(page.locator('.rd-result').getByRole('link', { name: title('ubuntu-apparmor-userns') }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.rd-result .rd-command').count()).resolves.toBe(0);
    await page.close();
  });

  test('a result whose fix panel code cannot load says so the same way, and the page link stays', async () => {
    const page = await env.context.newPage();
    await refuseResponses(page, /\/_astro\/FixPanel/);
    await page.goto(env.url('wizard/?path=ubuntu-2404.daemon.eperm.ubuntu-apparmor-userns'));
    await expect(page.getByRole('alert').textContent()).resolves.toContain('修复命令没能载入');
    await expect(page.locator('.rd-result').getByRole('link', { name: title('ubuntu-apparmor-userns') }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  test('a shared link mid-path opens on the same step; back moves focus to the question', async () => {
    const page = await env.open('wizard/?path=debian-12.daemon');
    await page.getByRole('heading', { name: '守护进程启动时报了什么错？' }).waitFor();
    await page.getByRole('link', { name: '和 iptables 有关的报错' }).click();
    await page.getByRole('heading', { name: 'iptables 报的是哪一条？' }).waitFor();
    await page.getByRole('button', { name: '上一步' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === '守护进程启动时报了什么错？');
    await page.close();
  });

  test('values that came with a link are said to be from the link and marked; a hostile one is refused and reaches no command', async () => {
    const page = await env.open(`wizard/?path=debian-12.daemon.daemon-not-autostart&user=${encodeURIComponent('alice; reboot')}`, { axe: true });
    await page.getByText('这些值来自网址（你打开的链接，或上一页表单里填的）').waitFor();
    await expect(page.locator('.rd-from-link').count()).resolves.toBe(1);
    await expect(page.locator('#rd-error-user').textContent()).resolves.toContain('用户名只能包含');
    await expect(page.locator('.rd-fix pre', { hasText: 'reboot' }).count()).resolves.toBe(0);
    await expect(page.getByText('先在上面填写有效的用户名').first().isVisible()).resolves.toBe(true);
    await page.getByRole('textbox', { name: /用户名/ }).fill('alice');
    await expect(page.locator('.rd-from-link').count()).resolves.toBe(0);
    await expect(steps(page)).resolves.toContain('sudo loginctl enable-linger alice');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('an Engine version from a link shows in the tab that holds it; one that is no version is said so, and the newest is used', async () => {
    const page = await env.open('wizard/?path=ubuntu-2404.network.slow-network&engine=20.10');
    const engine = page.getByRole('combobox', { name: /Docker Engine 版本/ });
    await engine.waitFor();
    await expect(engine.evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex]?.text)).resolves.toBe('v29.5 之前');
    await page.goto(env.url(`wizard/?path=ubuntu-2404.network.slow-network&engine=${encodeURIComponent('$(id)')}`));
    await page.getByText('链接里的 Docker Engine 版本无法识别').waitFor();
    await expect(engine.evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex]?.text)).resolves.toBe('v29.5 及以后');
    await expect(page.locator('.rd-fix pre', { hasText: '$(id)' }).count()).resolves.toBe(0);
    await engine.selectOption({ label: 'v29.5 之前' });
    await expect(page.getByText('链接里的 Docker Engine 版本无法识别').count()).resolves.toBe(0);
    await page.close();
  });

  test('a result opens on a fix that has steps, not on one that does not apply to the setup', async () => {
    const page = await env.open('wizard/?path=ubuntu-2404.network.network-outbound.ipv6');
    await page.locator('.rd-result .rd-command').first().waitFor();
    await expect(page.getByText('这个方案不适用于这个版本或环境').count()).resolves.toBe(0);
    await page.close();
  });

  test('a link whose answers cannot all be followed says so, and stops where they end', async () => {
    const page = await env.open('wizard/?path=ubuntu-2404.install.no-such-answer');
    await page.getByText('链接里的回答有一部分无法识别').waitFor();
    await expect(page.locator('.rd-wizard h2').first().innerText()).resolves.toBe(content.wizard.nodes.find((n) => n.id === 'install')?.question.replace(/`/g, ''));
    await page.getByRole('button', { name: '上一步' }).click();
    await expect(page.getByText('链接里的回答有一部分无法识别').count()).resolves.toBe(0);
    await page.close();
  });

  test('a data-root has no made-up default: no command and no script until the reader names a directory', async () => {
    const page = await env.open('wizard/?path=ubuntu-2404.pull.pull-lchown-nfs');
    await page.getByText('先在上面填写有效的 data-root 目录').first().waitFor();
    await expect(page.locator('.rd-fix pre', { hasText: 'somewhere-out-of-nfs' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /下载脚本/ }).count()).resolves.toBe(0);
    await page.getByRole('textbox', { name: /data-root 目录/ }).fill('/srv/docker-alice');
    await expect(steps(page)).resolves.toContain('/srv/docker-alice');
    await expect(page.getByRole('button', { name: /下载脚本/ }).count()).resolves.toBe(1);
    await page.close();
  });

  test('a fix of examples alone offers no script (it would do nothing and exit 0), and says why', async () => {
    const page = await env.open('wizard/?path=ubuntu-2404.run.bind-mount-ownership');
    await page.locator('.rd-fix .rd-steps').first().waitFor();
    await expect(page.getByText('没有可以整段运行的命令').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: /下载脚本/ }).count()).resolves.toBe(0);
    await page.close();
  });

  test('a control changes the steps: without systemd the restart is done by hand; controls that change nothing are not shown', async () => {
    const page = await env.open('wizard/?path=debian-12.network.privileged-port&fix=setcap');
    await page.locator('.rd-fix .rd-steps').first().waitFor();
    await expect(steps(page)).resolves.toContain('systemctl --user restart docker');
    await expect(page.getByRole('group', { name: '安装方式' }).count()).resolves.toBe(0);
    await page.getByRole('checkbox', { name: '这台宿主机使用 systemd' }).or(page.getByRole('checkbox', { name: '这台主机使用 systemd' })).uncheck();
    await expect(steps(page)).resolves.not.toContain('systemctl --user restart docker');
    await expect(steps(page)).resolves.toContain('Ctrl+C');
    expect(new URL(page.url()).searchParams.get('systemd')).toBe('0');
    await page.close();
  });

  test('alternatives are chosen, not joined: the script holds the chosen one only, never an example, and downloads as a file', async () => {
    const page = await env.open('wizard/?path=debian-12.network.privileged-port');
    await page.getByRole('radio', { name: /方案三/ }).check();
    await expect(page.evaluate(() => new URL(location.href).searchParams.get('fix'))).resolves.toBe('sysctl');
    await expect(steps(page)).resolves.toContain('ip_unprivileged_port_start');
    await page.locator('.rd-script summary').click();
    const script = await page.locator('.rd-script pre').textContent();
    expect(script).toMatch(/^#!\/bin\/sh\n# rootless-doctor 生成的修复脚本：/);
    expect(script).toContain('ip_unprivileged_port_start');
    expect(script).not.toContain('setcap');
    expect(script).not.toContain('docker run -d -p');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载脚本/ }).click()]);
    expect(download.suggestedFilename()).toBe('rootless-fix-privileged-port-sysctl.sh');
    await expect(page.getByText('运行：bash rootless-fix-privileged-port-sysctl.sh').isVisible()).resolves.toBe(true);
    await page.close();
  });

  test('a question\'s commands to find out each have their own name, for the block and its copy button', async () => {
    const page = await env.open('wizard/?path=debian-12.daemon.eperm');
    await page.locator('.rd-check pre').nth(1).waitFor();
    await expect(page.locator('.rd-check pre').evaluateAll((pres) => pres.map((p) => p.getAttribute('aria-label')))).resolves.toEqual(['第 1 条检查命令', '第 2 条检查命令']);
    await expect(page.locator('.rd-check .rd-copy').allTextContents()).resolves.toEqual(['复制：第 1 条检查命令', '复制：第 2 条检查命令']);
    await page.close();
  });

  test('a link\'s values the commands do not use never reach the script, not even its header comment', async () => {
    const page = await env.open(`wizard/?path=debian-12.install.subuid-missing&user=alice&home=${encodeURIComponent('/home/a;id')}&dataRoot=${encodeURIComponent('$(reboot)')}`);
    await page.locator('.rd-script summary').click();
    const script = await page.locator('.rd-script pre').textContent();
    expect(script).toContain('填入的值：user=alice');
    expect(script).not.toMatch(/;id|reboot/);
    await page.close();
  });

  test('"other / not sure" still gives the commands that do not depend on the distro, and each family\'s install command', async () => {
    const page = await env.open('wizard/?path=other.install');
    await page.getByRole('heading', { name: '安装时看到了什么？' }).waitFor();
    await page.getByRole('link', { name: /No subuid ranges found/ }).click();
    const text = await steps(page);
    expect(text).toContain('sudo apt-get install -y uidmap');
    expect(text).toContain('sudo dnf install -y shadow-utils');
    expect(text).toContain('usermod --add-subuids');
    await page.close();
  });

  test('changing the distro at the end keeps the path and the values', async () => {
    const page = await env.open('wizard/?path=debian-12.daemon.daemon-not-autostart&user=bob');
    await page.getByRole('combobox', { name: '发行版' }).selectOption({ label: 'Fedora' });
    await page.waitForURL(/fedora/);
    const url = new URL(page.url());
    expect([url.searchParams.get('path'), url.searchParams.get('user')]).toEqual(['fedora.daemon.daemon-not-autostart', 'bob']);
    await page.close();
  });

  test('the map lays its parts side by side on a wide screen, and every page the wizard ends at is a link on it', async () => {
    const page = await env.open('wizard/map/');
    const parts = await page.locator('.rd-map-section').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    expect(parts.length).toBeGreaterThanOrEqual(5);
    expect(new Set(parts).size).toBeGreaterThanOrEqual(2);
    const charts = await page.locator('.rd-map svg').evaluateAll((els) => els.reduce((sum, e) => sum + e.getBoundingClientRect().height, 0));
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(charts * 0.75);
    const hrefs = new Set(await page.locator('.rd-map-sections a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    const ends = content.wizard.nodes.flatMap((n) => n.options.flatMap((o) => (o.target.kind === 'node' ? [] : [`/${o.target.kind === 'entry' ? 'troubleshooting' : 'limitations'}/${o.target.slug}/`])));
    expect(ends.length).toBeGreaterThan(30);
    expect(ends.filter((href) => !hrefs.has(href))).toEqual([]);
    await page.close();
  });

  test('made no request to another origin and no script failed', () => {
    expect(env.foreignRequests).toEqual([]);
    expect(env.pageErrors).toEqual([]);
  });
});

describe.skipIf(browserSkipReason())('the wizard under a sub-path', () => {
  const env = useSite('sub');

  test('a result links the entry under the base and renders its commands', async () => {
    const page = await env.open('wizard/?path=debian-12.daemon.daemon-not-autostart');
    await expect(page.locator('.rd-result').getByRole('link', { name: title('daemon-not-autostart') }).getAttribute('href')).resolves.toBe('/docs/rootless/troubleshooting/daemon-not-autostart/');
    await expect(steps(page)).resolves.toContain('loginctl enable-linger');
    expect(env.foreignRequests).toEqual([]);
    await page.close();
  });
});
