import { describe, expect, test } from 'vitest';
import { excerptParts, fullTextQuery, fullTextResults } from '../../src/lib/pagefind-results.ts';

describe('excerptParts', () => {
  test('marks what Pagefind marked and reads everything else as text, never HTML', () => {
    expect(excerptParts('调大 <mark>MTU</mark> 的 &lt;b&gt; drop-in<img src=x onerror=alert(1)>')).toEqual([
      { text: '调大 ', mark: false }, { text: 'MTU', mark: true }, { text: ' 的 <b> drop-in', mark: false },
    ]);
  });
});

describe('fullTextQuery', () => {
  test.each([['如何卸载', '卸载'], ['rootless docker 怎么开机自启？', 'rootless docker 开机自启'], ['how to uninstall', 'uninstall'], ['MTU', 'MTU'], ['如何', '如何']])('%s → %s', (q, words) => {
    expect(fullTextQuery(q)).toBe(words);
  });
});

describe('fullTextResults', () => {
  test('keeps results of this site (under its base) with titles and excerpts', () => {
    expect(fullTextResults([{ url: '/docs/x/', meta: { title: 'A &amp; B' }, excerpt: '<mark>x</mark>' }, { url: '/elsewhere/' }], '/docs/')).toEqual([
      { url: '/docs/x/', title: 'A & B', excerpt: [{ text: 'x', mark: true }] },
    ]);
  });
});
