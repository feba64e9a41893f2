/** The error search page as people use it: real logs, links with ?q=, two close causes, nothing confident, huge pastes. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/node/content-files.ts';
import { loadEvalSets } from '../support/eval-sets.ts';
import { browserSkipReason, holdResponses, islandEffectsRun, refuseResponses, useSite } from './harness.ts';

const content = loadContent(process.cwd());
const titleMap = new Map(content.entries.map((e) => [e.slug, e.data.title]));
/** The title of an entry (its result link's name). */
const title = (slug: string) => titleMap.get(slug) ?? `missing entry ${slug}`;
/** What each item's result says under its title: an entry's cause, a limitation's summary (inline code marks dropped, as shown). */
const causeOf = new Map([...content.entries.map((e) => [e.slug, e.data.cause] as const), ...content.limitations.map((l) => [l.slug, l.data.summary] as const)].map(([slug, text]) => [slug, text.replaceAll('`', '')]));
const tuning = new Map(loadEvalSets(process.cwd()).tuning.map((c) => [c.id, c]));
/** Three realistic logs from the tuning set: compose output, a journald dump, a journal with logrus lines. */
const LOGS = ['compose-port-443', 'journal-no-subuid-ranges-other-user', 'fedora-xtables-lock-journal'].map((id) => {
  const c = tuning.get(id);
  if (!c?.expect[0]) throw new Error(`tuning case ${id} is missing`);
  return { id, paste: c.paste, slug: c.expect[0] };
});

/** The paste box, by its label. */
const box = (page: Page) => page.getByRole('textbox', { name: '粘贴报错或日志' });
/** The result list, by its label. */
const results = (page: Page) => page.getByRole('list', { name: '搜索结果' });
/** The status line. */
const status = (page: Page) => page.locator('.rd-search-count');

/** Puts text on the clipboard and pastes it into the box with the keyboard, as a user does. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await box(page).focus();
  await page.keyboard.press('Control+V');
}

describe.skipIf(browserSkipReason())('the error search', () => {
  const env = useSite('root');

  test.each(LOGS)('a pasted log ($id) puts its entry first, with its fix and the line that matched', async ({ paste: text, slug }) => {
    const page = await env.open('search/');
    await box(page).fill(text);
    await status(page).filter({ hasText: /可能的问题/ }).waitFor();
    const first = results(page).getByRole('listitem').first();
    const link = first.getByRole('link', { name: title(slug), exact: true });
    await link.waitFor();
    await expect(link.getAttribute('href')).resolves.toBe(`${env.base}troubleshooting/${slug}/`);
    await first.getByRole('combobox', { name: '发行版' }).waitFor();
    await expect(first.locator('.rd-copy:visible').first().isVisible()).resolves.toBe(true);
    await expect(first.locator('.rd-search-line').textContent()).resolves.toMatch(/^匹配的行：/);
    await expect(page.evaluate(() => location.search)).resolves.toMatch(/^\?q=/);
    await page.close();
  });

  test('an answer from a phrase said across several lines of prose says so, with one of those lines', async () => {
    const prose = ['We run rootless Docker 29 on Debian 12.', 'The app writes its cache under /srv/app, which we pass in as a bind mount.',
      'Inside the container the entrypoint runs as uid 1000.', 'Every write there fails with permission denied, and the folder shows up as owned by root.', 'It worked before we moved the host over last week.'].join('\n');
    const page = await env.open('search/');
    await box(page).fill(prose);
    await status(page).filter({ hasText: /可能的问题/ }).waitFor();
    const item = results(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: title('bind-mount-ownership'), exact: true }) });
    await expect(item.locator('.rd-search-line').textContent()).resolves.toMatch(/^粘贴内容分几行说到了：\S/);
    await expect(item.locator('.rd-search-why').first().textContent()).resolves.toMatch(/^其中一行：(We run rootless|The app|Inside|Every write)/);
    await page.close();
  });

  test('text pasted before the paste box has woken up is kept, answered and put in the URL', async () => {
    const page = await env.context.newPage();
    // Hold the island's code back, as a slow network would, so the paste lands in the server-rendered box.
    await page.route(/\/ErrorSearch\.[\w-]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(env.url('search/'));
    await box(page).fill('could not get XDG_RUNTIME_DIR');
    await results(page).getByRole('link', { name: title('xdg-runtime-dir'), exact: true }).waitFor();
    await expect(box(page).inputValue()).resolves.toBe('could not get XDG_RUNTIME_DIR');
    await expect(page.evaluate(() => location.search)).resolves.toMatch(/^\?q=/);
    await page.close();
  });

  test('while a confident answer waits for its fix, the status line says it is searching; then the answer comes with its fix', async () => {
    const page = await env.prepare();
    await holdResponses(page, '**/fixes/*.json', 1000);
    await page.goto(env.url(`search/?q=${encodeURIComponent('could not get XDG_RUNTIME_DIR')}`));
    await status(page).filter({ hasText: '正在查找…' }).waitFor();
    await results(page).getByRole('link', { name: title('xdg-runtime-dir'), exact: true }).waitFor();
    await expect(page.locator('.rd-search-fix .rd-steps').count()).resolves.toBe(1);
    await page.close();
  });

  test('a ?q= link shows results as soon as the page opens', async () => {
    const page = await env.open(`search/?q=${encodeURIComponent('could not get XDG_RUNTIME_DIR')}`);
    await results(page).getByRole('link', { name: title('xdg-runtime-dir'), exact: true }).waitFor();
    await expect(box(page).inputValue()).resolves.toBe('could not get XDG_RUNTIME_DIR');
    await expect(status(page).textContent()).resolves.toMatch(/找到 \d+ 个可能的问题/);
    await page.close();
  });

  test('why a result came up says whether it matched an error a program prints or a phrase people use', async () => {
    const page = await env.open(`search/?q=${encodeURIComponent('rootless docker 80 端口绑定失败')}`);
    const first = results(page).locator('li').first();
    await first.getByRole('link', { name: title('privileged-port'), exact: true }).waitFor();
    await expect(first.locator('.rd-search-why').first().textContent()).resolves.toMatch(/^对应的常见说法：/);
    await page.close();
  });

  test('two close causes are shown as such, each with the check that tells them apart, and no fix expanded', async () => {
    const page = await env.open('search/');
    await box(page).fill('[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted');
    await expect(status(page).filter({ hasText: '两个可能的原因' }).waitFor()).resolves.toBeUndefined();
    const items = results(page).getByRole('listitem');
    for (const n of [0, 1]) await expect(items.nth(n).getByText('分辨方法：').isVisible()).resolves.toBe(true);
    await expect(page.locator('.rd-search-fix').count()).resolves.toBe(0);
    await page.close();
  });

  test('results after two close causes are listed apart, as possibly related, without a check', async () => {
    const page = await env.open('search/');
    await box(page).fill('[rootlesskit:parent] error: failed to setup UID/GID map: failed to compute uid/gid map: open /etc/subuid: no such file or directory');
    await expect(status(page).filter({ hasText: '两个可能的原因' }).waitFor()).resolves.toBeUndefined();
    await expect(results(page).getByRole('listitem').count()).resolves.toBe(2);
    const others = page.getByRole('list', { name: '其他可能相关的问题' });
    await expect(others.getByRole('listitem').count()).resolves.toBeGreaterThan(0);
    await expect(others.getByText('分辨方法：').count()).resolves.toBe(0);
    await expect(others.getAttribute('start')).resolves.toBe('3');
    await page.close();
  });

  test('every result shown says its cause, fetched with the result (the index does not carry it), for an entry and a limitation alike', async () => {
    // Two close causes and more; a typed question answered by a limitation.
    for (const [query, first] of [['[rootlesskit:parent] error: failed to setup UID/GID map: failed to compute uid/gid map: open /etc/subuid: no such file or directory', 'troubleshooting'], ['rootless docker 存储驱动 overlayfs vfs', 'limitations']] as const) {
      const page = await env.open('search/');
      await box(page).fill(query);
      await page.locator(`.rd-search-list li:first-child a[href*="/${first}/"]`).first().waitFor();
      const shown = await page.locator('.rd-search-list li').evaluateAll((lis) => lis.map((li) => ({
        href: li.querySelector('a.rd-search-title')?.getAttribute('href') ?? '',
        cause: li.querySelector('.rd-search-cause')?.textContent ?? '(no cause)',
      })));
      expect(shown.length).toBeGreaterThan(1);
      for (const { href, cause } of shown) expect(cause, href).toBe(causeOf.get(href.split('/').at(-2) ?? ''));
      await page.close();
    }
  });

  test('an error two entries share, in a paste that names where the problem happens, shows that entry first and the words that named it', async () => {
    const page = await env.open('search/');
    await box(page).fill('docker run -d --name dind-rootless --privileged docker:dind-rootless\n[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 57 [0 1000 1 1 100000 65536] failed: newuidmap: write to uid_map failed: Operation not permitted');
    await expect(status(page).filter({ hasText: '两个可能的原因' }).waitFor()).resolves.toBeUndefined();
    const first = results(page).getByRole('listitem').first();
    await expect(first.getByRole('link', { name: title('rootless-in-container'), exact: true }).isVisible()).resolves.toBe(true);
    await expect(first.locator('.rd-search-why').textContent()).resolves.toBe('粘贴内容提到了这个问题常见的环境：dind-rootless');
    await page.close();
  });

  test('two close causes whose checks cannot be fetched link to the checks on each entry page instead', async () => {
    const page = await env.prepare();
    await page.route(/\/fixes\/[^/]+\.json$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(env.url('search/'));
    await box(page).fill('[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted');
    await expect(status(page).filter({ hasText: '两个可能的原因' }).waitFor()).resolves.toBeUndefined();
    const links = results(page).getByRole('link', { name: /分辨方法没能加载/ });
    await links.nth(1).waitFor();
    await expect(links.nth(0).getAttribute('href')).resolves.toMatch(/\/troubleshooting\/[a-z-]+\/#diagnose$/);
    await page.close();
  });

  test('when nothing is confident it says so, lists what may be related without a fix, and offers the wizard', async () => {
    const page = await env.open('search/');
    await box(page).fill('docker 容器 怎么回事');
    await expect(status(page).filter({ hasText: '没有足够可信的答案' }).waitFor()).resolves.toBeUndefined();
    await expect(page.getByRole('list', { name: '可能相关的问题' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.rd-search-fix').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: '用问诊向导一步步排查' }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  test('an answer to a log that does not say rootless Docker says so above the results, with the check to run', async () => {
    const gpu = [
      '$ sudo docker run --rm --gpus all nvidia/cuda:12.4.0-base-ubuntu22.04 nvidia-smi',
      "Unable to find image 'nvidia/cuda:12.4.0-base-ubuntu22.04' locally",
      'Status: Downloaded newer image for nvidia/cuda:12.4.0-base-ubuntu22.04',
      'nvidia-container-cli: mount error: failed to add device rules: unable to find any existing device filters attached to the cgroup: bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted: unknown.',
    ].join('\n');
    const page = await env.open('search/');
    await box(page).fill(gpu);
    const note = page.locator('.rd-origin-note');
    await note.waitFor();
    await expect(note.textContent()).resolves.toBe("注意：这段内容提到了「sudo docker」，像是 root 模式的 Docker 或别的平台，而本站只讲 rootless Docker。先确认：用出错时的同一用户运行 docker info -f '{{.SecurityOptions}}'（出错时加了 sudo 就也加 sudo，DOCKER_HOST 也保持一样），输出里有 name=rootless，下面的结果才适用；守护进程起不来时，改看 systemctl --user status docker：有这个服务、启动的是 dockerd-rootless.sh，就是 rootless。");
    await expect(note.locator('code').allTextContents()).resolves.toEqual(["docker info -f '{{.SecurityOptions}}'", 'name=rootless', 'systemctl --user status docker']);
    await expect(note.getAttribute('role')).resolves.toBe('note');
    // Screen readers hear it with the count: the status line says so too.
    await expect(status(page).textContent()).resolves.toMatch(/（请先确认是 rootless Docker）$/);
    await results(page).getByRole('link', { name: title('nvidia-gpu'), exact: true }).waitFor();
    await box(page).fill(`${gpu}\n(rootless docker 29.1)`);
    await note.waitFor({ state: 'detached' });
    await expect(status(page).textContent()).resolves.not.toContain('请先确认');
    await page.close();
  });

  test('a paste that names another host gets no answer, the possibly related entries and the note saying where it comes from', async () => {
    const page = await env.open('search/');
    await box(page).fill('docker pull on Proxmox in an unprivileged LXC container:\nfailed to register layer: ApplyLayer exit status 1 stdout:  stderr: lchown /usr/bin/expiry: invalid argument');
    await status(page).filter({ hasText: '没有足够可信的答案' }).waitFor();
    await expect(page.locator('.rd-origin-note').textContent()).resolves.toMatch(/^注意：这段内容提到了「Proxmox」/);
    await expect(page.getByRole('list', { name: '可能相关的问题' }).getByRole('link', { name: title('pull-lchown-invalid-argument'), exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.rd-search-fix').count()).resolves.toBe(0);
    await page.close();
  });

  test('HTML in a paste is shown as text and never runs', async () => {
    const page = await env.open('search/');
    await box(page).fill('could not get XDG_RUNTIME_DIR <img src=x onerror="window.__pwned=1"><b>bold</b>');
    await results(page).getByRole('listitem').first().waitFor();
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('.rd-search-results img, .rd-search-results b').count()).resolves.toBe(0);
    await page.close();
  });

  test.each([
    ['1 MB of coloured journal', () => `${'\u001b[0;32mNov 29 09:15:27 h dockerd-rootless.sh[9]: \u001b[1mlevel=info msg="starting"\u001b[0m\n'.repeat(14_000)}Nov 29 09:15:28 h dockerd-rootless.sh[9]: could not get XDG_RUNTIME_DIR\n`],
    ['1 MB of binary', () => Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
  ])('a paste of %s is cleaned and cut before it reaches the box, with a notice, and an answer or a clear message', async (_, make) => {
    const page = await env.open('search/');
    await paste(page, make());
    await status(page).filter({ hasText: /可能的问题|可信|原因/ }).waitFor();
    await expect(page.locator('.rd-search-results .rd-note').first().textContent()).resolves.toMatch(/KB|控制字符/);
    const kept = await box(page).inputValue();
    expect(kept.length).toBeLessThanOrEqual(33 * 1024);
    expect(kept).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    await page.close();
  });

  test.each(['', 'search/'])('a first visit of /%s that only reads loads no index and no matcher; reaching for the box loads them, once', async (path) => {
    const page = await env.context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(env.url(path));
    await page.waitForLoadState('networkidle');
    // (The header's small starter, matcher-start, is on every page; the loader, the matcher's worker and the index are not.)
    const matcherFiles = () => requested.filter((u) => /search-index|matcher(?!-start)/.test(u));
    expect(matcherFiles()).toEqual([]);
    await box(page).focus();
    await expect.poll(() => matcherFiles().filter((u) => u.endsWith('/search-index.json')).length).toBe(1);
    await box(page).fill('could not get XDG_RUNTIME_DIR');
    await results(page).getByRole('link', { name: title('xdg-runtime-dir'), exact: true }).waitFor();
    expect(matcherFiles().filter((u) => u.endsWith('/search-index.json'))).toHaveLength(1);
    await page.close();
  });

  test('the / key reaches the box from the keyboard alone and loads the matcher; a failed index says so, typing on tries again at most once a second, and recovers', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url('search/'));
    let attempts = 0;
    await refuseResponses(page, '**/search-index.json', () => attempts++);
    // The box's `/` works once its island is awake and has run its effects (where the key's listener is added).
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    await islandEffectsRun(page);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('rd-search-box');
    const typing = Date.now();
    await page.keyboard.type('could not get XDG_RUNTIME_DIR'); // key by key: each key reaches for the matcher
    await expect(page.getByRole('alert').filter({ hasText: '搜索索引加载失败' }).textContent()).resolves.toContain('搜索索引加载失败');
    // One attempt at the focus, then at most one per second of typing (not one per key).
    expect(attempts).toBeLessThanOrEqual(2 + Math.floor((Date.now() - typing) / 1000));
    await page.unroute('**/search-index.json');
    await page.keyboard.insertText(' ');
    await results(page).getByRole('link', { name: title('xdg-runtime-dir'), exact: true }).waitFor();
    await expect(page.getByRole('alert').filter({ hasText: '搜索索引加载失败' }).count()).resolves.toBe(0);
    await page.close();
  });

  test('the matcher runs in a worker, off the page\'s main thread', async () => {
    const page = await env.context.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(env.url('search/'));
    await box(page).fill('could not get XDG_RUNTIME_DIR');
    await results(page).getByRole('link', { name: title('xdg-runtime-dir'), exact: true }).waitFor();
    expect(workers.some((url) => /\/_astro\/matcher\.worker[\w.-]*\.js$/.test(url))).toBe(true);
    await page.close();
  });

  test('typo tolerance (fuse.js) is fetched only when a typed word is unknown, and then corrects it', async () => {
    const page = await env.context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => { if (/typo-corrector/.test(r.url())) fetched.push(r.url()); });
    await page.goto(env.url('search/'));
    await box(page).fill('could not get XDG_RUNTIME_DIR');
    await results(page).getByRole('link', { name: title('xdg-runtime-dir'), exact: true }).waitFor();
    expect(fetched).toEqual([]);
    // `slirp4nets` is no word the matcher knows: the first try fetches the corrector, a later keystroke uses it
    await box(page).fill('slirp4nets executable file not found');
    await expect.poll(() => fetched.length).toBe(1);
    // Until the corrector has arrived the worker matches without it, so the later keystroke waits until
    // it has: importing the same module in the worker settles only once it has run there.
    const worker = page.workers().find((w) => /\/_astro\/matcher\.worker[\w.-]*\.js$/.test(w.url()));
    if (!worker) throw new Error('the matcher\'s worker is not running');
    await worker.evaluate(`import(${JSON.stringify(fetched[0])}).then(() => undefined)`);
    await box(page).fill('slirp4nets executable file not found ');
    await results(page).getByRole('link', { name: title('network-driver-missing'), exact: true }).first().waitFor();
    await page.close();
  });

  test.each([
    ['cannot start', 'window.Worker = function () { throw new Error("no module workers here"); };'],
    ['does not load', 'const W = window.Worker; window.Worker = function (_url, options) { return new W("/no-such-worker.js", options); };'],
  ])('when the matcher\'s worker %s, the page matches by itself and answers the same', async (_, sabotage) => {
    const page = await env.context.newPage();
    await page.addInitScript(sabotage);
    await page.goto(env.url('search/'));
    await box(page).fill('could not get XDG_RUNTIME_DIR');
    await results(page).getByRole('link', { name: title('xdg-runtime-dir'), exact: true }).waitFor();
    await expect(page.locator('.rd-search [role="alert"]').count()).resolves.toBe(0);
    await page.close();
  });

  test('made no request to another origin and no script failed', () => {
    expect(env.foreignRequests).toEqual([]);
    expect(env.pageErrors).toEqual([]);
  });
});

describe.skipIf(browserSkipReason())('the error search under a sub-path', () => {
  const env = useSite('sub');

  test('an error that only reads like an entry\'s gets no answer, and a note that leads to where the entry\'s page explains it', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url(`search/?q=${encodeURIComponent('WARNING: No swap limit support')}`));
    const note = page.locator('.rd-lookalike-note');
    await note.waitFor();
    await expect(status(page).textContent()).resolves.toBe('没有足够可信的答案：这段报错看着像「--cpus、--memory、--pids-limit 被忽略」，其实多半另有原因。');
    await expect(note.textContent()).resolves.toContain('WARNING: No swap limit support');
    const link = note.getByRole('link');
    await expect(link.getAttribute('href')).resolves.toBe('/docs/rootless/troubleshooting/resource-flags-ignored/#lookalikes');
    await link.click();
    await page.waitForURL(/#lookalikes$/);
    await expect(page.locator('#lookalikes').textContent()).resolves.toBe('看着像，其实不是这个问题');
    await page.close();
  });

  test('a ?q= link answers with the entry, its cause and its fix, under the base, offline, the matcher in its worker', async () => {
    const page = await env.context.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    const search = `?q=${encodeURIComponent('No subuid ranges found for user 1001 ("alice")')}`;
    await page.goto(env.url(`search/${search}`));
    const first = results(page).getByRole('listitem').first();
    await expect(first.getByRole('link').first().getAttribute('href')).resolves.toBe('/docs/rootless/troubleshooting/subuid-missing/');
    await first.locator('.rd-search-fix .rd-command').first().waitFor();
    await expect(first.locator('.rd-search-cause').textContent()).resolves.toBe(causeOf.get('subuid-missing'));
    expect(workers.filter((p) => /^\/docs\/rootless\/_astro\/matcher\.worker[\w.-]*\.js$/.test(p))).toHaveLength(1);
    expect(env.foreignRequests).toEqual([]);
    // The link is left as it was shared (%20 not rewritten to +): Chromium reloads the favicon after a replaceState.
    await expect(page.evaluate(() => location.search)).resolves.toBe(search);
    await page.close();
  });
});
