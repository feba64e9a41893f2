/**
 * `npm run bench:search`: how fast the error search is and how big its index is. Prints
 * figures (p50/p95 over many runs); nothing here is asserted, tests never time anything.
 * Targets: 5 KB log p95 ≤ 5 ms, 100 KB log ≤ 50 ms, index load ≤ 10 ms, index ≤ 25 KB gzip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { createMatcher } from '../src/lib/matcher.ts';
import { typoCorrector } from '../src/lib/typo-corrector.ts';
import { loadSearchIndex } from '../src/node/search-index-cache.ts';

/** Runs `fn` `runs` times after a warm-up and returns [p50, p95] in milliseconds. */
function time(runs: number, fn: () => void): [number, number] {
  for (let i = 0; i < 5; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
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
const index = await loadSearchIndex(root);
const json = JSON.stringify(index);
const pastes = (parse(readFileSync(join(root, 'test/fixtures/pastes.yaml'), 'utf8')) as { paste: string }[]).map((c) => c.paste);
const matcher = createMatcher(index.items, { background: index.background, typos: typoCorrector });
const fmt = ([p50, p95]: [number, number]) => `p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`;

console.log(`index: ${index.items.length} items, ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB raw, ${(gzipSync(json).length / 1024).toFixed(1)} KB gzip (budget 25 KB gzip)`);
console.log(`index load (JSON.parse + createMatcher): ${fmt(time(100, () => createMatcher((JSON.parse(json) as typeof index).items, { background: index.background, typos: typoCorrector })))} (target ≤ 10 ms)`);
for (const [label, size, runs, target] of [['5 KB', 5 * 1024, 300, 5], ['100 KB', 100 * 1024, 60, 50], ['1 MB (capped)', 1024 * 1024, 20, 0]] as const) {
  const log = logOf(size, pastes);
  console.log(`match a ${label} log: ${fmt(time(runs, () => matcher.match(log)))}${target ? ` (target ≤ ${target} ms)` : ''}`);
}
console.log(`match a one-line query: ${fmt(time(500, () => matcher.match('ping 不通')))}`);
