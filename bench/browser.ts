/**
 * `npm run bench:browser`: what a user waits for in the browser, on the built dist/ served locally,
 * each run in a fresh context (cold cache). Exits 1 over budget (tests never time anything). A pass
 * with a figure over budget is run again after a rest, up to three passes, each figure judged on its pass
 * with the lowest median (the machines here slow down for minutes at a time; noise only adds time).
 *
 * - The header dialog: from Ctrl+K on an entry page to the first matcher result for a line pasted
 *   right after it, measured in the page (the keydown's time stamp to the frame after the result is
 *   in the document), median of 9.
 *   Issue 12's target is 300 ms. The index and the worker start at the keypress; the worker's start
 *   (~100 ms) and the matcher's cold build in it (50–150 ms) are most of it. The target is shown; the
 *   gate is 1000 ms, against regressions on slower machines.
 *   Also the same as people type the shortcut (Ctrl down HUMAN_MODIFIER_LEAD_MS before the K, from which it
 *   is timed): the header starts loading at the Ctrl alone. Shown, not gated.
 * - A 1 MB pasted log with colour codes on /search/: the longest main-thread task while it is
 *   cleaned, capped and matched, median of 5 (issue 8: ≤ 100 ms; the browser's hand-over of a 1 MB
 *   clipboard alone is 40–60 ms here, the box's layout of what it keeps 20–40), and the time to the answer.
 * - The paste box's first use, cold: on /search/, from the box's focus (which loads the index and the
 *   matcher) with a line pasted at once to the first result; and a `/search/?q=…` link, from the
 *   navigation to the first result (≤ 1000 ms each, median of 5).
 * - A doctor report pasted on /search/: the time to the diagnosis on screen (≤ 1000 ms, data and
 *   code fetched on first use) and the diagnosis itself (parse + rules + fixes + script).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../test/e2e/global-setup.ts';
import { serveSite } from '../test/support/static-server.ts';

const RUNS = 5;
/** How long before the K a person's Ctrl goes down, for the dialog's figure as typed (a shortcut's two keys are typically 100–200 ms apart). */
const HUMAN_MODIFIER_LEAD_MS = 120;
/** The dialog's figure varies most from run to run: more runs for its median. */
const DIALOG_RUNS = 9;
const BUDGET = { dialog: 1000, pasteLongestTask: 100, doctor: 1000, firstPaste: 1000, queryLink: 1000 };
const TARGET = { dialog: 300 };
const LINE = '[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: no space left on device';
const REPORT = readFileSync(join(process.cwd(), 'test/fixtures/reports/multi-debian10-no-subuid-no-linger.txt'), 'utf8');
/** About 1 MB of coloured journal lines with one real error near the end. */
const BIG_LOG = (() => {
  const noise = 'Jun 02 09:14:03 host dockerd-rootless.sh[1577]: \u001b[36mINFO\u001b[0m[0012] level=info msg="loading plugin" id=io.containerd.snapshotter.v1.overlayfs type=io.containerd.snapshotter.v1\n';
  return `${noise.repeat(Math.ceil((1024 * 1024) / noise.length))}Jun 02 09:14:04 host dockerd-rootless.sh[1577]: could not get XDG_RUNTIME_DIR\n`;
})();

const executablePath = findChromium();
if (!executablePath) {
  console.error('bench:browser: Chromium not found (install chromium or set CHROME_PATH)');
  process.exit(1);
}
const site = await serveSite(join(process.cwd(), 'dist'));
const browser: Browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });

/** A page in a fresh context (nothing cached), with a long-task recorder and clipboard access. */
async function freshPage(path: string): Promise<Page> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const w = window as unknown as { __longest: number; __key?: number; __kKey?: number; __result?: number; __focus?: number; __searchResult?: number };
    w.__longest = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration); }).observe({ type: 'longtask', buffered: true });
    // The dialog's figure: the first keydown's time stamp, and the frame after a result link is in the dialog.
    addEventListener('keydown', (e) => { w.__key ??= e.timeStamp; if (e.key.toLowerCase() === 'k') w.__kKey ??= e.timeStamp; }, { capture: true });
    addEventListener('focusin', (e) => { w.__focus ??= e.timeStamp; }, { capture: true });
    // The paste box's figures: the frame after its first result link is in the document.
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('.rd-search-count')?.textContent?.includes('可能的问题')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { w.__searchResult = performance.now(); }));
    }).observe(document, { subtree: true, childList: true, characterData: true });
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('.rd-dialog-problems .rd-dialog-list a')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { w.__result = performance.now(); }));
    }).observe(document, { subtree: true, childList: true });
  });
  const page = await context.newPage();
  await page.goto(site.url(path), { waitUntil: 'load' });
  // The paste box is an island: wait until it has woken up, as a reader's eyes would take longer.
  if (path === 'search/') await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  return page;
}

/** Pastes text into the focused element through the clipboard, as a user does. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
/** Each figure's runs in one pass. */
interface Pass { dialog: number[]; dialogTyped: number[]; longest: number[]; answer: number[]; doctor: number[]; firstPaste: number[]; queryLink: number[]; diagnoseMs: number[] }
/** One pass over every figure, each run in a fresh context. */
async function measure(): Promise<Pass> {
  const pass: Pass = { dialog: [], dialogTyped: [], longest: [], answer: [], doctor: [], firstPaste: [], queryLink: [], diagnoseMs: [] };
  for (let run = 0; run < DIALOG_RUNS; run++) {
    const entry = await freshPage('troubleshooting/ping-not-working/');
    await entry.evaluate((t) => navigator.clipboard.writeText(t), LINE);
    // The paste follows the keypress at once (the dialog's box has focus as the key goes down), so the
    // figure is the page's work, not the driver's round trips between two keys.
    await entry.keyboard.press('Control+K');
    await entry.keyboard.press('Control+V');
    await entry.waitForFunction(() => (window as unknown as { __result?: number }).__result !== undefined);
    pass.dialog.push(await entry.evaluate(() => { const w = window as unknown as { __key: number; __result: number }; return w.__result - w.__key; }));
    await entry.context().close();
  }
  // As people type the shortcut: Ctrl goes down some time before the K (HUMAN_MODIFIER_LEAD_MS), and the
  // header starts loading at the Ctrl; timed from the K.
  for (let run = 0; run < RUNS; run++) {
    const entry = await freshPage('troubleshooting/ping-not-working/');
    await entry.evaluate((t) => navigator.clipboard.writeText(t), LINE);
    await entry.keyboard.down('Control');
    await entry.waitForTimeout(HUMAN_MODIFIER_LEAD_MS);
    await entry.keyboard.press('K');
    await entry.keyboard.press('V');
    await entry.keyboard.up('Control');
    await entry.waitForFunction(() => (window as unknown as { __result?: number }).__result !== undefined);
    pass.dialogTyped.push(await entry.evaluate(() => { const w = window as unknown as { __kKey: number; __result: number }; return w.__result - w.__kKey; }));
    await entry.context().close();
  }
  for (let run = 0; run < RUNS; run++) {
    const search = await freshPage('search/');
    // Reaching for the box loads the index and the matcher's worker; once they are here, only the paste's own work is measured.
    await search.locator('#rd-search-box').focus();
    await search.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/search-index.json')));
    await search.waitForLoadState('networkidle');
    await search.evaluate(() => { (window as unknown as { __longest: number }).__longest = 0; });
    const pasted = performance.now();
    await paste(search, BIG_LOG);
    await search.locator('.rd-search-count').filter({ hasText: /可能的问题/ }).waitFor();
    pass.answer.push(performance.now() - pasted);
    pass.longest.push(await search.evaluate(() => (window as unknown as { __longest: number }).__longest));
    await search.context().close();

    // The paste box's first use: focus (the index and the matcher start loading) and a line pasted at once.
    const cold = await freshPage('search/');
    await cold.evaluate((t) => navigator.clipboard.writeText(t), LINE);
    await cold.locator('#rd-search-box').focus();
    await cold.keyboard.press('Control+V');
    await cold.waitForFunction(() => (window as unknown as { __searchResult?: number }).__searchResult !== undefined);
    pass.firstPaste.push(await cold.evaluate(() => { const w = window as unknown as { __focus: number; __searchResult: number }; return w.__searchResult - w.__focus; }));
    await cold.context().close();

    // A link with the error in it, from the navigation to the first result.
    const linked = await freshPage(`search/?q=${encodeURIComponent(LINE)}`);
    await linked.waitForFunction(() => (window as unknown as { __searchResult?: number }).__searchResult !== undefined);
    pass.queryLink.push(await linked.evaluate(() => (window as unknown as { __searchResult: number }).__searchResult));
    await linked.context().close();

    const report = await freshPage('search/');
    await report.locator('#rd-search-box').focus();
    const reported = performance.now();
    await paste(report, REPORT);
    await report.locator('.rd-doctor-problems').waitFor();
    pass.doctor.push(performance.now() - reported);
    pass.diagnoseMs.push(Number(await report.locator('.rd-doctor').getAttribute('data-diagnose-ms')));
    await report.context().close();
  }
  return pass;
}

/** The figures with a budget, by name. */
const BUDGETED = ['dialog', 'longest', 'firstPaste', 'queryLink', 'doctor'] as const;
/** Each of BUDGETED's budget. */
const budgetOf = { dialog: BUDGET.dialog, longest: BUDGET.pasteLongestTask, firstPaste: BUDGET.firstPaste, queryLink: BUDGET.queryLink, doctor: BUDGET.doctor };
// As bench:search: the machines here slow down by half at times, for minutes, and noise only adds time. A pass
// with a figure over budget is run again after a rest, up to MAX_PASSES, and each figure is judged on the pass
// where its median was lowest (a real regression is over in every pass).
const MAX_PASSES = 3;
const REST_MS = 10_000;
const passes: Pass[] = [];
/** The pass where a figure's median was lowest. */
const bestPass = (name: keyof Pass): Pass => passes.reduce((best, p) => (median(p[name]) < median(best[name]) ? p : best));
try {
  for (;;) {
    passes.push(await measure());
    if (!BUDGETED.some((name) => median(bestPass(name)[name]) > budgetOf[name]) || passes.length === MAX_PASSES) break;
    await new Promise((done) => setTimeout(done, REST_MS));
  }
} finally {
  await browser.close();
  await site.close();
}

let over = 0;
/** Prints a figure and its budget; counts it when over. */
function line(label: string, value: number, budget: number | undefined, extra = '', target?: number): void {
  const bad = budget !== undefined && value > budget;
  if (bad) over++;
  const goal = target !== undefined ? `  (target ≤ ${target} ms${value > target ? ': not met' : ''}; budget ≤ ${budget} ms)` : budget !== undefined ? `  (budget ≤ ${budget} ms)` : '';
  console.log(`${label.padEnd(58)} ${value.toFixed(0).padStart(5)} ms${goal}${extra}${bad ? '  ✗ over budget' : ''}`);
}
line('dialog: Ctrl+K to the first result of a pasted line', median(bestPass('dialog').dialog), BUDGET.dialog, `  runs: ${bestPass('dialog').dialog.map((x) => x.toFixed(0)).join(' ')}`, TARGET.dialog);
line(`dialog, Ctrl down ${HUMAN_MODIFIER_LEAD_MS} ms before K: K to the first result`, median(bestPass('dialogTyped').dialogTyped), undefined, `  runs: ${bestPass('dialogTyped').dialogTyped.map((x) => x.toFixed(0)).join(' ')}`);
// The browser reports only tasks of 50 ms or more ("long tasks"): 0 means none was that long.
line('1 MB coloured log pasted: longest main-thread task', median(bestPass('longest').longest), BUDGET.pasteLongestTask, `  runs: ${bestPass('longest').longest.map((x) => x.toFixed(0)).join(' ')}${bestPass('longest').longest.includes(0) ? ' (0: no task reached 50 ms, the browser\'s long-task threshold)' : ''}`);
line('1 MB coloured log pasted: time to the answer', median(bestPass('answer').answer), undefined);
line('paste box, first use: focus and paste to the first result', median(bestPass('firstPaste').firstPaste), BUDGET.firstPaste, `  runs: ${bestPass('firstPaste').firstPaste.map((x) => x.toFixed(0)).join(' ')}`);
line('/search/?q= link: navigation to the first result', median(bestPass('queryLink').queryLink), BUDGET.queryLink, `  runs: ${bestPass('queryLink').queryLink.map((x) => x.toFixed(0)).join(' ')}`);
line('doctor report pasted: time to the diagnosis on screen', median(bestPass('doctor').doctor), BUDGET.doctor, `  runs: ${bestPass('doctor').doctor.map((x) => x.toFixed(0)).join(' ')}`);
line('doctor report: diagnosis in the page (parse, rules, script)', median(bestPass('diagnoseMs').diagnoseMs), undefined);
console.log(`(${DIALOG_RUNS} runs of the dialog, ${RUNS} of the others, fresh context every run${passes.length > 1 ? `; a figure was over budget in the first pass: each is its pass with the lowest median of ${passes.length}` : ''})`);
if (over > 0) {
  console.error(`browser figures: ${over} over budget`);
  process.exit(1);
}
