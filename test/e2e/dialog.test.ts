/** The search dialog in the header of every page: opening and closing it, pasted errors, prose, keyboard, failures of its code or index, and that a content page's first visit loads only the header's launcher until search is used. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, browserSkipReason, cspViolations, holdResponses, refuseResponses, useSite } from './harness.ts';

/** The dialog's text box. */
const dialogBox = (page: Page) => page.getByRole('dialog').getByRole('textbox', { name: '粘贴报错，或输入要找的内容' });
/** Links in the dialog's results. */
/** An error with many causes: the matcher answers it only as "possibly related" (review: Enter once opened the first one's fix). */
const UNSURE = 'Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?';
const resultLinks = (page: Page) => page.getByRole('dialog').locator('.rd-dialog-problems .rd-dialog-list a');

describe.skipIf(browserSkipReason())('the search dialog', () => {
  const env = useSite('root');

  test.each(['troubleshooting/ping-not-working/', 'limitations/storage-drivers/', 'networking/drivers/', 'distros/ubuntu/'])('the first visit of a content page (/%s) loads no search code, index or Pagefind', async (path) => {
    const page = await env.context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(env.url(path));
    await page.waitForLoadState('networkidle');
    // The header's launcher (and its small starter, matcher-start) may load; the dialog, the index, the
    // matcher, its worker and Pagefind may not.
    expect(requested.filter((u) => /SearchDialogCode|search-dialog|search-index|pagefind|ErrorSearch|matcher(?!-start)|typo-corrector/.test(u))).toEqual([]);
    await page.close();
  });

  test('Ctrl+K, / and a click on the header search each open it on an entry page; Escape closes it and focus comes back', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    const ways: [string, () => Promise<void>][] = [
      ['Ctrl+K', () => page.keyboard.press('Control+K')],
      ['/', () => page.keyboard.press('/')],
      ['click', () => page.getByRole('link', { name: '搜索' }).first().click()],
    ];
    for (const [way, openIt] of ways) {
      await page.getByRole('link', { name: '搜索' }).first().focus();
      await openIt();
      await dialogBox(page).waitFor();
      expect(await page.evaluate(() => document.activeElement?.id), way).toBe('rd-dialog-box');
      await page.keyboard.press('Escape');
      expect(await page.getByRole('dialog').isVisible(), way).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href')), way).toMatch(/search\/$/);
    }
    await page.close();
  });

  test('Ctrl or ⌘ pressed alone starts loading the index, ahead of the K; not while text is selected', async () => {
    for (const key of ['Control', 'Meta']) {
      const page = await env.open('troubleshooting/ping-not-working/');
      const index = page.waitForRequest((r) => r.url().endsWith('/search-index.json'), { timeout: 5000 });
      await page.keyboard.down(key);
      await index;
      await page.keyboard.up(key);
      expect(await page.getByRole('dialog').isVisible(), key).toBe(false);
      await page.close();
    }
    const page = await env.open('troubleshooting/ping-not-working/');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.locator('main h1').first().selectText();
    await page.keyboard.press('Control+C');
    await page.waitForTimeout(300);
    expect(requested.filter((u) => u.endsWith('/search-index.json'))).toEqual([]);
    await page.close();
  });

  test('pasted error lines put the right entry first, linked to its fix; the index is downloaded once', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    const indexRequests: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/search-index.json')) indexRequests.push(r.resourceType()); });
    await page.keyboard.press('Control+K');
    const cases: [string, RegExp][] = [
      ['[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 18330 [0 1001 1 1 100000 65536] failed: newuidmap: write to uid_map failed: Operation not permitted', /troubleshooting\/(ubuntu-apparmor-userns|newuidmap-not-privileged|subuid-missing)\/#fix$/],
      ['Error response from daemon: cannot expose privileged port 80, you can add \'net.ipv4.ip_unprivileged_port_start=80\' to /etc/sysctl.conf', /troubleshooting\/privileged-port\/#fix$/],
      ['dockerd-rootless.sh[3112]: could not get XDG_RUNTIME_DIR', /troubleshooting\/xdg-runtime-dir\/#fix$/],
    ];
    for (const [line, href] of cases) {
      await dialogBox(page).fill(line);
      await expect.poll(() => resultLinks(page).first().getAttribute('href'), { message: line }).toMatch(href);
    }
    // the header fetches it at the keypress (for the page and the worker alike): one download
    expect(indexRequests).toEqual(['fetch']);
    await page.close();
  });

  test('opens at the keypress, before its code has arrived, and answers what was pasted meanwhile when it does', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url('troubleshooting/ping-not-working/'));
    await holdResponses(page, /SearchDialogCode|search-dialog|search-index/, 800);
    await page.keyboard.press('Control+K');
    // The box is there and focused at once: the reader can paste while the code is on its way.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('rd-dialog-box');
    await page.keyboard.insertText('dockerd-rootless.sh[3112]: could not get XDG_RUNTIME_DIR');
    expect(await resultLinks(page).count()).toBe(0);
    await expect.poll(() => resultLinks(page).first().getAttribute('href')).toMatch(/troubleshooting\/xdg-runtime-dir\/#fix$/);
    await page.close();
  });

  test('the close button and a click outside close it too, and focus comes back', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    for (const [way, closeIt] of [
      ['close button', () => page.getByRole('dialog').getByRole('button', { name: '关闭' }).click()],
      ['backdrop', () => page.mouse.click(5, 5)],
    ] as const) {
      await page.getByRole('link', { name: '搜索' }).first().focus();
      await page.keyboard.press('Control+K');
      await dialogBox(page).waitFor();
      await closeIt();
      expect(await page.getByRole('dialog').isVisible(), way).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href')), way).toMatch(/search\/$/);
    }
    await page.close();
  });

  test('when the index fails once, the next search loads it: right links, and the failure note goes', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url('troubleshooting/ping-not-working/'));
    await refuseResponses(page, '**/search-index.json');
    await page.keyboard.press('Control+K');
    await expect(page.getByRole('dialog').locator('.rd-dialog-results .rd-note').textContent()).resolves.toContain('搜索索引加载失败');
    await page.unroute('**/search-index.json');
    await dialogBox(page).fill('dockerd-rootless.sh[3112]: could not get XDG_RUNTIME_DIR');
    await expect.poll(() => resultLinks(page).first().getAttribute('href')).toMatch(/troubleshooting\/xdg-runtime-dir\/#fix$/);
    await expect(page.getByRole('dialog').locator('.rd-dialog-results .rd-note').count()).resolves.toBe(0);
    await page.close();
  });

  test('when the dialog\'s code cannot load, it says so and keeps the way to the search page; the next open tries again', async () => {
    // A context of its own, refusing from the start: a page of the shared context may get the code from a cache
    // (its earlier tests loaded it) without a request to refuse, and then no failure shows (seen once under load).
    const context = await env.context.browser()!.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await refuseResponses(page, /SearchDialogCode/);
    await page.goto(env.url('troubleshooting/ping-not-working/'));
    await page.keyboard.press('Control+K');
    await expect(page.getByRole('dialog').getByRole('alert').textContent()).resolves.toContain('搜索功能没能载入');
    await expect(page.getByRole('dialog').getByRole('link', { name: '要粘贴整段日志？打开报错搜索页' }).getAttribute('href')).resolves.toBe('/search/');
    await page.keyboard.press('Escape');
    await page.unroute(/SearchDialogCode/);
    await page.keyboard.press('Control+K');
    await dialogBox(page).fill('could not get XDG_RUNTIME_DIR');
    await expect.poll(() => resultLinks(page).first().getAttribute('href')).toMatch(/xdg-runtime-dir\/#fix$/);
    expect(await page.getByRole('dialog').getByRole('alert').isVisible()).toBe(false);
    await context.close();
  });

  test('the status region is in the page before the first answer, and says how many results there are and how sure the first is', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    const status = page.locator('dialog [role="status"][aria-live="polite"]');
    expect(await status.count()).toBe(1);
    await page.keyboard.press('Control+K');
    await dialogBox(page).fill('could not get XDG_RUNTIME_DIR');
    await expect.poll(() => status.textContent()).toMatch(/^找到 \d+ 个结果，第一个最可能是原因$/);
    await dialogBox(page).fill(UNSURE);
    await expect.poll(() => status.textContent()).toMatch(/^没有足够可信的答案，\d+ 个可能相关的结果$/);
    await page.close();
  });

  test('Enter on results the matcher is not sure of opens the search page with the text, not one entry\'s fix', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    await page.keyboard.press('Control+K');
    await dialogBox(page).fill(UNSURE);
    await page.getByRole('dialog').getByRole('heading', { name: /可能相关/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(UNSURE);
    await page.close();
  });

  test('full-text results never show the doctor script\'s code as a snippet (the page lists what it checks in words)', async () => {
    const page = await env.open('limitations/storage-drivers/');
    await page.keyboard.press('Control+K');
    await dialogBox(page).fill('docker cli');
    const docs = page.getByRole('dialog').getByRole('region', { name: '文档' });
    await docs.waitFor({ timeout: 15_000 });
    await expect(docs.textContent()).resolves.not.toMatch(/\$REPLY|path_of|kv docker/);
    await page.close();
  });

  test('prose queries (如何卸载, MTU, 子 UID, 开机自启, 端口) show full-text results from Pagefind too, Chinese words found', async () => {
    const page = await env.open('limitations/storage-drivers/');
    await page.keyboard.press('Control+K');
    const docs = page.getByRole('dialog').getByRole('region', { name: '文档' });
    for (const query of ['如何卸载', 'MTU', '子 UID', '开机自启', '端口']) {
      await dialogBox(page).fill('');
      await dialogBox(page).fill(query);
      await docs.waitFor({ timeout: 15_000 });
      expect(await docs.locator('a').count(), query).toBeGreaterThan(0);
    }
    await page.close();
  });

  test('arrow keys move through the results and Enter opens one', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    await page.keyboard.press('Control+K');
    await dialogBox(page).fill('could not get XDG_RUNTIME_DIR');
    await resultLinks(page).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.closest('.rd-dialog-list') !== null)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/xdg-runtime-dir\/#fix$/);
    await page.close();
  });

  test('Enter in the box opens the first result; Shift+Enter adds a line instead', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    await page.keyboard.press('Control+K');
    await dialogBox(page).fill('could not get XDG_RUNTIME_DIR');
    await resultLinks(page).first().waitFor();
    await page.keyboard.press('Shift+Enter');
    await expect(dialogBox(page).inputValue()).resolves.toBe('could not get XDG_RUNTIME_DIR\n');
    await page.keyboard.press('Enter');
    await page.waitForURL(/xdg-runtime-dir\/#fix$/);
    await page.close();
  });

  test('Enter pressed before the typing pause is over opens the new text\'s first result, not the previous one\'s', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    await page.keyboard.press('Control+K');
    await dialogBox(page).fill('could not get XDG_RUNTIME_DIR');
    await resultLinks(page).first().waitFor();
    // Typed, so the search waits for a pause; Enter comes at once, while the old results are still shown.
    await dialogBox(page).fill('No subuid ranges found for user');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.includes('ping-not-working'));
    // The new text's answer (the CLI ranks the same), not the previous text's xdg-runtime-dir.
    expect(new URL(page.url()).pathname).toBe('/troubleshooting/subuid-missing/');
    await page.close();
  });

  test('Enter after the box was emptied and the same text typed again waits for its results instead of adding a line', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    await page.keyboard.press('Control+K');
    await dialogBox(page).fill('could not get XDG_RUNTIME_DIR');
    await resultLinks(page).first().waitFor();
    await dialogBox(page).fill('');
    await dialogBox(page).fill('could not get XDG_RUNTIME_DIR');
    await page.keyboard.press('Enter');
    await page.waitForURL(/xdg-runtime-dir\/#fix$/);
    await page.close();
  });

  test('an error that only reads like an entry\'s is shown as such, linking to where that page explains it', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    await page.keyboard.press('Control+K');
    await dialogBox(page).fill('iptables failed: iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 80 -j DNAT --to-destination 172.17.0.3:80 ! -i docker0: iptables: No chain/target/match by that name.');
    const section = page.getByRole('dialog').getByRole('region', { name: '看着像下面这个问题，其实多半不是' });
    await expect.poll(() => section.getByRole('link').getAttribute('href')).toBe('/troubleshooting/iptables-missing/#lookalikes');
    // It comes first, so the first arrow key reaches it, and the entry it rules out is not offered as a result.
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('/troubleshooting/iptables-missing/#lookalikes');
    await expect(resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.not.toContain('/troubleshooting/iptables-missing/#fix');
    await page.close();
  });

  test('an answer to a paste that does not say rootless Docker asks to check that first, in its heading', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    await page.keyboard.press('Control+K');
    const gpu = 'nvidia-container-cli: mount error: failed to add device rules: unable to find any existing device filters attached to the cgroup: bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted: unknown.';
    await dialogBox(page).fill(`sudo docker run --gpus all: ${gpu}`);
    const checked = page.getByRole('dialog').getByRole('region', { name: '对应的问题（请先确认是 rootless Docker）' });
    await expect.poll(() => checked.getByRole('link').first().getAttribute('href')).toBe('/troubleshooting/nvidia-gpu/#fix');
    await expect(checked.getByRole('note').textContent()).resolves.toMatch(/^粘贴的内容提到了「sudo docker」，像是 root 模式的 Docker 或别的平台。先确认：用出错时的同一用户运行 .*（出错时加了 sudo 就也加 sudo/);
    await expect(checked.getByRole('note').locator('code').allTextContents()).resolves.toEqual(["docker info -f '{{.SecurityOptions}}'", 'name=rootless', 'systemctl --user status docker']);
    await dialogBox(page).fill(`rootless docker: ${gpu}`);
    await expect.poll(() => page.getByRole('dialog').getByRole('region', { name: '对应的问题', exact: true }).getByRole('link').first().getAttribute('href')).toBe('/troubleshooting/nvidia-gpu/#fix');
    await page.close();
  });

  test('a paste that names another platform and relates to no entry says that platform is why', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    await page.keyboard.press('Control+K');
    await dialogBox(page).fill('docker run -p 80:80 nginx on WSL2: Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: permission denied');
    const note = page.getByRole('dialog').getByRole('note').filter({ hasText: '粘贴的内容提到了「WSL2」' });
    await note.waitFor();
    await expect(resultLinks(page).count()).resolves.toBe(0);
    await page.close();
  });

  test('two close causes are listed under their heading, further results apart', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    await page.keyboard.press('Control+K');
    await dialogBox(page).fill('[rootlesskit:parent] error: failed to setup UID/GID map: failed to compute uid/gid map: open /etc/subuid: no such file or directory');
    const two = page.getByRole('dialog').getByRole('region', { name: '两个可能的原因', exact: true });
    await expect.poll(() => two.getByRole('link').count()).toBe(2);
    await expect(page.getByRole('dialog').getByRole('region', { name: '其他可能相关（把握更小）' }).getByRole('link').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  test('a long log goes to the search page with its text', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    await page.keyboard.press('Control+K');
    await dialogBox(page).fill('line one\ncould not get XDG_RUNTIME_DIR');
    const link = page.getByRole('dialog').getByRole('link', { name: '要粘贴整段日志？打开报错搜索页' });
    await expect.poll(() => link.getAttribute('href')).toMatch(/search\/\?q=line\+one/);
    await page.close();
  });

  test.each(['light', 'dark'] as const)('with the dialog open and results shown, axe finds nothing (%s theme), and the CSP holds', async (theme) => {
    const page = await env.open('troubleshooting/ping-not-working/', { theme, axe: true });
    await page.keyboard.press('Control+K');
    await dialogBox(page).fill('ping');
    await page.getByRole('dialog').getByRole('region', { name: '文档' }).waitFor({ timeout: 15_000 });
    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  test('made no request to another origin and no script failed', () => {
    expect(env.foreignRequests).toEqual([]);
    expect(env.pageErrors).toEqual([]);
  });
});

// Under a sub-path the same dialog finds its index and Pagefind under the base.
describe.skipIf(browserSkipReason())('the search dialog under a sub-path', () => {
  const env = useSite('sub');

  test('finds a pasted error and prose, with links under the base', async () => {
    const page = await env.open('troubleshooting/ping-not-working/');
    await page.keyboard.press('Control+K');
    await dialogBox(page).fill('could not get XDG_RUNTIME_DIR');
    await expect.poll(() => resultLinks(page).first().getAttribute('href')).toBe('/docs/rootless/troubleshooting/xdg-runtime-dir/#fix');
    await dialogBox(page).fill('MTU');
    await page.getByRole('dialog').getByRole('region', { name: '文档' }).waitFor({ timeout: 15_000 });
    await expect(page.getByRole('dialog').getByRole('region', { name: '文档' }).locator('a').first().getAttribute('href')).resolves.toMatch(/^\/docs\/rootless\//);
    expect(env.foreignRequests).toEqual([]);
    await page.close();
  });
});
