import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gzipBytes, pageTypes, weighPage } from '../../src/node/page-weight.ts';

// Budgets from the quality-gates issue; figures are printed by `npm run bench:weight`.
const dist = join(process.cwd(), 'dist');
const types = pageTypes(dist);
const KB = 1024;

describe('first-visit page weight', () => {
  test.each(['entry', 'limitation', 'reference', 'distro'])('the %s page loads no JS of ours', (type) => {
    expect(weighPage(dist, '/', types[type]!).js.ours).toBe(0);
  });

  // The home page hosts the same search island as /search/, so it has the same budget.
  test.each(['home', 'search', 'wizard'])('the %s page loads at most 20 KB gzip of our own JS', (type) => {
    const { js } = weighPage(dist, '/', types[type]!);
    expect(js.ours).toBeGreaterThan(0);
    expect(js.ours).toBeLessThanOrEqual(20 * KB);
  });

  test('the search index is at most 25 KB gzip', () => {
    const index = join(dist, 'search-index.json');
    expect(existsSync(index)).toBe(true);
    expect(gzipBytes(readFileSync(index))).toBeLessThanOrEqual(25 * KB);
  });
});
