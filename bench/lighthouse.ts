/**
 * `npm run bench:lighthouse`: Lighthouse (mobile preset) on the home page, an entry, a search
 * link and the wizard of the built dist/, served on 127.0.0.1. Prints the four scores per page
 * and exits 1 below budget: 100 for accessibility, best practices and SEO, 95 for performance.
 * Performance is simulated from one page load and swings by 10 points on a busy two-core machine
 * (87, 100 and 92 for the same build in one CI run), so a page under budget is measured four more
 * times and judged on the median of the five runs (Lighthouse's docs/variability.md: the median of
 * five runs roughly halves the variance).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { join } from 'node:path';
import { serveSite } from '../test/support/static-server.ts';

const BUDGET: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const PAGES = ['', 'troubleshooting/subuid-missing/', 'search/?q=No%20subuid%20ranges%20found%20for%20user', 'wizard/'];

const site = await serveSite(join(process.cwd(), 'dist'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = 0;
try {
  for (const path of PAGES) {
    const result = await lighthouse(site.url(path), { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: Object.keys(BUDGET) });
    const categories = result?.lhr.categories ?? {};
    const scores = Object.keys(BUDGET).map((id) => ({ id, score: Math.round((categories[id]?.score ?? 0) * 100), runs: '' }));
    const performance = scores.find((s) => s.id === 'performance');
    if (performance && performance.score < (BUDGET.performance ?? 100)) {
      const runs = [performance.score];
      for (let again = 0; again < 4; again++) {
        const rerun = await lighthouse(site.url(path), { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
        runs.push(Math.round((rerun?.lhr.categories.performance?.score ?? 0) * 100));
      }
      performance.score = [...runs].sort((a, b) => a - b)[2] ?? 0;
      performance.runs = ` (median of ${runs.join(', ')})`;
    }
    const misses = scores.filter((s) => s.score < (BUDGET[s.id] ?? 100));
    failed += misses.length;
    console.log(`/${path.padEnd(60)} ${scores.map((s) => `${s.id} ${s.score}${s.runs}`).join('  ')}${misses.length ? '  ✗ below budget' : ''}`);
    for (const miss of misses) {
      const audits = result?.lhr.categories[miss.id]?.auditRefs.filter((a) => a.weight > 0 && (result.lhr.audits[a.id]?.score ?? 1) < 1) ?? [];
      for (const a of audits) console.log(`    ${miss.id}: ${a.id} — ${result?.lhr.audits[a.id]?.title}`);
    }
  }
} finally {
  chrome.kill();
  await site.close();
}
if (failed > 0) {
  console.error(`Lighthouse: ${failed} score(s) below budget`);
  process.exit(1);
}
